import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { Body, Meeting } from '../../shared/model/domain';
import { itemsWithAttachments } from '../../shared/document/attachments';
import type { Db } from '../services/storage/database';
import { getBody } from '../services/storage/bodies';
import { getMeeting } from '../services/storage/meetings';
import { addAttachment, attachmentFile, moveAttachment, removeAttachment } from '../services/storage/attachments';
import { assertNotDatabaseFile } from '../services/storage/protected-files';
import { buildHandlingar } from '../services/export/handlingar';
import { safeFileName, writeFileAtomic } from '../services/export/files';
import type { Handlers } from './dispatch';
import type { KallelsePdf } from '../services/export/kallelse';
import { noExporter, writeIntoExportDir, type ExporterDeps } from './export-handlers';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;


/** Where "Öppna" puts a meeting's bilagor: one folder per meeting under the export folder. */
export function attachmentFolder(exportDir: string, meeting: Meeting, body: Body): string {
  return join(exportDir, 'Bilagor', safeFileName(`${meeting.date} ${body.shortName}`) || String(meeting.id));
}

/** `attachments:*` and `export:handlingar`. */
export function attachmentHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
  kallelsePdf: KallelsePdf | undefined,
  at: () => string,
): Pick<
  Handlers,
  'attachments:add' | 'attachments:remove' | 'attachments:move' | 'attachments:open' | 'attachments:get' | 'export:handlingar'
> {
  return {
    'attachments:add': ({ meetingId, itemId, fileName, contentBase64 }) => {
      if (contentBase64.length % 4 !== 0 || !BASE64.test(contentBase64)) {
        throw new AppError('validation', 'Filen kunde inte tas emot. Försök igen.', 'contentBase64');
      }
      return addAttachment(db, meetingId, itemId, { fileName, bytes: Buffer.from(contentBase64, 'base64') }, at());
    },
    'attachments:remove': ({ meetingId, attachmentId }) => removeAttachment(db, meetingId, attachmentId, at()),
    'attachments:move': ({ meetingId, attachmentId, direction }) => moveAttachment(db, meetingId, attachmentId, direction, at()),
    'attachments:get': ({ meetingId, attachmentId }) => {
      const { attachment, bytes } = attachmentFile(db, meetingId, attachmentId);
      return { fileName: attachment.fileName, mediaType: attachment.mediaType, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'attachments:open': async ({ meetingId, attachmentId }) => {
      if (!exporter) return noExporter();
      const meeting = getMeeting(db, meetingId);
      const { attachment, bytes } = attachmentFile(db, meetingId, attachmentId);
      const folder = attachmentFolder(exporter.exportDir, meeting, getBody(db, meeting.bodyId));
      const path = join(folder, safeFileName(attachment.fileName) || `bilaga-${attachment.id}`);
      assertNotDatabaseFile(path, db.name);
      // The same bytes are not written again: a program may have the file open (Windows locks it).
      if (!sameBytes(path, bytes)) {
        mkdirSync(folder, { recursive: true });
        writeFileAtomic(path, bytes, { overwrite: true });
      }
      const opened = await exporter.openPath(path);
      return { opened, path };
    },
    'export:handlingar': async ({ meetingId, overwrite }) => {
      if (!exporter) return noExporter();
      if (!kallelsePdf) throw new AppError('internal', 'Kallelsen kan inte skapas i den här versionen av programmet.');
      const meeting = getMeeting(db, meetingId);
      const body = getBody(db, meeting.bodyId);
      const { pdf, skipped } = await buildMeetingHandlingar(db, meeting, body, await kallelsePdf(meeting, body, exporter.printPdf));
      const fileName = handlingarFileName(meeting, body);
      return { ...writeIntoExportDir(db, exporter, fileName, pdf, overwrite), skipped };
    },
  };
}

/** The handlingar of a stored meeting, its files read from the database in agenda order. */
export function buildMeetingHandlingar(db: Db, meeting: Meeting, body: Body, kallelse: Uint8Array) {
  return buildHandlingar({
    kallelsePdf: kallelse,
    meetingTitle: `Handlingar ${body.shortName} ${meeting.date}`.trim(),
    items: itemsWithAttachments(meeting).map((item) => ({
      label: item.label,
      attachments: item.attachments.map((a) => ({ fileName: a.fileName, bytes: attachmentFile(db, meeting.id, a.id).bytes })),
    })),
  });
}

/** "Handlingar 2026-12-10 PSN.pdf". */
export function handlingarFileName(meeting: Meeting, body: Body): string {
  return `${safeFileName(`Handlingar ${meeting.date} ${body.shortName}`)}.pdf`;
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    return existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;
  } catch {
    return false;
  }
}
