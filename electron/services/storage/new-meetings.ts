import { UNMARKED_ATTENDANCE, type AgendaItem, type Body, type Meeting } from '../../../shared/model/domain';
import type { NewAgendaItem, NewCalledPerson, NewMeeting, NewTask } from '../../../shared/model/new-meeting';
import { agendaOfStandingItems, standingAgenda, standingItem } from '../../../shared/model/standing-agenda';
import type { Db } from './database';
import { getBody } from './bodies';
import { createMeeting, getMeeting } from './meetings';
import { prepared } from './sql';

/**
 * The two ways a new meeting starts: from the body (its roster and
 * defaults) or from an earlier meeting (same called list, standing items and
 * what is still to be done). Either way the meeting gets its own copy of who
 * was called, so later changes to the roster never reach it.
 */

/**
 * A new draft meeting of the body: the roster (vacant seats too) as the
 * called list in roster order, the header from the body's defaults and the
 * standing items. The date is `date` if given, else the body's next planned
 * date on or after `today`, else `today`. The open tasks of the body's latest
 * earlier meeting come along, so what is still to be done is never left behind
 * however the next meeting was started. Returns the new meeting's id.
 */
export function createMeetingFromBody(db: Db, bodyId: number, date: string | undefined, today: string): number {
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
    return createMeeting(db, bodyId, meeting);
  })();
}

/**
 * The next meeting after `previousId`: the same body, header and called list
 * (members and invitees, attendance unmarked; guests belonged to that
 * meeting's items), its standing items without notes or standpoints, and its
 * open tasks as tasks of the whole meeting. The date is `date` if given, else
 * the body's first planned date after the previous meeting, else `today`.
 * The diary number is left empty: it belongs to the earlier minutes.
 */
export function createMeetingFromPrevious(db: Db, previousId: number, date: string | undefined, today: string): number {
  return db.transaction(() => {
    const previous = getMeeting(db, previousId);
    const next = prepared<{ date: string | null }>(
      db,
      'SELECT min(date) AS date FROM planned_dates WHERE body_id = ? AND date > ?',
    ).get(previous.bodyId, previous.date);

    const calledPersons = previous.calledPersons
      .filter((p) => p.kind !== 'guest')
      .map(
        (p): NewCalledPerson => ({
          kind: p.kind,
          sideName: p.sideName,
          categoryName: p.categoryName,
          name: p.name,
          party: p.party,
          organisation: p.organisation,
          title: p.title,
          role: p.role,
          vacant: p.vacant,
          attendance: UNMARKED_ATTENDANCE,
        }),
      );

    const tasks = openTasksOf(previous);

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
      calledPersons,
      agenda: standingItemsOf(previous) ?? standingAgenda({ summaryOfStandpoints: summaryOf(db, previous.bodyId) }),
      tasks,
    };
    return createMeeting(db, previous.bodyId, meeting);
  })();
}

/** A meeting's open tasks as tasks of the whole next meeting (its items are not carried over). */
function openTasksOf(meeting: Meeting): NewTask[] {
  return meeting.tasks
    .filter((t) => !t.done)
    .map((t): NewTask => ({ what: t.what, owner: t.owner, deadline: t.deadline, done: false }));
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

/** The standing items of a meeting and their standing sub-items: titles only. Null if it has none. */
function standingItemsOf(meeting: Meeting): NewAgendaItem[] | null {
  const top = meeting.agenda.filter((i) => i.parentId === null && i.standing).sort(byPosition);
  if (top.length === 0) return null;
  return top.map((item) =>
    standingItem(
      item.title,
      meeting.agenda
        .filter((child) => child.parentId === item.id && child.standing)
        .sort(byPosition)
        .map((child) => child.title),
    ),
  );
}

function byPosition(a: AgendaItem, b: AgendaItem): number {
  return a.position - b.position || a.id - b.id;
}

function summaryOf(db: Db, bodyId: number): boolean {
  const row = prepared<{ summary: 0 | 1 }>(db, 'SELECT summary_of_standpoints AS summary FROM bodies WHERE id = ?').get(bodyId);
  return row?.summary === 1;
}
