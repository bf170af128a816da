import { itemReference, numberAgenda, printedHeading, type NumberedItem } from '../model/agenda';
import type { AgendaItem, Body, Meeting, MeetingStatus, Task } from '../model/domain';
import { summaryOfStandpoints } from '../model/summary';
import { formatMeetingDate, formatTimeRange } from '../format/date';
import { typeLine } from '../format/labels';
import { clean, field, heading, joinSwedish, linkOrText, multiline, paragraph, sentence, text } from './inline';
import type { DocBlock, DocList, DocListItem, MinutesDocument } from './model';
import { notesBlocks } from './notes';
import { attachmentsBlock } from './attachments';
import { attendanceLines, byPosition, nameWithParty, roster } from './people';

/**
 * Builds the one document model of a meeting's minutes, laid out like the
 * minutes the bodies write by hand: header fields and attendance, the agenda
 * items with their notes, the summary of standpoints, the tasks gathered, the
 * signatures.
 * Pure: no DOM, no Node; every exporter renders what this returns.
 */
export function buildMinutesDocument(meeting: Meeting, body: Body): MinutesDocument {
  const title = clean(meeting.title) || clean(body.documentTitle) || `Mötesanteckning ${clean(body.shortName)}`.trim();
  const subtitle = clean(meeting.subtitle) || clean(body.name);
  const blocks: DocBlock[] = [];
  const ctx: BuildContext = { meeting, body };

  blocks.push(...headerFields(ctx));
  blocks.push(...roster(meeting, body));
  const numbered = numberAgenda(meeting.agenda);
  const openingId = openingItemId(numbered);
  // Without an agenda the "lines" attendance has no item 1 to stand under.
  if (openingId === null && body.attendanceStyle === 'lines') blocks.push(...attendanceLines(meeting));
  if (body.agendaHeading) blocks.push(heading(1, [text('Dagordning')], null));
  const summaryItem = body.summaryOfStandpoints ? numbered.find((n) => isSummaryTitle(n.item.title)) : undefined;
  let parentLabel = '';
  for (const entry of numbered) {
    if (entry.depth === 0) parentLabel = entry.label;
    blocks.push(...agendaItemBlocks(ctx, entry, parentLabel, entry.item.id === openingId));
    if (summaryItem && summaryItem.item.id === entry.item.id) blocks.push(...summaryLines(meeting, body));
  }
  // The end of the last item closes the agenda, as the chair closes the meeting.
  if (meeting.closedAt) blocks.push(clockLine('Mötet avslutades', meeting.closedAt));

  if (body.summaryOfStandpoints && !summaryItem) {
    const lines = summaryLines(meeting, body);
    if (lines.length > 0) {
      blocks.push(heading(1, [text('Sammanfattning av ställningstaganden')], 'sammanfattning'));
      blocks.push(...lines);
    }
  }

  const tasks = gatheredTasks(meeting, body, numbered);
  if (tasks.items.length > 0) {
    blocks.push(heading(1, [text('Uppdrag')], 'uppdrag'));
    blocks.push(tasks);
  }

  blocks.push(...signatures(ctx));

  return {
    lang: 'sv-SE',
    title,
    subtitle,
    author: clean(meeting.secretaryName),
    subject: [clean(body.shortName), meeting.date].filter(Boolean).join(' '),
    fileBaseName: fileBaseName(meeting.date, title),
    draftMarker: draftMarker(meeting.status),
    blocks,
  };
}

interface BuildContext {
  meeting: Meeting;
  body: Body;
}

/** "UTKAST – ej justerad" on drafts, "För justering – ej justerad" while being checked. */
export function draftMarker(status: MeetingStatus): string | null {
  switch (status) {
    case 'draft':
      return 'UTKAST – ej justerad';
    case 'review':
      return 'För justering – ej justerad';
    case 'approved':
      return null;
    default: {
      const never: never = status;
      throw new Error(`Unhandled status ${String(never)}`);
    }
  }
}

/** "2023-11-23 Mötesanteckning SRO": safe as a file name on Windows, macOS and Linux. */
export function fileBaseName(date: string, title: string): string {
  const raw = `${date} ${title}`;
  const safe = withinBytes(
    raw
      // Characters Windows forbids, control characters, path separators, and characters no file system keeps.
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '-')
      .replace(/\s+/g, ' ')
      .trim(),
    FILE_BASE_MAX_BYTES,
  )
    // Windows drops trailing dots and spaces.
    .replace(/[. ]+$/, '');
  return safe || date;
}

/**
 * File systems limit a name to 255 bytes (ext4, APFS, NTFS in UTF-16 units),
 * and "å" takes two bytes in UTF-8: the base leaves room for " (2)",
 * " publicerad" and the longest extension.
 */
export const FILE_BASE_MAX_BYTES = 200;

/** The longest start of `text` that fits in `max` bytes of UTF-8, never cutting a character in two. */
function withinBytes(text: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > max) break;
    bytes += size;
    out += char;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Header

function headerFields({ meeting, body }: BuildContext): DocBlock[] {
  const out: DocBlock[] = [field('Datum', formatMeetingDate(meeting.date, body.dateStyle))];
  const time = formatTimeRange(meeting.startTime, meeting.endTime);
  if (time) out.push(field('Tid', time));
  const form = meetingForm(meeting.meetingForm, meeting.place);
  if (form) out.push(field('Mötesform', form));
  out.push(field('Kallade', clean(meeting.calledText) || 'Se lista.'));
  if (clean(meeting.diaryNumber)) out.push(field('Diarienummer', clean(meeting.diaryNumber)));
  return out;
}

/** "Hybrid, Teams" + "Stationshuset" → "Hybrid, Teams, Stationshuset"; the place is not repeated. */
function meetingForm(form: string, place: string): string {
  const f = clean(form);
  const p = clean(place);
  if (!p || f.toLocaleLowerCase('sv-SE').includes(p.toLocaleLowerCase('sv-SE'))) return f;
  if (!f) return p;
  return `${f}, ${p}`;
}

function openingItemId(numbered: NumberedItem[]): number | null {
  const first = numbered[0];
  if (!first) return null;
  const second = numbered[1];
  if (second && second.depth === 1) return second.item.id;
  return first.item.id;
}

// ---------------------------------------------------------------------------
// Agenda items

function agendaItemBlocks(ctx: BuildContext, entry: NumberedItem, parentLabel: string, opening: boolean): DocBlock[] {
  const { item, label, depth } = entry;
  const { meeting, body } = ctx;
  const out: DocBlock[] = [];
  // The anchors keep the numbers also where none are printed: they stay unique whatever the titles.
  if (depth === 0) {
    out.push(heading(1, [text(printedHeading(entry, body.numberedItems))], `punkt-${label}`));
  } else {
    const letter = label.replace(')', '');
    out.push(heading(2, [text(printedHeading(entry, body.numberedItems))], `punkt-${parentLabel}${letter}`));
  }

  if (opening && body.attendanceStyle === 'lines') out.push(...attendanceLines(meeting));

  const topics = item.topics.map(clean).filter(Boolean);
  if (topics.length) {
    out.push({ kind: 'list', ordered: false, items: topics.map((t) => ({ children: [text(t)], sublist: null })) });
  }
  const type = typeLine(item.kind, item.minutes, item.attachment);
  if (type) out.push(paragraph('typeLine', [text(type)]));
  const presenters = item.presenters
    .map((p) => [clean(p.name), clean(p.organisation)].filter(Boolean).join(', '))
    .filter(Boolean);
  if (presenters.length) out.push(paragraph('presenters', [text(`Föredragande: ${sentence(joinSwedish(presenters))}`)]));
  // "1. Mötets öppnande klockan": the time under item 1's type line, where the minutes write it.
  if (entry.depth === 0 && entry.label === '1' && meeting.openedAt) out.push(clockLine('Mötet öppnades', meeting.openedAt));

  const guests = meeting.calledPersons.filter((p) => p.kind === 'guest' && p.itemId === item.id).sort(byPosition);
  if (guests.length) {
    const names = guests.map((g) => [nameWithParty(g), clean(g.title), clean(g.organisation)].filter(Boolean).join(', '));
    out.push(paragraph('person', [text(`${guests.length > 1 ? 'Gäster' : 'Gäst'}: ${sentence(joinSwedish(names))}`)]));
  }

  const links = item.links.filter((l) => clean(l.title) || clean(l.url));
  if (links.length) {
    out.push({
      kind: 'list',
      ordered: false,
      items: links.map((l) => ({ children: [linkOrText(l.url, [text(clean(l.title) || clean(l.url))])], sublist: null })),
    });
  }

  out.push(...attachmentsBlock(meeting, item.id));

  const standpoint = standpointBlock(item);
  if (standpoint && body.standpointPlacement === 'afterPresenters') out.push(standpoint);

  out.push(...notesBlocks(item.notes, depth === 0 ? 1 : 2));

  const tasks = meeting.tasks.filter((t) => t.itemId === item.id);
  for (const task of tasks) out.push(paragraph('normal', [text('Uppdrag: ', { bold: true }), text(taskText(task, body))]));

  if (standpoint && body.standpointPlacement === 'endOfItem') out.push(standpoint);
  return out;
}

/** "Mötet öppnades klockan 13.02." */
function clockLine(what: string, clock: string): DocBlock {
  return paragraph('normal', [text(`${what} klockan ${clock.replace(':', '.')}.`)]);
}

function standpointBlock(item: AgendaItem): DocBlock | null {
  const value = item.standpoint.trim();
  if (!value) return null;
  return paragraph('standpoint', [text('Ställningstagande: '), ...multiline(value, { italic: true })]);
}

/** "Förslag på namn skickas – Anna Berg, senast 4 december 2026". */
export function taskText(task: Task, body: Body): string {
  let out = clean(task.what);
  if (clean(task.owner)) out += ` – ${clean(task.owner)}`;
  if (task.deadline) out += `, senast ${formatMeetingDate(task.deadline, body.dateStyle)}`;
  if (task.done) out += ' (klart)';
  return out;
}

function gatheredTasks(meeting: Meeting, body: Body, numbered: NumberedItem[]): DocList {
  const references = new Map(numbered.map((n) => [n.item.id, itemReference(n, body.numberedItems)]));
  const order = new Map(numbered.map((n, index) => [n.item.id, index]));
  const rank = (task: Task) => (task.itemId === null ? Infinity : (order.get(task.itemId) ?? Infinity));
  const sorted = [...meeting.tasks].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  const items: DocListItem[] = sorted.map((task) => {
    const where = task.itemId !== null ? references.get(task.itemId) : undefined;
    return { children: [text(taskText(task, body) + (where ? ` (${where})` : ''))], sublist: null };
  });
  return { kind: 'list', ordered: false, items };
}

// ---------------------------------------------------------------------------
// Summary of standpoints

function summaryItemName(entry: NumberedItem, numberedItems: boolean): string {
  const title = clean(entry.item.title);
  const reference = itemReference(entry, numberedItems);
  return numberedItems && title ? `${reference} ${title}` : reference;
}

function isSummaryTitle(title: string): boolean {
  return title.trim().startsWith('Sammanfattning');
}

/** "Ställningstagande, punkt 4 Färdplan: …", or "Ställningstagande, Färdplan: …" where items have no numbers. */
function summaryLines(meeting: Meeting, body: Body): DocBlock[] {
  return summaryOfStandpoints(meeting).map((line) =>
    paragraph('standpoint', [
      text(`Ställningstagande, ${summaryItemName(line.entry, body.numberedItems)}: `),
      ...multiline(line.standpoint, { italic: true }),
    ]),
  );
}

// ---------------------------------------------------------------------------
// Signatures

function signatures({ meeting, body }: BuildContext): DocBlock[] {
  const out: DocBlock[] = [];
  const secretary = clean(meeting.secretaryName);
  out.push(paragraph('signature', [text('Vid anteckningarna:', { bold: true }), ...(secretary ? [text(` ${secretary}`)] : [])]));
  const reviewers = meeting.reviewers.map((r) => [clean(r.name), clean(r.role)].filter(Boolean).join(', ')).filter(Boolean);
  if (meeting.status === 'approved') {
    const date = meeting.approvedOn ? ` ${formatMeetingDate(meeting.approvedOn, body.dateStyle)}` : '';
    if (reviewers.length === 0) {
      out.push(paragraph('signature', [text('Justerat av:', { bold: true }), text(` –${date}`)]));
    }
    for (const reviewer of reviewers) {
      out.push(paragraph('signature', [text('Justerat av:', { bold: true }), text(` ${reviewer}${date}`)]));
    }
  } else {
    const who = reviewers.length ? ` (${joinSwedish(reviewers)})` : '';
    out.push(paragraph('signature', [text('Justerat av:', { bold: true }), text(` Ej justerad${who}`)]));
  }
  return out;
}
