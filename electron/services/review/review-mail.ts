import { buildMinutesDocument } from '../../../shared/document/build';
import { formatDateWithWeekday, formatLongDate } from '../../../shared/format/date';
import { AppError } from '../../../shared/ipc/result';
import type { Body } from '../../../shared/model/body';
import type { Meeting, Reviewer } from '../../../shared/model/meeting';
import type { ReviewRecipient } from '../../../shared/model/review-round';
import { reviewAddressees } from '../../../shared/model/review-recipients';
import { safeFileName } from '../export/files';
import type { PdfPrinter } from '../export/pdf-printer';
import { renderPdf } from '../export/render';
import { composeEml } from '../invite/eml';
import { NO_SECRETARY_EMAIL } from '../invite/invitation';

/**
 * "Skicka för justering": the e-mail draft to the chosen reviewers with the
 * minutes as PDF (marked "För justering – ej justerad") and the day to answer
 * by. Nothing here stores anything: the caller records the sending once the
 * file is on disk.
 */

export const NO_REVIEWER_EMAIL =
  'Ingen av de valda justerarna har en e-postadress. Lägg till adresser under Kallade (eller i organets ledamotslista) och försök igen.';

export interface ReviewMailInput {
  reviewers: readonly Reviewer[];
  dueOn: string | null;
  /** Her own line at the top; empty: the standard text alone. */
  message: string;
}

export interface ReviewMail {
  fileName: string;
  data: Buffer;
  recipients: ReviewRecipient[];
  missingEmail: string[];
}

/** "Justera senast" must leave the reviewers time: not before the meeting, not in the past. */
export function dueOnProblem(dueOn: string | null, meetingDate: string, today: string): string | null {
  if (dueOn === null) return null;
  if (dueOn < meetingDate) return `Sista dag för justering kan inte vara före mötet den ${formatLongDate(meetingDate)}.`;
  if (dueOn < today) return `Sista dag för justering har redan varit. Välj idag (${formatLongDate(today)}) eller en senare dag.`;
  return null;
}

export async function composeReviewMail(
  meeting: Meeting,
  body: Body,
  input: ReviewMailInput,
  deps: { printPdf: PdfPrinter; now: Date },
): Promise<ReviewMail> {
  const secretaryEmail = body.secretaryEmail.trim();
  if (secretaryEmail === '') throw new AppError('validation', NO_SECRETARY_EMAIL);
  const { recipients, missingEmail } = reviewAddressees(input.reviewers, meeting.calledPersons, body);
  if (recipients.length === 0) throw new AppError('validation', NO_REVIEWER_EMAIL, 'reviewers');
  const from = { name: meeting.secretaryName.trim() || 'Sekreterare', email: secretaryEmail };
  // The copy that goes out is the one being checked: marked "För justering", whatever the status was a moment ago.
  const doc = buildMinutesDocument({ ...meeting, status: 'review' }, body);
  const pdf = await renderPdf(doc, deps.printPdf);
  const title = minutesName(body);
  const subject = `${title} ${formatLongDate(meeting.date)} för justering`;
  const base = safeFileName(`${title} ${meeting.date} för justering`);
  const data = await composeEml({
    from,
    to: recipients,
    subject,
    text: mailText(meeting, body, input, from.name),
    attachments: [{ fileName: `${safeFileName(doc.fileBaseName) || base}.pdf`, bytes: pdf, contentType: 'application/pdf' }],
    date: deps.now,
  });
  return { fileName: `${base}.eml`, data, recipients, missingEmail };
}

/** "Mötesanteckning PSN": the body's title for its minutes, with its short name unless the title already says it. */
function minutesName(body: Body): string {
  const title = body.documentTitle.trim().replace(/\s+/g, ' ') || 'Mötesanteckning';
  const short = body.shortName.trim();
  return short === '' || title.split(' ').includes(short) ? title : `${title} ${short}`;
}

function mailText(meeting: Meeting, body: Body, input: ReviewMailInput, signature: string): string {
  const name = body.name.trim() && body.name.trim() !== body.shortName.trim() ? `${body.name.trim()} (${body.shortName.trim()})` : body.shortName.trim();
  const own = input.message.trim();
  const lines = [
    'Hej!',
    '',
    ...(own ? [own, ''] : []),
    `Här kommer mötesanteckningen från mötet med ${name} den ${formatLongDate(meeting.date)} för justering. Den finns bifogad som PDF.`,
    '',
    'Kontrollera att beslut, ställningstaganden, uppdrag och närvaro stämmer med det som sades på mötet.',
  ];
  if (input.dueOn) lines.push('', `Justera senast ${formatDateWithWeekday(input.dueOn)}.`);
  lines.push(
    '',
    'Svara på det här meddelandet: skriv att du godkänner mötesanteckningen, eller skriv dina synpunkter och ange vilken punkt de gäller (till exempel ”Punkt 4: …”).',
    '',
    'Med vänlig hälsning',
    signature,
    '',
  );
  return lines.join('\n');
}
