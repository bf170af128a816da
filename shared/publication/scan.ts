import { numberAgenda } from '../model/agenda';
import type { Meeting } from '../model/domain';
import type { MinutesDocument } from '../document/model';
import { detectAddresses } from './detect-address';
import { detectEmails, detectPhones } from './detect-contact';
import { detectHealth, sentenceAround } from './detect-health';
import { detectIdentityNumbers } from './detect-identity';
import { detectUnknownNames } from './detect-names';
import type { FindingKind } from './findings';
import type { KnownNames } from './known-names';
import { segmentsOf, type TextSegment } from './segments';
import { overlaps, type Span } from './span';

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
  const addresses = detectAddresses(text).filter((a) => ![...emails, ...phones].some((s) => overlaps(s, a)));
  const taken = [...emails, ...addresses];
  const names = detectUnknownNames(text, known).filter((n) => !taken.some((s) => overlaps(s, n)));
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
  return segmentsOf(doc).flatMap((segment) => scanText(segment.text, known).map((span) => rawFinding(segment, span)));
}

function rawFinding(segment: TextSegment, span: Span): RawFinding {
  return {
    kind: span.kind,
    text: segment.text.slice(span.start, span.end),
    anchor: segment.anchor,
    where: segment.where,
    context: contextOf(segment.text, span),
    segment: segment.index,
    start: span.start,
    end: span.end,
  };
}

/** At most this many characters of context on either side of what was found. */
const CONTEXT_REACH = 120;

function contextOf(text: string, span: Span): string {
  const sentence = sentenceAround(text, span.start);
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
