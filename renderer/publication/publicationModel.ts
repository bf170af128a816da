import type { Finding, FindingKind, PublicationDecision } from '../../shared/publication/findings';
import { publicResultText } from '../../shared/publication/publishable';
export { notPublishableReason } from '../../shared/publication/publishable';

/** The publication view's pure rules: names, grouping, counts and what is said. */

/** The kind of a finding, as the view names it. */
export function findingKindLabel(kind: FindingKind): string {
  switch (kind) {
    case 'personal-identity-number':
      return 'Personnummer';
    case 'coordination-number':
      return 'Samordningsnummer';
    case 'phone':
      return 'Telefonnummer';
    case 'email':
      return 'E-postadress';
    case 'address':
      return 'Adress';
    case 'name':
      return 'Namn som inte finns bland de kallade';
    case 'health':
      return 'Hälsa eller sociala förhållanden';
    default: {
      const never: never = kind;
      throw new Error(`Unhandled finding kind ${String(never)}`);
    }
  }
}

/** The three choices for a finding, in the order they are offered. */
export const DECISION_CHOICES: readonly { value: PublicationDecision; label: string }[] = [
  { value: 'keep', label: 'Behåll' },
  { value: 'remove', label: 'Ta bort' },
  { value: 'rewrite', label: 'Skriv om' },
];

/** The findings of one place in the minutes (an agenda item, or the meeting's own parts). */
export interface FindingGroup {
  /** "punkt-12" or "mötet": stable, for React keys and ids. */
  key: string;
  where: string;
  findings: Finding[];
}

/** Findings grouped by where they stand, in the order they come in the minutes. */
export function groupByPlace(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = finding.itemId === null ? `motet-${finding.where}` : `punkt-${finding.itemId}`;
    const group = groups.get(key) ?? { key, where: finding.where, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** "3 av 7 avgjorda". */
export function decidedText(findings: readonly Finding[]): string {
  const decided = findings.filter((f) => f.decision !== null).length;
  return `${decided} av ${findings.length} avgjorda`;
}

/** The findings nobody has decided yet: what "Ta bort alla återstående" removes. */
export function remainingKeys(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.decision === null).map((f) => f.key);
}

/** The finding with a decision saved. */
export function withDecision(findings: readonly Finding[], key: string, decision: PublicationDecision | null, replacement: string): Finding[] {
  return findings.map((f) => (f.key === key ? { ...f, decision, replacement } : f));
}

/** The context split around the text found, so the view can mark it; the whole context unmarked where the text is not in it. */
export function contextParts(context: string, found: string): { before: string; found: string; after: string } {
  const at = found ? context.indexOf(found) : -1;
  if (at === -1) return { before: context, found: '', after: '' };
  return { before: context.slice(0, at), found, after: context.slice(at + found.length) };
}

/** What the secretary is told once the public file is saved. */
export function savedText(format: 'html' | 'pdf', result: { fileName: string; path: string; removed: number; undecided: number }): string {
  const what = format === 'html' ? 'Webbsidan' : 'PDF-filen';
  const removed = publicResultText(result.removed, result.undecided);
  return `${what} ${result.fileName} är sparad i ${folderOf(result.path)}. ${removed}`;
}

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}
