import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFormat } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { MinutesDocument } from '../../../shared/document/model';
import type { PdfPrinter } from './pdf';
import { convertToPdfA } from './pdfa';
import { writeFileAtomic } from './write-file';

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
}

/** The print HTML of a document (the preview shows the same). */
export type HtmlRenderer = (doc: MinutesDocument) => string;

/** PDF bytes of a document: its print HTML through the host's printer. */
export async function renderPdf(doc: MinutesDocument, html: HtmlRenderer, printPdf: PdfPrinter): Promise<Uint8Array> {
  return printPdf(html(doc), { draftMarker: doc.draftMarker });
}

/** PDF/A-2b of a document: the printed PDF through Ghostscript, metadata from the document. */
export async function renderPdfA(doc: MinutesDocument, html: HtmlRenderer, printPdf: PdfPrinter): Promise<Uint8Array> {
  const pdf = await renderPdf(doc, html, printPdf);
  return convertToPdfA(pdf, { title: doc.title, author: doc.author, subject: doc.subject, lang: doc.lang });
}

/** The file name for a format; PDF and PDF/A side by side must not collide. */
export function exportFileName(doc: MinutesDocument, format: ExportFormat): string {
  const base = safeFileName(doc.fileBaseName) || 'Mötesanteckning';
  switch (format) {
    case 'docx':
      return `${base}.docx`;
    case 'pdf':
      return `${base}.pdf`;
    case 'pdfa':
      return `${base} (PDF-A).pdf`;
    case 'html':
      return `${base}.html`;
    case 'json':
      return `${base}.anteckna.json`;
  }
}

/** Characters no file system likes, and leading dots, go. */
export function safeFileName(name: string): string {
  return name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').trim();
}

export const OVERWRITE_QUESTION = 'Filen finns redan. Vill du ersätta den?';

/** Writes the bytes into the export folder; an existing file only with `overwrite`. */
export function writeExport(
  exportDir: string,
  fileName: string,
  data: Uint8Array | string,
  overwrite: boolean,
): { path: string; fileName: string; bytes: number } {
  const path = join(exportDir, fileName);
  if (!overwrite && existsSync(path)) throw new AppError('conflict', OVERWRITE_QUESTION, 'overwrite');
  try {
    mkdirSync(exportDir, { recursive: true });
  } catch {
    throw new AppError('internal', `Exportmappen ${exportDir} kunde inte skapas.`);
  }
  try {
    writeFileAtomic(path, data, { overwrite });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') throw new AppError('conflict', OVERWRITE_QUESTION, 'overwrite');
    throw error;
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
  return { path, fileName, bytes };
}

/** Used where a host has no exporter (tests of the handler table, older hosts). */
export function noExporter(): never {
  throw new AppError('internal', 'Export finns inte i den här versionen av programmet.');
}
