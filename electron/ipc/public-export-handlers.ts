import { getBody } from '../services/storage/bodies';
import type { Db } from '../services/storage/database';
import { recordIssuedFiles } from '../services/storage/issued-files';
import { getMeeting } from '../services/storage/meetings';
import { listPublicationDecisions } from '../services/storage/publication-decisions';
import { assertPublishable, renderPublicFile } from '../services/export/public';
import type { Handlers } from './dispatch';
import { noExporter, writeIntoExportDir, type ExporterDeps } from './export-handlers';

/** The public version ("publicerad"): self-contained HTML or tagged PDF from the checked text. */
export function publicExportHandlers(db: Db, exporter: ExporterDeps | undefined, clock: () => Date): Pick<Handlers, 'export:public'> {
  return {
    'export:public': async ({ meetingId, format, redactAll, overwrite }) => {
      const meeting = getMeeting(db, meetingId);
      // Refused before anything else, also where the host cannot export: publishing a draft is the mistake to make hard.
      assertPublishable(meeting.status);
      if (!exporter) return noExporter();
      const body = getBody(db, meeting.bodyId);
      const file = await renderPublicFile(meeting, body, listPublicationDecisions(db, meetingId), format, {
        redactAll: redactAll === true,
        printPdf: exporter.printPdf,
      });
      const written = writeIntoExportDir(db, exporter, file.fileName, file.data, overwrite);
      // Recorded once the file is on disk, so "Kontrollera en PDF" knows the public copy by its hash and id.
      recordIssuedFiles(db, meetingId, file.issueId, [{ kind: file.kind, fileName: file.fileName, sha256: file.sha256, size: file.size }], clock().toISOString());
      return { ...written, removed: file.removed, undecided: file.undecided };
    },
  };
}
