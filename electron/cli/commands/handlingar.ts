import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { buildMeetingHandlingar } from '../../ipc/attachment-handlers';
import type { KallelsePdf } from '../../services/export/kallelse';
import { writeFileAtomic } from '../../services/export/files';
import { createChromiumPrinter } from '../../services/export/pdf-printer';
import { getBody } from '../../services/storage/bodies';
import { getMeeting } from '../../services/storage/meetings';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, databasePath, parseMeetingId, printJson, requireOption } from '../support';

/**
 * `anteckna handlingar --meeting ID --out FIL.pdf`: the kallelse and every PDF
 * bilaga as one PDF, as `export:handlingar` writes it. The files left out are
 * named on stderr, one line each, and in the JSON as `skipped`.
 */
export async function handlingarCommand(options: Options, kallelsePdf: KallelsePdf | undefined): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const out = resolvePath(requireOption(options.out, '--out FIL.pdf'));
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  if (!kallelsePdf) throw new AppError('internal', 'Kallelsen kan inte skapas i den här versionen av programmet.');
  const printer = createChromiumPrinter();
  try {
    const db = openDatabase(path);
    let handlingar: Awaited<ReturnType<typeof buildMeetingHandlingar>>;
    try {
      const meeting = getMeeting(db, meetingId);
      const body = getBody(db, meeting.bodyId);
      handlingar = await buildMeetingHandlingar(db, meeting, body, await kallelsePdf(meeting, body, printer.print));
    } finally {
      closeDatabase(db);
    }
    const { pdf, skipped } = handlingar;
    writeFileAtomic(out, pdf, { overwrite: options.force === true });
    for (const file of skipped) process.stderr.write(`anteckna: ${file.reason}\n`);
    printJson({ file: out, skipped });
    return 0;
  } finally {
    await printer.close();
  }
}
