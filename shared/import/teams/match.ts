import { cleanTeamsName, hardFold, nameWords, softFold } from './names';
import type { TeamsParticipant } from './schema';

/**
 * Which called person each person of a Teams report is. Each gets the best
 * called person with a confidence (0–1) and a reason in Swedish; only a
 * confident one is proposed, and never two report persons for one called
 * person without saying so: the weaker one is left unmatched with the
 * conflict written out, the secretary decides.
 */

/** What matching needs to know of a called person. */
export interface MatchableCalled {
  id: number;
  name: string;
  vacant: boolean;
}

export interface TeamsCandidate {
  personId: number;
  confidence: number;
  reason: string;
}

export interface TeamsMatch {
  /** The person's place in the report's list. */
  index: number;
  /** The name without what Teams added ("(VGR)", "| Region Halland"). */
  name: string;
  organisation: string;
  /** The best called person, however unsure; null when nobody is close. */
  candidate: TeamsCandidate | null;
  /** The called person proposed: the candidate when confident and not taken; null leaves the person unmatched. */
  personId: number | null;
  /** Why a close candidate is not proposed (another report person, or two called persons fit as well). */
  conflict: string | null;
}

/** From this confidence a candidate is proposed (the secretary confirms). */
export const PROPOSE_FROM = 0.7;
/** From this confidence a match is applied without a look (`anteckna teams --apply`). */
export const CONFIDENT_FROM = 0.85;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w) => b.includes(w));
}

function within(small: readonly string[], large: readonly string[]): boolean {
  return small.length >= 2 && small.length < large.length && small.every((w) => large.includes(w));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every full word in the other name, and each initial the first letter of a word not yet used. */
function initialsFit(withInitials: readonly string[], full: readonly string[]): string | null {
  const initials = withInitials.filter((w) => w.length === 1);
  const words = withInitials.filter((w) => w.length > 1);
  if (initials.length === 0 || words.length === 0 || !words.every((w) => full.includes(w))) return null;
  const rest = full.filter((w) => !words.includes(w));
  if (rest.length !== initials.length) return null;
  return initials.every((i) => rest.some((w) => w.startsWith(i))) ? initials.map((i) => i.toUpperCase()).join(', ') : null;
}

function emailWords(email: string): string[] {
  const local = email.split('@')[0] ?? '';
  return local.includes('.') || local.includes('_') ? nameWords(local, hardFold) : [];
}

/** How sure it is that the report's person is the called person, and why; null when not even close. */
export function scoreName(reportName: string, email: string, calledName: string): TeamsCandidate | null {
  const soft = nameWords(reportName, softFold);
  const calledSoft = nameWords(calledName, softFold);
  const hard = nameWords(reportName, hardFold);
  const calledHard = nameWords(calledName, hardFold);
  const found = (confidence: number, reason: string) => ({ personId: 0, confidence, reason });
  if (calledHard.length === 0 || hard.length === 0) return null;
  if (sameSet(soft, calledSoft)) {
    const inOrder = soft.join(' ') === calledSoft.join(' ');
    return found(1, inOrder ? 'Samma namn.' : 'Samma namn, efternamnet först.');
  }
  if (sameSet(hard, calledHard)) return found(0.95, 'Samma namn bortsett från accenter eller å, ä, ö.');
  if (hard.join('') === calledHard.join('') || [...hard].reverse().join('') === calledHard.join('')) {
    return found(0.9, 'Samma namn, skrivet med eller utan bindestreck.');
  }
  const mail = emailWords(email);
  if (mail.length >= 2 && sameSet(mail, calledHard)) return found(0.9, 'E-postadressen har samma namn.');
  if (within(calledHard, hard)) return found(0.85, 'Förnamn och efternamn stämmer; rapporten har ett namn till.');
  if (within(hard, calledHard)) return found(0.85, 'Förnamn och efternamn stämmer; kallelsen har ett namn till.');
  const initials = initialsFit(hard, calledHard) ?? initialsFit(calledHard, hard);
  if (initials !== null) return found(0.7, `Efternamnet stämmer och initialen ${initials}.`);
  if (hard.length === calledHard.length && hard.length >= 2) {
    const close = hard.filter((w) => calledHard.some((c) => editDistanceAtMostOne(w, c) && (w.length >= 4 || w === c)));
    const exact = hard.filter((w) => calledHard.includes(w));
    if (close.length === hard.length && exact.length >= 1) return found(0.75, 'Nästan samma namn (stavfel?).');
  }
  const shared = hard.filter((w) => w.length > 1 && calledHard.includes(w));
  if (shared.length >= 1) return found(0.3, 'Bara ett av namnen stämmer.');
  return null;
}

function called(list: readonly MatchableCalled[], id: number): string {
  return list.find((c) => c.id === id)?.name ?? '';
}

export function matchTeamsParticipants(participants: readonly TeamsParticipant[], calledList: readonly MatchableCalled[]): TeamsMatch[] {
  const candidates = calledList.filter((c) => !c.vacant && c.name.trim() !== '');
  const matches: TeamsMatch[] = participants.map((participant, index) => {
    const clean = cleanTeamsName(participant.name);
    const scored = candidates
      .map((c) => {
        const score = scoreName(clean.name, participant.email, c.name);
        return score === null ? null : { ...score, personId: c.id };
      })
      .filter((s): s is TeamsCandidate => s !== null)
      .sort((a, b) => b.confidence - a.confidence);
    const best = scored[0] ?? null;
    const tie = best !== null && scored[1] !== undefined && scored[1].confidence === best.confidence;
    const proposed = best !== null && best.confidence >= PROPOSE_FROM && !tie;
    const conflict =
      tie && best.confidence >= PROPOSE_FROM
        ? `Passar lika bra på ${called(calledList, best.personId)} och ${called(calledList, scored[1]!.personId)}. Välj själv.`
        : null;
    return { index, name: clean.name, organisation: clean.organisation, candidate: best, personId: proposed ? best.personId : null, conflict };
  });
  resolveConflicts(matches, participants, calledList);
  return matches;
}

/** Two report persons proposed for one called person: the surer one keeps it, on a tie neither does. */
function resolveConflicts(matches: TeamsMatch[], participants: readonly TeamsParticipant[], calledList: readonly MatchableCalled[]): void {
  // As written in the report: the cleaned names of two devices of one person may read the same.
  const written = (m: TeamsMatch) => participants[m.index]?.name ?? m.name;
  const byPerson = new Map<number, TeamsMatch[]>();
  for (const m of matches) {
    if (m.personId === null) continue;
    byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  }
  for (const [personId, group] of byPerson) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => b.candidate!.confidence - a.candidate!.confidence);
    const keeper = sorted[0]!.candidate!.confidence > sorted[1]!.candidate!.confidence ? sorted[0]! : null;
    const name = called(calledList, personId);
    const all = sorted.map(written);
    for (const m of sorted) {
      const others = sorted.filter((o) => o !== m).map(written);
      if (m === keeper) {
        m.conflict = `Även ${others.join(' och ')} i rapporten liknar ${name}.`;
        continue;
      }
      m.personId = null;
      m.conflict = keeper
        ? `${name} är redan föreslagen för ${written(keeper)}, som liknar mer. Välj själv om det är samma person.`
        : `${all.slice(0, -1).join(', ')} och ${all.at(-1)} i rapporten liknar ${name} lika mycket. Välj själv: samma person för flera räknas som en.`;
    }
  }
}
