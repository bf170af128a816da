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

/** PDF/A-2b of a document: the printed PDF through Ghostscript, metadata from the document. */
export async function renderPdfA(doc: MinutesDocument, printPdf: PdfPrinter): Promise<Uint8Array> {
  const pdf = await renderPdf(doc, printPdf);
  return convertToPdfA(pdf, { title: doc.title, author: doc.author, subject: doc.subject, lang: doc.lang });
}

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
