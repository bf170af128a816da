import type { Body, BodyStandingItem } from '../../../shared/model/body';
import { UNMARKED_ATTENDANCE } from '../../../shared/model/called-person';
import type { Task } from '../../../shared/model/agenda-item';
import type { Meeting } from '../../../shared/model/meeting';
import { asNewCalledPerson, type CarryOver, type NewCalledPerson, type NewMeeting } from '../../../shared/model/new-meeting';
import { isTaskOpen } from '../../../shared/model/task-list';
import { agendaOfStandingItems, findStandingItem } from '../../../shared/model/standing-agenda';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { getBody } from './bodies';
import { createMeeting, getMeeting } from './meetings';
import { prepared } from './sql';

/**
 * The two ways a new meeting starts: from the body (its roster and
 * defaults) or from an earlier meeting (same called list and what is still
 * to be done). Either way the standing items are the body's, and the
 * meeting gets its own copy of who was called, so later changes to the
 * roster never reach it.
 */

/** The secretary's calendar day (for the next planned date) and the moment the meeting is made. */
export interface Today {
  today: string;
  at: string;
}

/**
 * A new draft meeting of the body: the roster (vacant seats too) as the
 * called list in roster order, the header from the body's defaults and the
 * standing items. The date is `date` if given, else the body's next planned
 * date on or after `today`, else `today`. The open tasks of the body's latest
 * earlier meeting come along, so what is still to be done is never left behind
 * however the next meeting was started. Returns the new meeting's id.
 */
export function createMeetingFromBody(db: Db, bodyId: number, date: string | undefined, { today, at }: Today): number {
  return db.transaction(() => {
    const body = getBody(db, bodyId);
    const next = prepared<{ date: string | null }>(
      db,
      'SELECT min(date) AS date FROM planned_dates WHERE body_id = ? AND date >= ?',
    ).get(bodyId, today);
    const meetingDate = date ?? next?.date ?? today;
    const earlier = prepared<{ id: number }>(
      db,
      'SELECT id FROM meetings WHERE body_id = ? AND date < ? ORDER BY date DESC, id DESC LIMIT 1',
    ).get(bodyId, meetingDate);
    const meeting: NewMeeting = {
      title: body.documentTitle.trim() || `Mötesanteckning ${body.shortName}`,
      subtitle: body.name,
      date: meetingDate,
      startTime: body.defaultStartTime,
      endTime: body.defaultEndTime,
      meetingForm: body.defaultMeetingForm,
      place: body.defaultPlace,
      calledText: 'Se lista.',
      diaryNumber: '',
      status: 'draft',
      openedAt: null,
      closedAt: null,
      secretaryName: secretaryOf(body),
      calledPersons: calledFromRoster(body),
      agenda: agendaOfStandingItems(body.standingItems),
      tasks: earlier ? openTasksOf(getMeeting(db, earlier.id)) : [],
    };
    return createMeeting(db, bodyId, meeting, undefined, at);
  })();
}

/**
 * The next meeting after `previousId`: the same body and header, the
 * body's standing items (the body's list decides, so an item renamed or added
 * there comes along and one only typed into a meeting does not), the earlier
 * meeting's open tasks as tasks of the whole meeting, and its called list
 * (members and invitees, attendance unmarked; guests belonged to that
 * meeting's items) or the body's roster as it is now. `carryOver` is what the
 * secretary chose of these; without it, everything. The date is `date` if
 * given, else the body's first planned date after the previous meeting, else
 * `today`. The diary number is left empty: it belongs to the earlier minutes.
 */
export function createMeetingFromPrevious(
  db: Db,
  previousId: number,
  date: string | undefined,
  { today, at }: Today,
  carryOver?: CarryOver,
): number {
  return db.transaction(() => {
    const previous = getMeeting(db, previousId);
    const body = getBody(db, previous.bodyId);
    const next = prepared<{ date: string | null }>(
      db,
      'SELECT min(date) AS date FROM planned_dates WHERE body_id = ? AND date > ?',
    ).get(previous.bodyId, previous.date);

    const meeting: NewMeeting = {
      title: previous.title,
      subtitle: previous.subtitle,
      date: date ?? next?.date ?? today,
      startTime: previous.startTime,
      endTime: previous.endTime,
      meetingForm: previous.meetingForm,
      place: previous.place,
      calledText: previous.calledText,
      diaryNumber: '',
      status: 'draft',
      openedAt: null,
      closedAt: null,
      secretaryName: previous.secretaryName,
      calledPersons: carryOver?.called === 'roster' ? calledFromRoster(body) : calledOf(previous),
      agenda: agendaOfStandingItems(chosenStandingItems(body, carryOver?.standingTitles)),
      tasks: chosenTasks(previous, carryOver?.taskIds),
    };
    return createMeeting(db, previous.bodyId, meeting, undefined, at);
  })();
}

/**
 * The body's standing items with these titles, in the body's order. A title
 * the body no longer has (its list changed after the choice was shown) is
 * refused, so the meeting never starts with something other than was chosen.
 */
function chosenStandingItems(body: Body, titles: readonly string[] | undefined): BodyStandingItem[] {
  if (titles === undefined) return body.standingItems;
  const chosen = new Set<BodyStandingItem>();
  titles.forEach((title, index) => {
    const item = findStandingItem(body.standingItems, title);
    if (!item) {
      throw new AppError(
        'validation',
        `Den stående punkten ”${title.trim()}” finns inte längre hos organet. Stäng och välj igen.`,
        `carryOver.standingTitles.${index}`,
      );
    }
    chosen.add(item);
  });
  return body.standingItems.filter((item) => chosen.has(item));
}

/** The earlier meeting's open tasks with these ids (all of them without a choice), in its order. */
function chosenTasks(previous: Meeting, ids: readonly number[] | undefined): CarriedTask[] {
  const open = previous.tasks.filter(isTaskOpen);
  if (ids === undefined) return open.map(carried);
  const wanted = new Set(ids);
  ids.forEach((id, index) => {
    if (!open.some((t) => t.id === id)) {
      throw new AppError(
        'validation',
        'Ett av de valda uppdragen är inte längre öppet i mötet du utgår från. Stäng och välj igen.',
        `carryOver.taskIds.${index}`,
      );
    }
  });
  return open.filter((t) => wanted.has(t.id)).map(carried);
}

/** The earlier meeting's members and invitees, unmarked again; guests belonged to its items. */
function calledOf(previous: Meeting): NewCalledPerson[] {
  return previous.calledPersons
    .filter((p) => p.kind !== 'guest')
    .map((p): NewCalledPerson => ({ ...asNewCalledPerson(p), attendance: UNMARKED_ATTENDANCE }));
}

/**
 * A meeting's open tasks (not those marked done from the list of tasks on
 * approved minutes) as tasks of the whole next meeting (its items are not
 * carried over).
 */
function openTasksOf(meeting: Meeting): CarriedTask[] {
  return meeting.tasks.filter(isTaskOpen).map(carried);
}

type CarriedTask = NonNullable<NewMeeting['tasks']>[number];

/** The next meeting's copy of an open task, linked to it so the two read as one task followed up. */
function carried(task: Task): CarriedTask {
  return { what: task.what, owner: task.owner, deadline: task.deadline, done: false, carriedFromTaskId: task.id };
}

/** The roster as called persons, side by side and category by category, in roster order. */
function calledFromRoster(body: Body): NewCalledPerson[] {
  return body.sides.flatMap((side) =>
    side.categories.flatMap((category) =>
      category.members.map(
        (member): NewCalledPerson => ({
          kind: 'member',
          sideName: side.name,
          categoryName: category.name,
          name: member.name,
          party: member.party,
          organisation: member.organisation,
          title: member.title,
          role: member.role,
          vacant: member.vacant,
          email: member.email,
          attendance: UNMARKED_ATTENDANCE,
        }),
      ),
    ),
  );
}

/** "Vid anteckningarna": the roster's secretary, if it has one. */
function secretaryOf(body: Body): string {
  for (const side of body.sides) {
    for (const category of side.categories) {
      const found = category.members.find((m) => !m.vacant && m.role === 'sekreterare');
      if (found) return found.name;
    }
  }
  return '';
}
