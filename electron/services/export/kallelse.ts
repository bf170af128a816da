import { buildKallelseDocument } from '../../../shared/document/kallelse';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import { renderMinutesDocx } from './docx';
import type { PdfPrinter } from './pdf-printer';
import { renderPdf } from './render';

/**
 * The kallelse as files, through the minutes' own DOCX and PDF renderers:
 * the export, the invitation e-mail and the handlingar all take it from here.
 */

/** The kallelse as a Word document, in the body's template when it has one. */
export function kallelseDocx(meeting: Meeting, body: Body, template?: Uint8Array | null): Promise<Uint8Array> {
  return renderMinutesDocx(buildKallelseDocument(meeting, body), template ? { templateDocx: template } : {});
}

/** The kallelse as a tagged PDF (lang sv-SE, its title in the metadata). */
/** How the kallelse PDF is made; the handlingar and the invitation take it as a dependency so tests can give a small one. */
export type KallelsePdf = (meeting: Meeting, body: Body, printPdf: PdfPrinter) => Promise<Uint8Array>;

export function kallelsePdf(meeting: Meeting, body: Body, printPdf: PdfPrinter): Promise<Uint8Array> {
  return renderPdf(buildKallelseDocument(meeting, body), printPdf);
}
