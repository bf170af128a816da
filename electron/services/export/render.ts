import type { MinutesDocument } from '../../../shared/document/model';
import { buildMinutesDocument } from '../../../shared/document/build';
import { renderMinutesHtml } from '../../../shared/document/html';
import type { ExportFormat } from '../../../shared/ipc/contract';
import { exportMeetingFile } from '../../../shared/meetingfile/schema';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import { renderMinutesDocx } from './docx';
import type { PdfPrinter } from './pdf-printer';
import { convertToPdfA } from './pdfa';
import { finishPdfUa } from './pdf-ua';

/** The print HTML: what Chromium prints and the preview shows. */
export const printHtml = (doc: MinutesDocument): string => renderMinutesHtml(doc, { forPrint: true });

/** PDF bytes of a document: its print HTML through the host's printer. */
export async function renderPdf(doc: MinutesDocument, printPdf: PdfPrinter): Promise<Uint8Array> {
  return finishPdfUa(await printPdf(printHtml(doc), { draftMarker: doc.draftMarker }), doc);
}

/**
 * PDF/A-2b of a document: printed without typographic ligatures (Ghostscript
 * maps a ligature glyph such as "ti" or "fi" to one wrong character in the
 * PDF/A's text, so it could not be searched or copied), then through
 * Ghostscript, metadata from the document; `issueId` marks an archive copy.
 */
export async function renderPdfA(doc: MinutesDocument, printPdf: PdfPrinter, issueId?: string): Promise<Uint8Array> {
  const html = printHtml(doc).replace('</head>', () => `<style>${NO_LIGATURES_CSS}</style></head>`);
  const pdf = await finishPdfUa(await printPdf(html, { draftMarker: doc.draftMarker }), doc);
  return convertToPdfA(pdf, {
    title: doc.title,
    author: doc.author,
    subject: doc.subject,
    lang: doc.lang,
    ...(issueId === undefined ? {} : { issueId }),
  });
}

const NO_LIGATURES_CSS = '*{font-variant-ligatures:none;font-feature-settings:"liga" 0,"clig" 0}';

/** One format's bytes (or text) from a meeting. */
export async function renderExport(
  format: ExportFormat,
  meeting: Meeting,
  body: Body,
  printPdf: PdfPrinter,
  templateDocx: Uint8Array | null = null,
): Promise<{ doc: MinutesDocument; data: Uint8Array | string }> {
  const doc = buildMinutesDocument(meeting, body);
  switch (format) {
    case 'docx':
      return { doc, data: await renderMinutesDocx(doc, templateDocx === null ? {} : { templateDocx }) };
    case 'pdf':
      return { doc, data: await renderPdf(doc, printPdf) };
    case 'pdfa':
      return { doc, data: await renderPdfA(doc, printPdf) };
    case 'html':
      return { doc, data: renderMinutesHtml(doc, { forPrint: false }) };
    case 'json':
      return { doc, data: `${JSON.stringify(exportMeetingFile(meeting, body), null, 2)}\n` };
  }
}
