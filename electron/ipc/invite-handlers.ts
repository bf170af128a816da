import { AppError } from '../../shared/ipc/result';
import { draftInvitation } from '../services/invite/invitation';
import { kallelsePdf as printKallelsePdf, type KallelsePdf } from '../services/export/kallelse';
import type { Db } from '../services/storage/database';
import { setMeetingCancelled } from '../services/storage/invitations';
import { assertMeetingWritable } from '../services/storage/meeting-guards';
import type { Handlers } from './dispatch';
import { writeIntoExportDir, type ExporterDeps } from './export-handlers';

/** "Skicka kallelse" (the e-mail draft, opened in the mail program) and "Ställ in mötet" / "Återuppta mötet". */
export function inviteHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
  clock: () => Date,
  kallelsePdf: KallelsePdf = printKallelsePdf,
): Pick<Handlers, 'invite:write' | 'meetings:cancel'> {
  return {
    'invite:write': async ({ meetingId, cancel, overwrite }) => {
      // Approved minutes say so first, whatever the host can do.
      assertMeetingWritable(db, meetingId);
      if (!exporter) throw new AppError('internal', 'Kallelser kan inte skrivas i den här versionen av programmet.');
      const draft = await draftInvitation(db, meetingId, cancel, {
        kallelsePdf: (meeting, body) => kallelsePdf(meeting, body, exporter.printPdf),
        now: clock(),
      });
      const written = writeIntoExportDir(db, exporter, draft.fileName, draft.data, overwrite === true);
      // Only a draft that exists on disk counts as sent: the next one's SEQUENCE depends on it.
      draft.record();
      const opened = await exporter.openPath(written.path);
      return { ...written, recipients: draft.recipients.length, missingEmail: draft.missingEmail, opened };
    },
    'meetings:cancel': ({ meetingId, cancelled }) => setMeetingCancelled(db, meetingId, cancelled, clock().toISOString()),
  };
}
