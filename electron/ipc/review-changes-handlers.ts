import { buildChangesDocument } from '../../shared/document/changes';
import { AppError } from '../../shared/ipc/result';
import { changesSince } from '../../shared/review/changes';
import type { Db } from '../services/storage/database';
import { getBody } from '../services/storage/bodies';
import { getMeeting } from '../services/storage/meetings';
import { lastSentMinutes } from '../services/storage/review-sendings';
import { renderMinutesDocx } from '../services/export/docx';
import { exportFileName } from '../services/export/files';
import { renderPdf } from '../services/export/render';
import type { Handlers } from './dispatch';
import { noExporter, writeIntoExportDir, type ExporterDeps } from './export-handlers';

/** "Ändringar sedan utskick": per item, today's text compared word by word with what went to the reviewers. */
export function reviewChangesHandlers(db: Db, exporter: ExporterDeps | undefined): Pick<Handlers, 'review:changes' | 'export:changes'> {
  /** The last sending and what changed since; null sending: the minutes were never sent. */
  const compare = (meetingId: number) => {
    const now = getMeeting(db, meetingId);
    const body = getBody(db, now.bodyId);
    const last = lastSentMinutes(db, meetingId);
    if (!last) return { now, body, sending: null, items: [] };
    return { now, body, sending: last.sending, items: changesSince(last.meeting, now, body) };
  };
  return {
    'review:changes': ({ meetingId }) => {
      const { sending, items } = compare(meetingId);
      return { sending, items };
    },
    'export:changes': async ({ meetingId, format, overwrite }) => {
      if (!exporter) return noExporter();
      const { now, body, sending, items } = compare(meetingId);
      if (!sending) throw new AppError('validation', 'Mötesanteckningen har inte skickats för justering, så det finns inga ändringar att jämföra med.');
      const doc = buildChangesDocument(now, body, sending, items);
      const data = format === 'docx' ? await renderMinutesDocx(doc) : await renderPdf(doc, exporter.printPdf);
      return writeIntoExportDir(db, exporter, exportFileName(doc, format), data, overwrite);
    },
  };
}
