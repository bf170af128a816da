import { buildMinutesDocument } from '../../../shared/document/build';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import type { PdfPrinter } from '../export/pdf-printer';
import { renderPdf } from '../export/render';

/** How the kallelse PDF is made: the signature of export/kallelse.ts's `kallelsePdf`. */
export type KallelsePdf = (meeting: Meeting, body: Body, printPdf: PdfPrinter) => Promise<Uint8Array>;

/**
 * Stands in for the kallelse document until it is merged (issue 21 point 1):
 * the meeting's agenda as printed by the minutes export. The lead replaces
 * this with `kallelsePdf` from export/kallelse.ts where the hosts wire it.
 */
export const interimKallelsePdf: KallelsePdf = (meeting, body, printPdf) => renderPdf(buildMinutesDocument(meeting, body), printPdf);
