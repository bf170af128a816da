import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { writeFileAtomic } from '../../services/export/files';
import { draftInvitation } from '../../services/invite/invitation';
import { kallelsePdf } from '../../services/export/kallelse';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { type Options, databasePath, parseMeetingId, printJson, requireOption, withPrintingDatabase } from '../support';

/**
 * `invite`: the invitation e-mail draft (.eml) of a meeting, with the
 * kallelse PDF and the calendar invitation; `--cancel` writes the
 * cancellation and marks the meeting cancelled. Prints who it is addressed
 * to and who has no address. Records what was sent, so it takes the writer lock.
 */
export async function invite(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const out = resolvePath(requireOption(options.out, '--out FIL.eml'));
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  const cancel = options.cancel === true;
  return withPrintingDatabase(path, async (db, printPdf) => {
    const draft = await draftInvitation(db, meetingId, cancel, {
      kallelsePdf: (meeting, body) => kallelsePdf(meeting, body, printPdf),
      now: new Date(),
    });
    writeFileAtomic(out, draft.data, { overwrite: options.force === true });
    draft.record();
    printJson({ file: out, cancelled: cancel, recipients: draft.recipients, missingEmail: draft.missingEmail });
    return 0;
  });
}
