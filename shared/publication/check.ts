import { buildMinutesDocument } from '../document/build';
import type { MinutesDocument } from '../document/model';
import type { Body, Meeting } from '../model/domain';
import { REDACTED_TEXT, type Finding, type PublicationDecision } from './findings';
import { knownNamesOf } from './known-names';
import { mergeReplacements, replaceInInlines, type Replacement } from './redact';
import { itemIdsByAnchor, scanDocument, type RawFinding } from './scan';
import { mapSegments } from './segments';

/** What the secretary decided for a finding, by its key. */
export interface DecisionOf {
  decision: PublicationDecision;
  replacement: string;
}
export type Decisions = ReadonlyMap<string, DecisionOf>;

/** Where a finding outside the agenda items is filed in its key. */
export const MEETING_PLACE = 'mötet';

/**
 * A finding's key: its item (or "mötet"), kind and text. It stays the same
 * when other parts of the minutes are edited, so a decision stays with it.
 */
export function findingKey(itemId: number | null, kind: Finding['kind'], text: string): string {
  return `${itemId ?? MEETING_PLACE}|${kind}|${text}`;
}

interface Scanned {
  doc: MinutesDocument;
  raw: (RawFinding & { key: string; itemId: number | null })[];
}

function scanMeeting(meeting: Meeting, body: Body): Scanned {
  const doc = buildMinutesDocument(meeting, body);
  const items = itemIdsByAnchor(meeting);
  const raw = scanDocument(doc, knownNamesOf(meeting, body)).map((r) => {
    const itemId = r.anchor === null ? null : (items.get(r.anchor) ?? null);
    return { ...r, itemId, key: findingKey(itemId, r.kind, r.text) };
  });
  return { doc, raw };
}

function gather(raw: Scanned['raw'], decisions: Decisions): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const r of raw) {
    const seen = byKey.get(r.key);
    if (seen) {
      seen.count += 1;
      continue;
    }
    const decided = decisions.get(r.key);
    byKey.set(r.key, {
      key: r.key,
      kind: r.kind,
      text: r.text,
      itemId: r.itemId,
      where: r.where,
      context: r.context,
      count: 1,
      decision: decided?.decision ?? null,
      replacement: decided?.replacement ?? '',
    });
  }
  return [...byKey.values()];
}

/**
 * The publication check of a meeting: personal data in its minutes, equal
 * text in one item gathered (with how many times it stands there), each with
 * the decision made so far.
 */
export function findingsOf(meeting: Meeting, body: Body, decisions: Decisions): Finding[] {
  return gather(scanMeeting(meeting, body).raw, decisions);
}

export interface PublicDocument {
  doc: MinutesDocument;
  findings: Finding[];
  /** Findings removed or rewritten in the public version. */
  removed: number;
  /** Findings nobody decided on, removed to be safe. */
  undecided: number;
}

/**
 * The minutes as they may be published: every finding to remove (and every
 * undecided one, and with `redactAll` every one) reads "[uppgift borttagen]",
 * every rewrite its new text, every kept one as written. The meeting is
 * not touched: only the document made from it.
 */
export function publicDocument(
  meeting: Meeting,
  body: Body,
  decisions: Decisions,
  options: { redactAll: boolean },
): PublicDocument {
  const { doc, raw } = scanMeeting(meeting, body);
  const findings = gather(raw, decisions);
  const bySegment = new Map<number, (Replacement & { remove: boolean })[]>();
  for (const r of raw) {
    const decided = options.redactAll ? undefined : decisions.get(r.key);
    if (decided?.decision === 'keep') continue;
    const rewrite = decided?.decision === 'rewrite' && decided.replacement.trim() !== '';
    const list = bySegment.get(r.segment) ?? [];
    list.push({ start: r.start, end: r.end, text: rewrite ? decided.replacement.trim() : REDACTED_TEXT, remove: !rewrite });
    bySegment.set(r.segment, list);
  }
  const redacted = mapSegments(doc, (inlines, segment) => {
    const wanted = bySegment.get(segment.index);
    return wanted ? replaceInInlines(inlines, mergeReplacements(wanted, REDACTED_TEXT)) : inlines;
  });
  const removed = findings.filter((f) => options.redactAll || f.decision !== 'keep').length;
  const undecided = findings.filter((f) => f.decision === null).length;
  return { doc: redacted, findings, removed, undecided };
}
