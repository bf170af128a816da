import { itemReference, numberAgenda, printedHeading, type NumberedItem } from '../model/agenda';
import type { Body, Meeting } from '../model/domain';
import type { ItemAttachment } from '../model/invitation';
import { formatDateWithWeekday, formatLongDate, formatMeetingDate, formatTimeRange } from '../format/date';
import { typeLine } from '../format/labels';
import { clockMinutes, formatPlannedTime, plannedTimes, type PlannedTime } from './agenda-times';
import { fileBaseName } from './build';
import { clean, field, heading, joinSwedish, linkOrText, multiline, paragraph, sentence, text } from './inline';
import type { DocBlock, DocListItem, MinutesDocument } from './model';
import { calledList } from './people';

/**
 * The kallelse (notice of meeting) as the same document model the minutes
 * are, so the DOCX and PDF renderers print it as they print the minutes:
 * when and where, the link, who is called, the agenda with each item's
 * planned time of day, how to report förhinder, and the attached files. A
 * cancelled meeting is stamped INSTÄLLT before the title, on every page and
 * in the file name, as the bodies republish it. Pure: no DOM, no Node.
 */

/** The word a cancelled meeting's kallelse is stamped with. */
export const CANCELLED_STAMP = 'INSTÄLLT';

/** What the body calls its kallelse ("Kallelse", "Kallelse till sammanträde"). */
export function kallelseTitle(body: Pick<Body, 'kallelseTitle' | 'shortName'>, cancelled: boolean): string {
  const title = `${clean(body.kallelseTitle) || 'Kallelse'} ${clean(body.shortName)}`.trim();
  return cancelled ? `${CANCELLED_STAMP} ${title}` : title;
}

export function buildKallelseDocument(meeting: Meeting, body: Body): MinutesDocument {
  const cancelled = meeting.cancelledAt !== null;
  const title = kallelseTitle(body, cancelled);
  const blocks: DocBlock[] = [];
  if (cancelled) blocks.push(paragraph('normal', [text(`Mötet den ${formatLongDate(meeting.date)} är inställt.`, { bold: true })]));
  blocks.push(...whenAndWhere(meeting, body));
  blocks.push(...calledList(meeting, body));
  blocks.push(...agendaBlocks(meeting, body));
  if (!cancelled) blocks.push(...absenceBlocks(meeting, body));
  blocks.push(...attachmentList(meeting, body));
  return {
    lang: 'sv-SE',
    title,
    subtitle: clean(body.name),
    author: clean(meeting.secretaryName),
    subject: [clean(body.shortName), meeting.date].filter(Boolean).join(' '),
    // "Kallelse SGS 2027-01-21": by name first, the date after, as the bodies' web pages list them.
    fileBaseName: fileBaseName(title, meeting.date),
    draftMarker: cancelled ? CANCELLED_STAMP : null,
    blocks,
  };
}

function whenAndWhere(meeting: Meeting, body: Body): DocBlock[] {
  const date = body.dateStyle === 'long' ? formatDateWithWeekday(meeting.date) : formatMeetingDate(meeting.date, body.dateStyle);
  const out: DocBlock[] = [field('Datum', date)];
  const start = clockMinutes(meeting.startTime);
  const end = clockMinutes(meeting.endTime);
  // The same dash as the items' times below it.
  const time = start !== null && end !== null ? formatPlannedTime({ start, end }) : formatTimeRange(meeting.startTime, meeting.endTime);
  if (time) out.push(field('Tid', time));
  const place = clean(meeting.place);
  const form = clean(meeting.meetingForm);
  // "På plats i Regionens hus" already says where: the place is not repeated.
  if (place && !form.toLocaleLowerCase('sv-SE').includes(place.toLocaleLowerCase('sv-SE'))) out.push(field('Plats', place));
  if (form) out.push(field('Mötesform', form));
  const link = clean(meeting.meetingLink);
  if (link) out.push(paragraph('field', [text('Möteslänk:', { bold: true }), text(' '), linkOrText(link, [text('Länk till mötet')])]));
  if (clean(meeting.diaryNumber)) out.push(field('Diarienummer', clean(meeting.diaryNumber)));
  out.push(field('Kallade', clean(meeting.calledText) || 'Se lista.'));
  return out;
}

function agendaBlocks(meeting: Meeting, body: Body): DocBlock[] {
  const numbered = numberAgenda(meeting.agenda);
  if (numbered.length === 0) return [];
  const { byItem } = plannedTimes(meeting);
  const out: DocBlock[] = [heading(1, [text('Dagordning')], 'dagordning')];
  let parentLabel = '';
  for (const entry of numbered) {
    if (entry.depth === 0) parentLabel = entry.label;
    out.push(...itemBlocks(meeting, body, entry, parentLabel, byItem.get(entry.item.id)));
  }
  return out;
}

function itemBlocks(meeting: Meeting, body: Body, entry: NumberedItem, parentLabel: string, time: PlannedTime | undefined): DocBlock[] {
  const { item, label, depth } = entry;
  const anchor = depth === 0 ? `punkt-${label}` : `punkt-${parentLabel}${label.replace(')', '')}`;
  const out: DocBlock[] = [heading(depth === 0 ? 1 : 2, [text(printedHeading(entry, body.numberedItems))], anchor)];
  if (time) out.push(field('Tid', formatPlannedTime(time)));
  const type = typeLine(item.kind, item.minutes, item.attachment);
  if (type) out.push(paragraph('typeLine', [text(type)]));
  const presenters = item.presenters.map((p) => [clean(p.name), clean(p.organisation)].filter(Boolean).join(', ')).filter(Boolean);
  if (presenters.length) out.push(paragraph('presenters', [text(`Föredragande: ${sentence(joinSwedish(presenters))}`)]));
  const topics = item.topics.map(clean).filter(Boolean);
  if (topics.length) out.push(bullets(topics.map((t) => ({ children: [text(t)], sublist: null }))));
  const links = item.links.filter((l) => clean(l.title) || clean(l.url));
  if (links.length) {
    out.push(bullets(links.map((l) => ({ children: [linkOrText(l.url, [text(clean(l.title) || clean(l.url))])], sublist: null }))));
  }
  const files = attachmentsOfItem(meeting, item.id).map((a) => clean(a.fileName));
  if (files.length) out.push(paragraph('normal', [text(files.length > 1 ? 'Bilagor: ' : 'Bilaga: ', { bold: true }), text(files.join(', '))]));
  return out;
}

function bullets(items: DocListItem[]): DocBlock {
  return { kind: 'list', ordered: false, items };
}

function attachmentsOfItem(meeting: Meeting, itemId: number): ItemAttachment[] {
  return meeting.attachments.filter((a) => a.itemId === itemId).sort((a, b) => a.position - b.position || a.id - b.id);
}

/**
 * The body's own words for förhinder, or "Anmäl förhinder till Eva Berg,
 * eva.berg@…." with the address as a mailto: link.
 */
function absenceBlocks(meeting: Meeting, body: Body): DocBlock[] {
  const out: DocBlock[] = [heading(1, [text('Förhinder')], 'forhinder')];
  const instruction = clean(body.absenceInstruction);
  if (instruction) {
    out.push(paragraph('normal', multiline(instruction)));
    return out;
  }
  const name = clean(meeting.secretaryName);
  const email = clean(body.secretaryEmail);
  const to = name || (email ? '' : 'sekreteraren');
  const children = [text(`Anmäl förhinder till ${to}`.trimEnd())];
  if (email) children.push(text(name ? ', ' : ' '), linkOrText(`mailto:${email}`, [text(email)]));
  children.push(text('.'));
  out.push(paragraph('normal', children));
  return out;
}

/** Every file attached to the agenda, in agenda order, each with the item it belongs to. */
function attachmentList(meeting: Meeting, body: Body): DocBlock[] {
  const items: DocListItem[] = [];
  for (const entry of numberAgenda(meeting.agenda)) {
    for (const file of attachmentsOfItem(meeting, entry.item.id)) {
      items.push({ children: [text(`${clean(file.fileName)} (${itemReference(entry, body.numberedItems)})`)], sublist: null });
    }
  }
  return items.length ? [heading(1, [text('Bilagor')], 'bilagor'), bullets(items)] : [];
}
