import { numberAgenda, type NumberedItem } from '../model/agenda';
import type { AgendaItem, AttendanceStatus, Body, CalledPerson, Meeting, MeetingStatus, Task } from '../model/domain';
import { summaryOfStandpoints } from '../model/summary';
import { formatMeetingDate, formatTimeRange } from '../format/date';
import { isPresidingRole, roleLabel, typeLine } from '../format/labels';
import {
  TEXT_FORMAT,
  isSafeLinkUrl,
  type BlockNodeJson,
  type InlineNodeJson,
  type ListItemNodeJson,
  type ListNodeJson,
  type NotesDocument,
} from '../notes/schema';
import type { DocBlock, DocInline, DocList, DocListItem, DocTableCell, MinutesDocument, ParagraphRole } from './model';

/**
 * Builds the one document model of a meeting's minutes, laid out like the
 * reference minutes (see shared/DOMAIN.md "The document, top to bottom").
 * Pure: no DOM, no Node; every exporter renders what this returns.
 */
export function buildMinutesDocument(meeting: Meeting, body: Body): MinutesDocument {
  const title = clean(meeting.title) || clean(body.documentTitle) || `Mötesanteckning ${clean(body.shortName)}`.trim();
  const subtitle = clean(meeting.subtitle) || clean(body.name);
  const blocks: DocBlock[] = [];
  const ctx: BuildContext = { meeting, body };

  blocks.push(...headerFields(ctx));
  blocks.push(...roster(ctx));
  const numbered = numberAgenda(meeting.agenda);
  const openingId = openingItemId(numbered);
  // Without an agenda the "lines" attendance has no item 1 to stand under.
  if (openingId === null && body.attendanceStyle === 'lines') blocks.push(...attendanceLines(meeting));
  blocks.push(heading(1, [text('Dagordning')], null));
  const summaryItem = body.summaryOfStandpoints ? numbered.find((n) => isSummaryTitle(n.item.title)) : undefined;
  let parentLabel = '';
  for (const entry of numbered) {
    if (entry.depth === 0) parentLabel = entry.label;
    blocks.push(...agendaItemBlocks(ctx, entry, parentLabel, entry.item.id === openingId));
    if (summaryItem && summaryItem.item.id === entry.item.id) blocks.push(...summaryLines(meeting));
  }

  if (body.summaryOfStandpoints && !summaryItem) {
    const lines = summaryLines(meeting);
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
  const safe = raw
    // Characters Windows forbids, control characters and path separators.
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    // Windows drops trailing dots and spaces.
    .replace(/[. ]+$/, '');
  return safe || date;
}

// ---------------------------------------------------------------------------
// Small constructors

function clean(value: string | null | undefined): string {
  return (value ?? '').trim();
}

function text(value: string, format: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): DocInline {
  const node: DocInline = { kind: 'text', text: value };
  if (format.bold) node.bold = true;
  if (format.italic) node.italic = true;
  if (format.underline) node.underline = true;
  return node;
}

function heading(level: 1 | 2 | 3, children: DocInline[], anchor: string | null): DocBlock {
  return { kind: 'heading', level, children, anchor };
}

function paragraph(role: ParagraphRole, children: DocInline[]): DocBlock {
  return { kind: 'paragraph', role, children };
}

function field(label: string, value: string): DocBlock {
  return paragraph('field', [text(`${label}:`, { bold: true }), text(` ${value}`)]);
}

/** "A, B och C". */
function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1] ?? ''}`;
}

/** A sentence ends with one full stop. */
function sentence(value: string): string {
  const trimmed = value.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Multi-line text as inlines with line breaks. */
function multiline(value: string, format: { bold?: boolean; italic?: boolean } = {}): DocInline[] {
  const out: DocInline[] = [];
  value
    .trim()
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (index > 0) out.push({ kind: 'break' });
      if (line !== '') out.push(text(line, format));
    });
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

// ---------------------------------------------------------------------------
// Roster and attendance

function byPosition(a: CalledPerson, b: CalledPerson): number {
  return a.position - b.position || a.id - b.id;
}

function members(meeting: Meeting): CalledPerson[] {
  return meeting.calledPersons.filter((p) => p.kind === 'member').sort(byPosition);
}

function invitees(meeting: Meeting): CalledPerson[] {
  return meeting.calledPersons.filter((p) => p.kind === 'invitee').sort(byPosition);
}

/** "Helén Eliasson (S)". */
function nameWithParty(person: CalledPerson): string {
  const name = clean(person.name);
  // Stored as "S" or "(S)"; printed once in parentheses.
  const party = clean(person.party).replace(/^\((.*)\)$/, '$1').trim();
  return party ? `${name} (${party})` : name;
}

/** "förhindrad", "efter 13.30", "Helen Nordling ersätter" … or null when nothing is printed. */
function attendanceMarker(person: CalledPerson): string | null {
  const a = person.attendance;
  const status: AttendanceStatus = a.status;
  switch (status) {
    case 'unmarked':
    case 'present':
      return null;
    case 'remote':
      return 'med på länk';
    case 'excused':
      return 'förhindrad';
    case 'absent':
      return clean(a.note) ? `frånvarande, ${clean(a.note)}` : 'frånvarande';
    case 'partial':
      return partialText(a.arrivedAt, a.leftAt) || 'delvis';
    case 'substitute':
      return clean(a.substituteName) ? `${clean(a.substituteName)} ersätter` : 'ersättare';
    default: {
      const never: never = status;
      throw new Error(`Unhandled attendance ${String(never)}`);
    }
  }
}

/** "efter 13.30", "lämnade 14.10", "efter 13.30, lämnade 14.10". */
function partialText(arrivedAt: string | null, leftAt: string | null): string {
  const parts: string[] = [];
  if (arrivedAt) parts.push(`efter ${arrivedAt.replace(':', '.')}`);
  if (leftAt) parts.push(`lämnade ${leftAt.replace(':', '.')}`);
  return parts.join(', ');
}

/** "Marina Johansson (S), Göteborgsregionen, **vice ordförande**". */
function personLine(person: CalledPerson, withMarker: boolean): DocInline[] {
  if (person.vacant) {
    const rest = [clean(person.organisation), clean(person.title)].filter(Boolean);
    return [text(['Vakant', ...rest].join(', '))];
  }
  const out: DocInline[] = [text(nameWithParty(person))];
  const marker = withMarker ? attendanceMarker(person) : null;
  if (marker) out.push(text(' ('), text(marker, { italic: true }), text(')'));
  const rest = [clean(person.organisation), clean(person.title)].filter(Boolean);
  if (rest.length) out.push(text(`, ${rest.join(', ')}`));
  if (person.role !== 'ledamot') {
    out.push(text(', '), text(roleLabel(person.role), { bold: isPresidingRole(person.role) }));
  }
  return mergeText(out);
}

/** Adjacent plain texts with the same formatting become one inline. */
function mergeText(nodes: DocInline[]): DocInline[] {
  const out: DocInline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind === 'text' &&
      node.kind === 'text' &&
      !!last.bold === !!node.bold &&
      !!last.italic === !!node.italic &&
      !!last.underline === !!node.underline
    ) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else {
      out.push(node);
    }
  }
  return out;
}

function roster(ctx: BuildContext): DocBlock[] {
  const style = ctx.body.attendanceStyle;
  switch (style) {
    case 'lines':
      return rosterBySide(ctx.meeting, false);
    case 'markers': {
      const out = rosterBySide(ctx.meeting, true);
      const invited = invitees(ctx.meeting);
      if (invited.length) {
        out.push(heading(2, [text('Inbjudna')], null));
        for (const person of invited) out.push(paragraph('person', personLine(person, true)));
      }
      return out;
    }
    case 'blocks':
      return attendanceBlocks(ctx.meeting);
    default: {
      const never: never = style;
      throw new Error(`Unhandled attendance style ${String(never)}`);
    }
  }
}

/** Sides (heading 2) and categories (heading 3) in roster order, one person a line. */
function rosterBySide(meeting: Meeting, withMarkers: boolean): DocBlock[] {
  const out: DocBlock[] = [];
  let side: string | null = null;
  let category: string | null = null;
  for (const person of members(meeting)) {
    if (person.sideName !== side) {
      side = person.sideName;
      category = null;
      if (clean(side)) out.push(heading(2, [text(clean(side))], null));
    }
    if (person.categoryName !== category) {
      category = person.categoryName;
      if (clean(category)) out.push(heading(3, [text(clean(category))], null));
    }
    out.push(paragraph('person', personLine(person, withMarkers)));
  }
  return out;
}

/** Närvarande / Förhindrade / Inbjudna as a table without header, like the LGS reference. */
function attendanceBlocks(meeting: Meeting): DocBlock[] {
  const present: CalledPerson[] = [];
  const away: CalledPerson[] = [];
  const unmarked: CalledPerson[] = [];
  for (const person of members(meeting)) {
    if (person.vacant) continue;
    const status = person.attendance.status;
    switch (status) {
      case 'present':
      case 'remote':
      case 'partial':
      case 'substitute':
        present.push(person);
        break;
      case 'excused':
      case 'absent':
        away.push(person);
        break;
      case 'unmarked':
        unmarked.push(person);
        break;
      default: {
        const never: never = status;
        throw new Error(`Unhandled attendance ${String(never)}`);
      }
    }
  }
  const rows: DocTableCell[][] = [];
  // One row per person, so a wrapped title never drifts beside the next name;
  // the group label stands in the first row of its group only.
  const row = (label: string, persons: CalledPerson[], markers: boolean) => {
    persons.forEach((p, index) => {
      rows.push([
        { header: false, blocks: [paragraph('normal', index === 0 ? [text(label, { bold: true })] : [])] },
        { header: false, blocks: [paragraph('person', blockName(p, markers))] },
        {
          header: false,
          blocks: [paragraph('person', [text([clean(p.title), clean(p.organisation)].filter(Boolean).join(', '))])],
        },
      ]);
    });
  };
  row('Närvarande', present, true);
  row('Förhindrade', away, false);
  row('Kallade', unmarked, false);
  row('Inbjudna', invitees(meeting), true);
  return rows.length ? [{ kind: 'table', rows }] : [];
}

/** "Babbs Edberg, **ordförande**" (+ "(med på länk)"), for the blocks style. */
function blockName(person: CalledPerson, markers: boolean): DocInline[] {
  const out: DocInline[] = [text(nameWithParty(person))];
  if (person.role !== 'ledamot') {
    out.push(text(', '), text(roleLabel(person.role), { bold: isPresidingRole(person.role) }));
  }
  const marker = markers ? attendanceMarker(person) : null;
  if (marker) out.push(text(' ('), text(marker, { italic: true }), text(')'));
  return mergeText(out);
}

/** The "lines" style: who was where, printed under the opening item. */
function attendanceLines(meeting: Meeting): DocBlock[] {
  const persons = members(meeting).filter((p) => !p.vacant);
  const names = (status: AttendanceStatus) =>
    persons.filter((p) => p.attendance.status === status).map((p) => clean(p.name));
  const out: DocBlock[] = [];
  const line = (value: string) => out.push(paragraph('person', [text(value)]));

  const remote = names('remote');
  if (remote.length) line(`Med på länk: ${remote.join(', ')}.`);
  const excused = names('excused');
  if (excused.length) line(`Förhinder: ${excused.join(', ')}.`);
  const absent = persons
    .filter((p) => p.attendance.status === 'absent')
    .map((p) => (clean(p.attendance.note) ? `${clean(p.name)} (${clean(p.attendance.note)})` : clean(p.name)));
  if (absent.length) line(`Frånvarande: ${absent.join(', ')}.`);
  for (const p of persons.filter((x) => x.attendance.status === 'partial')) {
    const { arrivedAt, leftAt } = p.attendance;
    const parts: string[] = [];
    if (arrivedAt) parts.push(`efter ${arrivedAt.replace(':', '.')}`);
    if (leftAt) parts.push(`lämnade ${leftAt.replace(':', '.')}`);
    line(parts.length ? `${clean(p.name)} ${parts.join(' och ')}.` : `${clean(p.name)} deltog delvis.`);
  }
  for (const p of persons.filter((x) => x.attendance.status === 'substitute')) {
    const substitute = clean(p.attendance.substituteName);
    line(substitute ? `${substitute} ersätter ${clean(p.name)}.` : `${clean(p.name)} hade ersättare.`);
  }
  const invited = invitees(meeting).map((p) => [clean(p.name), clean(p.title), clean(p.organisation)].filter(Boolean).join(', '));
  if (invited.length) line(`Inbjudna: ${invited.join('; ')}.`);
  return out;
}

/** The item under which the "lines" attendance stands: 1 a) when item 1 has sub-items, else 1. */
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
  const itemTitle = clean(item.title);
  if (depth === 0) {
    out.push(heading(1, [text(itemTitle ? `${label}. ${itemTitle}` : `${label}.`)], `punkt-${label}`));
  } else {
    const letter = label.replace(')', '');
    out.push(heading(2, [text(itemTitle ? `${label} ${itemTitle}` : label)], `punkt-${parentLabel}${letter}`));
  }

  // "Mötets öppnande klockan 13.02": printed under item 1.
  if (entry.depth === 0 && entry.label === '1' && meeting.openedAt) {
    out.push(paragraph('normal', [text(`Mötet öppnades klockan ${meeting.openedAt.replace(':', '.')}.`)]));
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

  const standpoint = standpointBlock(item);
  if (standpoint && body.standpointPlacement === 'afterPresenters') out.push(standpoint);

  out.push(...notesBlocks(item.notes));

  const tasks = meeting.tasks.filter((t) => t.itemId === item.id);
  for (const task of tasks) out.push(paragraph('normal', [text('Uppdrag: ', { bold: true }), text(taskText(task, body))]));

  if (standpoint && body.standpointPlacement === 'endOfItem') out.push(standpoint);
  return out;
}

function standpointBlock(item: AgendaItem): DocBlock | null {
  const value = item.standpoint.trim();
  if (!value) return null;
  return paragraph('standpoint', [text('Ställningstagande: '), ...multiline(value, { italic: true })]);
}

/** "Förslag på namn skickas – Anna Berg, senast 4 december 2026". */
function taskText(task: Task, body: Body): string {
  let out = clean(task.what);
  if (clean(task.owner)) out += ` – ${clean(task.owner)}`;
  if (task.deadline) out += `, senast ${formatMeetingDate(task.deadline, body.dateStyle)}`;
  if (task.done) out += ' (klart)';
  return out;
}

function gatheredTasks(meeting: Meeting, body: Body, numbered: NumberedItem[]): DocList {
  const labels = new Map<number, string>();
  let parentLabel = '';
  for (const n of numbered) {
    if (n.depth === 0) parentLabel = n.label;
    labels.set(n.item.id, n.depth === 0 ? n.label : `${parentLabel} ${n.label}`);
  }
  const order = new Map(numbered.map((n, index) => [n.item.id, index]));
  const rank = (task: Task) => (task.itemId === null ? Infinity : (order.get(task.itemId) ?? Infinity));
  const sorted = [...meeting.tasks].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  const items: DocListItem[] = sorted.map((task) => {
    const where = task.itemId !== null ? labels.get(task.itemId) : undefined;
    return { children: [text(taskText(task, body) + (where ? ` (punkt ${where})` : ''))], sublist: null };
  });
  return { kind: 'list', ordered: false, items };
}

// ---------------------------------------------------------------------------
// Summary of standpoints

function isSummaryTitle(title: string): boolean {
  return title.trim().startsWith('Sammanfattning');
}

function summaryLines(meeting: Meeting): DocBlock[] {
  return summaryOfStandpoints(meeting).map((line) =>
    paragraph('standpoint', [
      text(`Ställningstagande, punkt ${line.label}${line.title ? ` ${line.title}` : ''}: `),
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

// ---------------------------------------------------------------------------
// Notes: the stored Lexical JSON, every node kind

export function notesBlocks(doc: NotesDocument | null): DocBlock[] {
  if (!doc) return [];
  const out: DocBlock[] = [];
  for (const node of doc.root.children) out.push(...noteBlock(node));
  return out;
}

function noteBlock(node: BlockNodeJson): DocBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const children = noteInlines(node.children);
      return hasContent(children) ? [paragraph('normal', children)] : [];
    }
    case 'heading': {
      const children = noteInlines(node.children);
      if (!hasContent(children)) return [];
      switch (node.tag) {
        case 'h1':
        case 'h2':
          return [heading(3, children, null)];
        case 'h3':
        case 'h4':
        case 'h5':
        case 'h6':
          return [paragraph('normal', children.map(boldInline))];
        default: {
          const never: never = node.tag;
          throw new Error(`Unhandled heading ${String(never)}`);
        }
      }
    }
    case 'quote': {
      const children = noteInlines(node.children);
      return hasContent(children) ? [{ kind: 'quote', children }] : [];
    }
    case 'list':
      return [noteList(node)];
    case 'table':
      return [
        {
          kind: 'table',
          rows: node.children.map((row) =>
            row.children.map((cell) => ({
              header: cell.headerState !== 0,
              blocks: cell.children.flatMap(noteBlock),
            })),
          ),
        },
      ];
    default: {
      const never: never = node;
      throw new Error(`Unhandled notes node ${JSON.stringify((never as { type?: unknown }).type)}`);
    }
  }
}

function noteList(node: ListNodeJson): DocList {
  const items: DocListItem[] = [];
  for (const child of node.children) {
    const { inlines, sublists } = splitListItem(child, node.listType === 'check');
    const onlyNested = !hasContent(inlines) && sublists.length > 0;
    const previous = items[items.length - 1];
    // Lexical nests a list in its own list item right after the parent item.
    if (onlyNested && previous && previous.sublist === null && sublists.length === 1) {
      previous.sublist = sublists[0] ?? null;
      continue;
    }
    items.push({ children: inlines, sublist: sublists[0] ?? null });
    for (const extra of sublists.slice(1)) items.push({ children: [], sublist: extra });
  }
  return { kind: 'list', ordered: node.listType === 'number', items };
}

function splitListItem(item: ListItemNodeJson, check: boolean): { inlines: DocInline[]; sublists: DocList[] } {
  const inlines: DocInline[] = [];
  const sublists: DocList[] = [];
  for (const child of item.children) {
    switch (child.type) {
      case 'list':
        sublists.push(noteList(child));
        break;
      case 'paragraph':
        if (inlines.length) inlines.push({ kind: 'break' });
        inlines.push(...noteInlines(child.children));
        break;
      case 'text':
      case 'linebreak':
      case 'tab':
      case 'link':
      case 'autolink':
        inlines.push(...noteInlines([child]));
        break;
      default: {
        const never: never = child;
        throw new Error(`Unhandled list item child ${JSON.stringify((never as { type?: unknown }).type)}`);
      }
    }
  }
  if (check && (hasContent(inlines) || sublists.length === 0)) inlines.unshift(text(item.checked ? '☑ ' : '☐ '));
  return { inlines, sublists };
}

function noteInlines(nodes: InlineNodeJson[]): DocInline[] {
  const out: DocInline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.text !== '') {
          out.push(
            text(node.text, {
              bold: (node.format & TEXT_FORMAT.bold) !== 0,
              italic: (node.format & TEXT_FORMAT.italic) !== 0,
              underline: (node.format & TEXT_FORMAT.underline) !== 0,
            }),
          );
        }
        break;
      case 'linebreak':
        out.push({ kind: 'break' });
        break;
      case 'tab':
        out.push(text('\t'));
        break;
      case 'link':
      case 'autolink':
        out.push(linkOrText(node.url, noteInlines(node.children)));
        break;
      default: {
        const never: never = node;
        throw new Error(`Unhandled inline node ${JSON.stringify((never as { type?: unknown }).type)}`);
      }
    }
  }
  return out;
}

/** A link only to http(s) or mailto; anything else is printed as its text. */
function linkOrText(url: string, children: DocInline[]): DocInline {
  const label = children.length ? children : [text(url)];
  if (isSafeLinkUrl(url)) return { kind: 'link', url: url.trim(), children: label };
  return { kind: 'text', text: plain(label) };
}

function plain(nodes: DocInline[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.text;
        case 'break':
          return ' ';
        case 'link':
          return plain(n.children);
        default: {
          const never: never = n;
          throw new Error(`Unhandled inline ${JSON.stringify(never)}`);
        }
      }
    })
    .join('');
}

function hasContent(nodes: DocInline[]): boolean {
  return plain(nodes).trim() !== '';
}

function boldInline(node: DocInline): DocInline {
  switch (node.kind) {
    case 'text':
      return { ...node, bold: true };
    case 'break':
      return node;
    case 'link':
      return { ...node, children: node.children.map(boldInline) };
    default: {
      const never: never = node;
      throw new Error(`Unhandled inline ${JSON.stringify(never)}`);
    }
  }
}
