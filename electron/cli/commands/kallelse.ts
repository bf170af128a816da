import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { agendaOverrun, overrunWarning } from '../../../shared/document/agenda-times';
import { AppError } from '../../../shared/ipc/result';
import { writeFileAtomic } from '../../services/export/files';
import { kallelseDocx, kallelsePdf } from '../../services/export/kallelse';
import { getBody, getDocxTemplate } from '../../services/storage/bodies';
import { getMeeting } from '../../services/storage/meetings';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { UsageError, type Options, databasePath, parseMeetingId, printJson, requireOption, withDatabase } from '../support';
import { withPrinter } from './export';

/** `anteckna kallelse`: the meeting's kallelse as Word or PDF, printed as `export` prints the minutes. */
export async function kallelse(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const format = requireOption(options.format, '--format (docx, pdf)');
  if (format !== 'docx' && format !== 'pdf') throw new UsageError(`Okänt format: ${format}. Välj docx eller pdf.`);
  const out = resolvePath(requireOption(options.out, '--out FIL'));
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  const { meeting, body, template } = withDatabase(path, (db) => {
    const meeting = getMeeting(db, meetingId);
    return { meeting, body: getBody(db, meeting.bodyId), template: getDocxTemplate(db, meeting.bodyId) };
  });
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  const data = format === 'docx' ? await kallelseDocx(meeting, body, template) : await withPrinter((print) => kallelsePdf(meeting, body, print));
  writeFileAtomic(out, data, { overwrite: options.force === true });
  const overrun = agendaOverrun(meeting);
  // A warning, not a refusal: the secretary may well send a full agenda.
  if (overrun !== null) process.stderr.write(`anteckna: Varning: ${overrunWarning(overrun, meeting.startTime, meeting.endTime)}\n`);
  printJson({ file: out, overrunMinutes: overrun });
  return 0;
}
