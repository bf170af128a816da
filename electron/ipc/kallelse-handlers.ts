import { agendaOverrun } from '../../shared/document/agenda-times';
import { buildKallelseDocument } from '../../shared/document/kallelse';
import type { Db } from '../services/storage/database';
import { getBody, getDocxTemplate } from '../services/storage/bodies';
import { getMeeting } from '../services/storage/meetings';
import { exportFileName } from '../services/export/files';
import { kallelseDocx, kallelsePdf } from '../services/export/kallelse';
import type { Handlers } from './dispatch';
import { noExporter, writeIntoExportDir, type ExporterDeps } from './export-handlers';

/** `export:kallelse`: the kallelse into the export folder, with how far the agenda runs past the end time. */
export function kallelseHandlers(db: Db, exporter: ExporterDeps | undefined): Pick<Handlers, 'export:kallelse'> {
  return {
    'export:kallelse': async ({ meetingId, format, overwrite }) => {
      if (!exporter) return noExporter();
      const meeting = getMeeting(db, meetingId);
      const body = getBody(db, meeting.bodyId);
      const data =
        format === 'docx' ? await kallelseDocx(meeting, body, getDocxTemplate(db, body.id)) : await kallelsePdf(meeting, body, exporter.printPdf);
      const fileName = exportFileName(buildKallelseDocument(meeting, body), format);
      return { ...writeIntoExportDir(db, exporter, fileName, data, overwrite), overrunMinutes: agendaOverrun(meeting) };
    },
  };
}
