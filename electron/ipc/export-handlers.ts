import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildMinutesDocument } from '../../shared/document/build';
import { renderMinutesHtml } from '../../shared/document/html';
import { DOCX_TEMPLATE_MAX_BYTES } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Db } from '../services/storage/database';
import { getBody, getDocxTemplate } from '../services/storage/bodies';
import { getMeeting } from '../services/storage/meetings';
import { assertNotDatabaseFile } from '../services/storage/protected-files';
import { checkTemplate, renderMinutesDocx } from '../services/export/docx';
import { archiveBody, yearLog } from '../services/storage/archive';
import { buildYearLogDocument } from '../../shared/document/year-log';
import { exportFileName, writeExport } from '../services/export/files';
import type { PdfPrinter } from '../services/export/pdf-printer';
import { printHtml, renderExport, renderPdf } from '../services/export/render';
import type { Handlers } from './dispatch';

/**
 * What a host gives the export handlers: how to print HTML to PDF, where
 * exported files go, and how to show one in the file manager.
 */
export interface ExporterDeps {
  printPdf: PdfPrinter;
  /** The export folder; created on the first export. */
  exportDir: string;
  /** Opens the file manager at the file; false where the host cannot (the browser host). */
  showInFolder(path: string): boolean | Promise<boolean>;
  /** Opens a file with the system's program for it (a bilaga; the mail program for .eml); false where the host cannot. */
  openPath(path: string): Promise<boolean>;
}

/** Used where a host has no exporter (tests of the handler table, older hosts). */
export function noExporter(): never {
  throw new AppError('internal', 'Export finns inte i den här versionen av programmet.');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of a file the renderer sent as base64 (line breaks allowed),
 * refused at the field `contentBase64` with `unreadable` when it is not
 * base64 and with `tooLarge` when it decodes to more than `maxBytes`.
 */
export function decodedUpload(contentBase64: string, limits: { maxBytes: number; unreadable: string; tooLarge: string }): Uint8Array {
  const text = contentBase64.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new AppError('validation', limits.unreadable, 'contentBase64');
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (bytes.byteLength > limits.maxBytes) throw new AppError('validation', limits.tooLarge, 'contentBase64');
  return bytes;
}

/**
 * The bytes of a .docx template sent as base64, once they are known to be a
 * template the DOCX export can read; otherwise refused with the reader's
 * Swedish message (at the field `contentBase64`), so nothing bad is stored.
 */
export function checkedDocxTemplate(contentBase64: string): Uint8Array {
  // An empty file passes on to the reader, which says so in as many words.
  const bytes = decodedUpload(contentBase64, {
    maxBytes: DOCX_TEMPLATE_MAX_BYTES,
    unreadable: 'Filen kunde inte läsas. Välj Word-dokumentet igen.',
    tooLarge: 'Mallen är för stor (högst 10 MB).',
  });
  try {
    // Read and merged as an export would, so a template that cannot be used is refused now, not at the next export.
    checkTemplate(bytes);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, 'contentBase64');
    throw error;
  }
  return bytes;
}

/** Writes a file into the export folder; an export folder chosen next to the database must still never reach the database or its backups. */
export function writeIntoExportDir(db: Db, exporter: ExporterDeps, fileName: string, data: Uint8Array | string, overwrite: boolean) {
  assertNotDatabaseFile(join(exporter.exportDir, fileName), db.name);
  return writeExport(exporter.exportDir, fileName, data, overwrite);
}

/** `export:preview`, `export:file`, `export:yearLog` and `export:showInFolder`, over the host's exporter. */
export function exportHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
): Pick<Handlers, 'export:preview' | 'export:file' | 'export:showInFolder' | 'export:yearLog'> {
  const load = (meetingId: number) => {
    const meeting = getMeeting(db, meetingId);
    return { meeting, body: getBody(db, meeting.bodyId) };
  };
  const writeIntoExportFolder = (exporter: ExporterDeps, fileName: string, data: Uint8Array | string, overwrite: boolean) =>
    writeIntoExportDir(db, exporter, fileName, data, overwrite);
  return {
    'export:preview': ({ meetingId, forPrintDialog }) => {
      const { meeting, body } = load(meetingId);
      const doc = buildMinutesDocument(meeting, body);
      const html = forPrintDialog === true ? renderMinutesHtml(doc, { forPrint: true, pageBoxes: true }) : printHtml(doc);
      return { html, title: doc.title };
    },
    'export:file': async ({ meetingId, format, overwrite }) => {
      if (!exporter) return noExporter();
      const { meeting, body } = load(meetingId);
      const template = format === 'docx' ? getDocxTemplate(db, body.id) : null;
      const { doc, data } = await renderExport(format, meeting, body, exporter.printPdf, template);
      return writeIntoExportFolder(exporter, exportFileName(doc, format), data, overwrite);
    },
    'export:yearLog': async ({ bodyId, year, format, overwrite }) => {
      if (!exporter) return noExporter();
      const doc = buildYearLogDocument(archiveBody(db, bodyId), year, yearLog(db, bodyId, year));
      const data = format === 'docx' ? await renderMinutesDocx(doc) : await renderPdf(doc, exporter.printPdf);
      return writeIntoExportFolder(exporter, exportFileName(doc, format), data, overwrite);
    },
    'export:showInFolder': async ({ path }) => {
      if (!exporter) return noExporter();
      // Only files in the export folder: the renderer never points the file manager elsewhere.
      const rel = relative(resolve(exporter.exportDir), resolve(path));
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        throw new AppError('forbidden', 'Bara filer i exportmappen kan visas.');
      }
      return { shown: await exporter.showInFolder(resolve(path)) };
    },
  };
}
