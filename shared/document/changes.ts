import type { DiffPart, ItemChange } from '../ipc/contract-review-round';
import type { Body, Meeting } from '../model/domain';
import type { ReviewSending } from '../model/review-round';
import { localClock, localDate } from '../format/clock';
import { formatLongDate } from '../format/date';
import { fileBaseName } from './build';
import { clean, heading, joinSwedish, paragraph, text } from './inline';
import type { DocBlock, DocInline, MinutesDocument } from './model';

/**
 * "Ändringar sedan utskick" as the same document model the minutes are, so
 * the DOCX and PDF renderers (and the PDF's tags) take it as they take
 * minutes: per changed item a heading, per changed part its text with the
 * words added and removed marked. Pure: no DOM, no Node.
 */

export const CHANGES_TITLE = 'Ändringar sedan utskick';

/** "7 december 2026 kl. 10.14" on the secretary's local clock. */
export function sentMoment(sentAt: string): string {
  const moment = new Date(sentAt);
  return `${formatLongDate(localDate(moment))} kl. ${localClock(moment)}`;
}

/** "Cecilia Hammar, justera senast 23 november 2026." */
export function sendingLine(sending: ReviewSending): string {
  const to = joinSwedish(sending.recipients.map((r) => clean(r.name)).filter(Boolean));
  const due = sending.dueOn ? `justera senast ${formatLongDate(sending.dueOn)}` : '';
  return [to ? `Skickad till ${to}` : '', due].filter(Boolean).join(', ');
}

const CHANGE_WORD: Record<ItemChange['change'], string> = { changed: '', added: ' (ny punkt)', removed: ' (borttagen punkt)' };

export function buildChangesDocument(meeting: Meeting, body: Body, sending: ReviewSending, items: readonly ItemChange[]): MinutesDocument {
  const shortName = clean(body.shortName) || clean(body.name);
  const blocks: DocBlock[] = [
    paragraph('field', [text('Möte:', { bold: true }), text(` ${[clean(meeting.title), formatLongDate(meeting.date)].filter(Boolean).join(' ')}`)]),
    paragraph('normal', [text(`Jämfört med utkastet som skickades för justering ${sentMoment(sending.sentAt)}.`)]),
  ];
  const line = sendingLine(sending);
  if (line) blocks.push(paragraph('normal', [text(`${line}.`)]));
  if (items.length === 0) {
    blocks.push(paragraph('normal', [text('Inga ändringar sedan utskicket.')]));
  } else {
    blocks.push(paragraph('normal', [text('Borttagen text är '), text('genomstruken', { change: 'removed' }), text(', tillagd text '), text('dubbelt understruken', { change: 'added' }), text('.')]));
  }
  items.forEach((item, index) => {
    blocks.push(heading(1, [text(`${item.label}${CHANGE_WORD[item.change]}`)], `andring-${index + 1}`));
    for (const section of item.sections) {
      blocks.push(paragraph('field', [text(`${section.name}:`, { bold: true })]));
      blocks.push(paragraph('normal', partsInlines(section.parts)));
    }
  });
  return {
    lang: 'sv-SE',
    title: CHANGES_TITLE,
    subtitle: clean(body.name),
    author: clean(meeting.secretaryName),
    subject: [shortName, meeting.date].filter(Boolean).join(' '),
    fileBaseName: fileBaseName(meeting.date, `${CHANGES_TITLE} ${shortName}`.trim()),
    draftMarker: null,
    blocks,
  };
}

/** The comparison as inlines: each line of the text its own line, the changed words marked. */
function partsInlines(parts: readonly DiffPart[]): DocInline[] {
  const out: DocInline[] = [];
  for (const part of parts) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) out.push({ kind: 'break' });
      if (piece === '') return;
      out.push(part.kind === 'same' ? text(piece) : text(piece, { change: part.kind }));
    });
  }
  return out;
}
