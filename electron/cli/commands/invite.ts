import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { createChromiumPrinter } from '../../services/export/pdf-printer';
import { writeFileAtomic } from '../../services/export/files';
import { draftInvitation } from '../../services/invite/invitation';
import { kallelsePdf } from '../../services/export/kallelse';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { acquireWriterLock } from '../../services/storage/writer-lock';
import { type Options, databasePath, parseMeetingId, printJson, requireOption } from '../support';

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
  const lock = acquireWriterLock(path);
  const printer = createChromiumPrinter();
  try {
    const db = openDatabase(path);
    try {
      const draft = await draftInvitation(db, meetingId, cancel, {
        kallelsePdf: (meeting, body) => kallelsePdf(meeting, body, printer.print),
        now: new Date(),
      });
      writeFileAtomic(out, draft.data, { overwrite: options.force === true });
      draft.record();
      printJson({ file: out, cancelled: cancel, recipients: draft.recipients, missingEmail: draft.missingEmail });
      return 0;
    } finally {
      closeDatabase(db);
    }
  } finally {
    await printer.close();
    lock.release();
  }
}
