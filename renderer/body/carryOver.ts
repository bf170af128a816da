import type { Body, BodyStandingItem, Meeting, Task } from '../../shared/model/domain';
import { findStandingItem, inPrintedOrder } from '../../shared/model/standing-agenda';
import { isTaskOpen } from '../../shared/model/task-list';

/**
 * What "Nytt möte utifrån detta" offers to bring from an earlier meeting,
 * worked out from the meeting and its body as the dialog shows them. The
 * host applies the choice (electron/services/storage/new-meetings.ts).
 */

/** The body's first planned date after the earlier meeting, or today when none is planned. */
export function suggestedDate(body: Pick<Body, 'plannedDates'>, previous: Pick<Meeting, 'date'>, today: string): string {
  return body.plannedDates.map((p) => p.date).filter((d) => d > previous.date).sort()[0] ?? today;
}

/** The body's standing items in the order a new meeting prints them. */
export function offeredStandingItems(body: Body): BodyStandingItem[] {
  return inPrintedOrder(body.standingItems);
}

/** Standing items of the earlier meeting that are not on the body's list, and so do not come along. */
export function leftBehind(previous: Meeting, body: Body): string[] {
  return previous.agenda
    .filter((i) => i.parentId === null && i.standing && i.title.trim() !== '' && !findStandingItem(body.standingItems, i.title))
    .sort((a, b) => a.position - b.position)
    .map((i) => i.title.trim());
}

/** The tasks still open (not those marked done from the list of tasks): what the next meeting follows up. */
export function openTasks(previous: Meeting): Task[] {
  return previous.tasks.filter(isTaskOpen);
}

export interface CalledChoice {
  /** Members and invitees of the earlier meeting (guests belonged to its items). */
  previousCount: number;
  previousInvitees: number;
  /** Named seats (vacant ones are called too, but are nobody). */
  rosterCount: number;
  /** On the roster now but not called to the earlier meeting. */
  joined: string[];
  /** Called to the earlier meeting as members but no longer on the roster. */
  gone: string[];
}

export function calledChoice(previous: Meeting, body: Body): CalledChoice {
  const called = previous.calledPersons.filter((p) => p.kind !== 'guest');
  const members = new Set(called.filter((p) => p.kind === 'member' && !p.vacant).map((p) => p.name.trim()));
  const roster = body.sides.flatMap((s) => s.categories.flatMap((c) => c.members.filter((m) => !m.vacant).map((m) => m.name.trim())));
  const onRoster = new Set(roster);
  return {
    previousCount: called.filter((p) => !p.vacant).length,
    previousInvitees: called.filter((p) => p.kind === 'invitee').length,
    rosterCount: roster.length,
    joined: roster.filter((name) => !members.has(name)),
    gone: [...members].filter((name) => !onRoster.has(name)),
  };
}
