import type { CalledPerson } from '../../shared/model/domain';
import type { TeamsReport, TeamsMatchProposal } from '../../shared/import/teams/schema';
import type { TeamsApplyInput } from '../../shared/import/teams/plan';
import { clockOfStamp } from '../../shared/import/teams/stamps';
import { count, joinSwedish } from '../app/text';

/** What the secretary chose for one person of the report in the Teams dialog. */
export interface TeamsChoice {
  /** The called person; null: "Ingen". */
  personId: number | null;
  /** Add as a guest on the link (only with "Ingen"). */
  guest: boolean;
  /** The guest's name as the minutes will print it. */
  guestName: string;
}

export function initialChoices(matches: readonly TeamsMatchProposal[]): TeamsChoice[] {
  return matches.map((m) => ({ personId: m.personId, guest: false, guestName: m.name }));
}

/** "Anslöt 12.58, lämnade 15.01." */
export function joinedText(participant: TeamsReport['participants'][number]): string {
  const parts = [
    participant.firstJoin ? `Anslöt ${clockOfStamp(participant.firstJoin)}` : '',
    participant.lastLeave ? `lämnade ${clockOfStamp(participant.lastLeave)}` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : `${parts.join(', ')}.`;
}

/** "Med på länk hela mötet", "Med på länk från 13.25", "… till 14.20". */
export function linkText(match: Pick<TeamsMatchProposal, 'arrivedAt' | 'leftAt'>): string {
  if (match.arrivedAt === null && match.leftAt === null) return 'Med på länk hela mötet.';
  const from = match.arrivedAt ? ` från ${match.arrivedAt}` : '';
  const until = match.leftAt ? ` till ${match.leftAt}` : '';
  return `Med på länk${from}${until}.`;
}

/** Other report persons given the same called person: they count as one (first join, last leave), never silently. */
export function sharedWith(choices: readonly TeamsChoice[], matches: readonly TeamsMatchProposal[], index: number): string[] {
  const personId = choices[index]?.personId ?? null;
  if (personId === null) return [];
  return choices.flatMap((c, i) => (i !== index && c.personId === personId ? [matches[i]!.name] : []));
}

export function guestNameError(choice: TeamsChoice): string | null {
  return choice.personId === null && choice.guest && choice.guestName.trim() === '' ? 'Skriv gästens namn.' : null;
}

export function applyInput(meetingId: number, report: TeamsReport, matches: readonly TeamsMatchProposal[], choices: readonly TeamsChoice[]): TeamsApplyInput {
  const joined = (i: number) => ({ firstJoin: report.participants[matches[i]!.index]!.firstJoin, lastLeave: report.participants[matches[i]!.index]!.lastLeave });
  return {
    meetingId,
    reportStart: report.meetingStart,
    reportEnd: report.meetingEnd,
    matches: choices.flatMap((c, i) => (c.personId === null ? [] : [{ personId: c.personId, ...joined(i) }])),
    guests: choices.flatMap((c, i) =>
      c.personId === null && c.guest ? [{ name: c.guestName.trim(), organisation: matches[i]!.organisation, ...joined(i) }] : [],
    ),
  };
}

/** What the board says after "Markera med på länk": the one result the secretary waits for. */
export function appliedText(applied: {
  marked: readonly CalledPerson[];
  added: readonly CalledPerson[];
  keptInRoom: readonly CalledPerson[];
  unchanged: readonly CalledPerson[];
}): string {
  const changed = applied.marked.length + applied.added.length;
  const sentences: string[] = [];
  if (changed === 0) sentences.push('Ingenting ändrades av rapporten från Teams.');
  else {
    const guests = applied.added.length > 0 ? `, varav ${count(applied.added.length, 'ny gäst', 'nya gäster')}` : '';
    sentences.push(`${count(changed, 'person', 'personer')} markerade som med på länk från Teams${guests}.`);
  }
  if (applied.keptInRoom.length > 0) {
    sentences.push(`${joinSwedish(applied.keptInRoom.map((p) => p.name))} var redan närvarande i rummet och ändrades inte.`);
  }
  if (applied.unchanged.length > 0) {
    sentences.push(`${joinSwedish(applied.unchanged.map((p) => p.name))} var redan markerade med på länk.`);
  }
  if (changed > 0) sentences.push('Ctrl+Z ångrar.');
  return sentences.join(' ');
}

export function calledLabel(person: CalledPerson): string {
  return person.organisation ? `${person.name}, ${person.organisation}` : person.name;
}
