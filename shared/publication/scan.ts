import { numberAgenda } from '../model/agenda';
import type { Meeting } from '../model/domain';
import type { MinutesDocument } from '../document/model';
import { detectAddresses } from './detect-address';
import { detectEmails, detectPhones } from './detect-contact';
import { detectHealth } from './detect-health';
import { sentencesOf, type Sentences } from './sentences';
import { detectIdentityNumbers } from './detect-identity';
import { detectUnknownNames } from './detect-names';
import type { FindingKind } from './findings';
import type { KnownNames } from './known-names';
import { segmentsOf, type LinkRange, type TextSegment } from './segments';
import { withoutOverlaps, type Span } from './span';

/** One place where personal data stands in the document, before equal ones are gathered into a Finding. */
export interface RawFinding {
  kind: FindingKind;
  /** The text found, as written. */
  text: string;
  /** The heading anchor of its agenda item ("punkt-3a"); null outside the items. */
  anchor: string | null;
  /** The item's or section's heading, as printed. */
  where: string;
  /** The sentence around it. */
  context: string;
  /** The segment (paragraph, list item …) in document order, and the place in its text: [start, end). */
  segment: number;
  start: number;
  end: number;
}

/** What every detector finds in one segment's text, in reading order. */
export function scanText(text: string, known: KnownNames): Span[] {
  const phones = detectPhones(text);
  const emails = detectEmails(text);
  const identities = detectIdentityNumbers(text, phones);
  const addresses = withoutOverlaps(detectAddresses(text), [...emails, ...phones]);
  const names = withoutOverlaps(detectUnknownNames(text, known), [...emails, ...addresses]);
  const health = detectHealth(text, known);
  return [...identities, ...phones, ...emails, ...addresses, ...names, ...health].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/**
 * Personal data in the document the public version is made from: its
 * header, attendance, items, notes, tables and lists, also where a number or
 * a name is split across bold and plain runs of one paragraph.
 */
export function scanDocument(doc: MinutesDocument, known: KnownNames): RawFinding[] {
  return segmentsOf(doc).flatMap((segment) => {
    const spans = scanText(segment.text, known);
    const sentences = sentencesOf(segment.text);
    const found = spans.map((span) => rawFinding(segment, sentences, span, segment.text.slice(span.start, span.end)));
    return [...found, ...hiddenInLinks(segment, sentences, spans)].sort((a, b) => a.start - b.start || b.end - a.end);
  });
}

/**
 * An e-mail address that stands only in a link's address
 * ("mailto:anna.berg@…" behind the words "Anna Berg"): the public page would
 * carry it in its markup. Found as the address, placed on the link's text, so
 * removing it removes the link.
 */
function hiddenInLinks(segment: TextSegment & { links: LinkRange[] }, sentences: Sentences, spans: readonly Span[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const link of segment.links) {
    // Links may lead only to http(s) and mailto (safeUrlSchema): a mailto is where an address hides.
    const target = /^mailto:(.*)$/i.exec(link.url);
    if (!target) continue;
    const address = safeDecode((target[1] ?? '').split('?')[0] ?? '');
    const inUrl = detectEmails(address);
    const visible = segment.text.slice(link.start, link.end);
    for (const span of inUrl) {
      const text = address.slice(span.start, span.end);
      if (visible.includes(text) && spans.some((s) => s.start >= link.start && s.end <= link.end)) continue;
      out.push(rawFinding(segment, sentences, { kind: span.kind, start: link.start, end: link.end }, text));
    }
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function rawFinding(segment: TextSegment, sentences: Sentences, span: Span, text: string): RawFinding {
  return {
    kind: span.kind,
    text,
    anchor: segment.anchor,
    where: segment.where,
    context: contextOf(segment.text, sentences, span),
    segment: segment.index,
    start: span.start,
    end: span.end,
  };
}

/** At most this many characters of context on either side of what was found. */
const CONTEXT_REACH = 120;

function contextOf(text: string, sentences: Sentences, span: Span): string {
  const sentence = sentences.around(span.start);
  const start = Math.max(sentence.start, span.start - CONTEXT_REACH);
  const end = Math.min(Math.max(sentence.end, span.end), span.end + CONTEXT_REACH);
  const cut = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > sentence.start ? '…' : ''}${cut}${end < sentence.end ? '…' : ''}`;
}

/**
 * The agenda item behind each heading anchor, as `buildMinutesDocument`
 * writes them: "punkt-3" for the third item, "punkt-3a" for its first
 * sub-item.
 */
export function itemIdsByAnchor(meeting: Pick<Meeting, 'agenda'>): Map<string, number> {
  const out = new Map<string, number>();
  let parentLabel = '';
  for (const entry of numberAgenda(meeting.agenda)) {
    if (entry.depth === 0) {
      parentLabel = entry.label;
      out.set(`punkt-${entry.label}`, entry.item.id);
    } else {
      out.set(`punkt-${parentLabel}${entry.label.replace(')', '')}`, entry.item.id);
    }
  }
  return out;
}
