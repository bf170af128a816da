import type { MeetingFileItem, MeetingFileSubItem } from '../../shared/meetingfile/schema';
import { TEXT_FORMAT, type BlockNodeJson, type InlineNodeJson, type NotesDocument } from '../../shared/notes/schema';
import type { CorpusMinutes } from './minutes';
import { attendanceBlocks, attendanceLines, headerFields, printRoster } from './print-people';
import { plain, type Printed, type Span } from './printed';

/** The minutes as the layout prints them, top to bottom (see printed.ts). */
export function printMinutes(minutes: CorpusMinutes): Printed[] {
  const { truth, layout } = minutes;
  const meeting = truth.meeting;
  const out: Printed[] = [
    { kind: 'title', spans: plain(meeting.title) },
    { kind: 'subtitle', spans: plain(meeting.subtitle) },
  ];
  const fields = headerFields(meeting, layout);
  const headerTable = layout.header === 'table' && layout.attendance !== 'blocks';
  if (layout.header === 'lines') for (const [label, value] of fields) out.push({ kind: 'paragraph', spans: plain(`${label}: ${value}`) });
  if (headerTable) out.push({ kind: 'table', role: 'labels', rows: fields.map(([label, value]) => [[plain(`${label}:`)], [plain(value)]]) });
  if (layout.attendance === 'blocks') out.push(...attendanceBlocks(meeting, layout));
  else out.push(...printRoster(meeting, layout));
  if (layout.numbered) out.push({ kind: 'paragraph', spans: [{ text: 'Dagordning', bold: true }] });

  meeting.agenda.forEach((item, i) => {
    const isSummary = layout.summary && i === meeting.agenda.length - 1;
    // Mixed levels: every third item one outline level deeper, as in minutes edited by many hands.
    out.push(heading(layout.mixedLevels && i % 3 === 2 ? 3 : 1, layout.numbered ? `${i + 1}.` : null, item.title));
    if (isSummary) out.push(...summaryLines(meeting.agenda));
    out.push(...itemBody(minutes, item));
    item.children.forEach((child, j) => {
      out.push(heading(2, layout.numbered ? `${'abcdefghij'[j]})` : null, child.title));
      if (i === 0 && j === 0 && layout.attendance === 'lines') out.push(...attendanceLines(meeting));
      out.push(...itemBody(minutes, child));
    });
  });
  out.push(...signatures(minutes));
  return out;
}

function heading(level: 1 | 2 | 3, number: string | null, title: string): Printed {
  return { kind: 'heading', level, number, spans: plain(title) };
}

function standpointBlocks(minutes: CorpusMinutes, text: string): Printed[] {
  const { layout } = minutes;
  const body: Span = { text, italic: layout.standpointItalic };
  if (layout.standpoint === 'endOfItem' && !layout.standpointItalic) {
    return [
      { kind: 'paragraph', spans: plain('Ställningstagande:') },
      { kind: 'paragraph', spans: [body] },
    ];
  }
  return [{ kind: 'paragraph', spans: [{ text: 'Ställningstagande: ' }, body] }];
}

function typeLine(minutes: CorpusMinutes, item: MeetingFileSubItem): string | null {
  const words = minutes.print.kindWords.get(item.title);
  if (words === undefined) return null;
  const extras = [item.minutes !== null ? `${item.minutes} minuter` : null, item.attachment ? 'bilaga' : null].filter(Boolean);
  return extras.length ? `${words} (${extras.join(', ')})` : words;
}

const joinAnd = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`);

function itemBody(minutes: CorpusMinutes, item: MeetingFileSubItem): Printed[] {
  const { layout } = minutes;
  const out: Printed[] = [];
  if (item.topics.length) out.push({ kind: 'list', ordered: false, entries: item.topics.map((t) => ({ level: 0, spans: plain(t) })) });
  const type = typeLine(minutes, item);
  if (type) out.push({ kind: 'paragraph', spans: plain(type) });
  if (item.presenters.length) {
    out.push({ kind: 'paragraph', spans: plain(`Föredragande: ${joinAnd(item.presenters.map((p) => (p.organisation ? `${p.name}, ${p.organisation}` : p.name)))}.`) });
  }
  if (item.guests.length) {
    out.push({ kind: 'paragraph', spans: plain(`Gäster: ${item.guests.map((g) => `${g.name} (${[g.title, g.organisation].filter(Boolean).join(', ')})`).join(', ')}.`) });
  }
  if (item.links.length) {
    const entries = item.links.map((l) => ({ level: 0, spans: layout.linksAsText ? plain(`${l.title} (${l.url})`) : [{ text: l.title, href: l.url }] }));
    out.push({ kind: 'list', ordered: false, entries });
  }
  if (item.standpoint && layout.standpoint === 'afterPresenters') out.push(...standpointBlocks(minutes, item.standpoint));
  out.push(...notesBlocks(minutes, item.notes));
  if (item.standpoint && layout.standpoint === 'endOfItem') out.push(...standpointBlocks(minutes, item.standpoint));
  return out;
}

/** The standpoints repeated under "Sammanfattning", as LGS prints them. */
function summaryLines(agenda: readonly MeetingFileItem[]): Printed[] {
  const all = agenda.flatMap((item) => [item, ...item.children]).filter((i) => i.standpoint !== '');
  return all.map((i) => ({ kind: 'paragraph', spans: plain(`Ställningstagande: ${i.standpoint}`) }));
}

function inlineSpans(nodes: readonly InlineNodeJson[], href?: string): Span[] {
  return nodes.flatMap((node): Span[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.text, bold: (node.format & TEXT_FORMAT.bold) !== 0, italic: (node.format & TEXT_FORMAT.italic) !== 0, ...(href ? { href } : {}) }];
      case 'link':
      case 'autolink':
        return inlineSpans(node.children, node.url);
      case 'linebreak':
      case 'tab':
        return [{ text: ' ' }];
    }
  });
}

/** Notes in print: headings as headings (numbered minutes) or bold lines, links as hyperlinks or "text (url)". */
function notesBlocks(minutes: CorpusMinutes, notes: NotesDocument | null): Printed[] {
  if (!notes) return [];
  const { layout } = minutes;
  const spansOf = (nodes: readonly InlineNodeJson[]): Span[] => {
    const spans = inlineSpans(nodes);
    if (!layout.linksAsText) return spans;
    return spans.map((s) => (s.href ? { text: `${s.text} (${s.href})`, bold: s.bold, italic: s.italic } : s));
  };
  return notes.root.children.map((block: BlockNodeJson): Printed => {
    switch (block.type) {
      case 'paragraph':
      case 'quote':
        return { kind: 'paragraph', spans: spansOf(block.children) };
      case 'heading':
        if (layout.numbered && layout.writer !== 'text') return { kind: 'heading', level: 3, number: null, spans: spansOf(block.children) };
        return { kind: 'paragraph', spans: spansOf(block.children).map((s) => ({ ...s, bold: true })) };
      case 'list':
        return {
          kind: 'list',
          ordered: block.listType === 'number',
          entries: block.children.map((entry) => ({ level: 0, spans: spansOf(entry.children.filter((c): c is InlineNodeJson => c.type !== 'list' && c.type !== 'paragraph')) })),
        };
      case 'table':
        return { kind: 'table', role: 'data', rows: block.children.map((row) => row.children.map((cell) => cell.children.map((p) => (p.type === 'paragraph' ? spansOf(p.children) : [])))) };
    }
  });
}

function signatures(minutes: CorpusMinutes): Printed[] {
  const meeting = minutes.truth.meeting;
  const p = (text: string): Printed => ({ kind: 'paragraph', spans: plain(text) });
  const { secretaryLabel, reviewLabel } = minutes.layout;
  if (minutes.layout.signature === 'sameLine') {
    return [p(`${secretaryLabel}: ${meeting.secretaryName}`), p(`${reviewLabel}: ${meeting.reviewers.map((r) => r.name).join(', ')}`)];
  }
  const out = [p(secretaryLabel), p(meeting.secretaryName), p(meeting.approvedOn ? `Justerat ${meeting.approvedOn}` : 'Justeras')];
  for (const r of meeting.reviewers) {
    out.push(p(r.name));
    if (r.role) out.push(p(r.role));
  }
  return out;
}
