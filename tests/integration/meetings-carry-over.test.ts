import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import type { RequestOf } from '../../shared/ipc/contract';
import type { Body, BodyStandingItem } from '../../shared/model/body';
import type { Meeting } from '../../shared/model/meeting';
import type { TestApp } from './app-support';
import { openApp, printedAgenda, refusedAt } from './app-support';

/** "Nytt möte utifrån detta" with the secretary's choices: standing items, open tasks, called list. */

function calledNames(meeting: Meeting): string[] {
  return meeting.calledPersons.map((p) => `${p.kind}: ${p.vacant ? 'Vakant' : p.name}`);
}

function rosterNames(body: Body): string[] {
  return body.sides.flatMap((s) => s.categories.flatMap((c) => c.members.map((m) => `member: ${m.vacant ? 'Vakant' : m.name}`)));
}

/** LGS-N's held meeting (invitees, a guest, open and done tasks) and its body. */
async function held(app: TestApp): Promise<{ previous: Meeting; body: Body }> {
  const seeded = seedDemo(app.db, new Date());
  const summary = seeded.meetings.find((m) => m.bodyShortName === 'LGS-N')!;
  const previous = await app.ok('meetings:get', { id: summary.id });
  return { previous, body: await app.ok('bodies:get', { id: previous.bodyId }) };
}

const before = (title: string, children: string[] = []): BodyStandingItem => ({ title, children, placement: 'beforeSubjects' });
const after = (title: string, children: string[] = []): BodyStandingItem => ({ title, children, placement: 'afterSubjects' });

async function next(app: TestApp, request: RequestOf<'meetings:createFromPrevious'>): Promise<Meeting> {
  const { id } = await app.ok('meetings:createFromPrevious', request);
  return app.ok('meetings:get', { id });
}

describe('meetings:createFromPrevious takes the standing items from the body', () => {
  it("starts with the body's list, its names and added items, not the previous meeting's standing items", async () => {
    const app = openApp();
    const { previous, body } = await held(app);
    expect(printedAgenda(previous.agenda)).toContain('3 Föregående minnesanteckningar');
    await app.ok('bodies:setStandingItems', {
      id: body.id,
      items: [before('Mötet öppnas', ['närvaro/presentation']), before('Föregående mötesanteckning'), after('Övriga frågor'), after('Avslut')],
    });

    const meeting = await next(app, { meetingId: previous.id, date: '2027-01-28' });
    expect(printedAgenda(meeting.agenda)).toEqual([
      '1 Mötet öppnas',
      'a) närvaro/presentation',
      '2 Föregående mötesanteckning',
      '3 Övriga frågor',
      '4 Avslut',
    ]);
    expect(meeting.agenda.every((i) => i.standing && i.notes === null && i.standpoint === '')).toBe(true);
  });

  it('brings only the chosen standing items, in the order of the body, whatever order they were chosen in', async () => {
    const app = openApp();
    const { previous, body } = await held(app);
    await app.ok('bodies:setStandingItems', {
      id: body.id,
      items: [before('Mötets öppnande', ['närvaro']), before('Godkännande av dagens agenda'), after('Övriga frågor'), after('Avslut')],
    });
    const meeting = await next(app, {
      meetingId: previous.id,
      carryOver: { standingTitles: ['avslut', 'Mötets öppnande'], taskIds: [], called: 'previous' },
    });
    expect(printedAgenda(meeting.agenda)).toEqual(['1 Mötets öppnande', 'a) närvaro', '2 Avslut']);

    const none = await next(app, { meetingId: previous.id, carryOver: { standingTitles: [], taskIds: [], called: 'previous' } });
    expect(none.agenda).toEqual([]);
  });
});

describe('meetings:createFromPrevious brings the chosen open tasks and called list', () => {
  it('brings only the open tasks that were chosen, as tasks of the whole meeting', async () => {
    const app = openApp();
    const { previous } = await held(app);
    const open = previous.tasks.filter((t) => !t.done);
    expect(open.length).toBeGreaterThanOrEqual(3);
    const chosen = [open[2]!, open[0]!];

    const meeting = await next(app, {
      meetingId: previous.id,
      carryOver: { standingTitles: [], taskIds: chosen.map((t) => t.id), called: 'previous' },
    });
    expect(meeting.tasks.map((t) => [t.what, t.owner, t.deadline, t.done, t.itemId])).toEqual(
      [open[0]!, open[2]!].map((t) => [t.what, t.owner, t.deadline, false, null]),
    );
  });

  it("calls the previous meeting's members and invitees, or the body's roster as it is now, as chosen", async () => {
    const app = openApp();
    const { previous, body } = await held(app);
    const invitees = previous.calledPersons.filter((p) => p.kind === 'invitee');
    expect(invitees.length).toBeGreaterThan(0);
    const carryOver = { standingTitles: [], taskIds: [] };

    const same = await next(app, { meetingId: previous.id, carryOver: { ...carryOver, called: 'previous' } });
    expect(calledNames(same)).toEqual(calledNames({ ...previous, calledPersons: previous.calledPersons.filter((p) => p.kind !== 'guest') }));

    const roster = await next(app, { meetingId: previous.id, carryOver: { ...carryOver, called: 'roster' } });
    expect(calledNames(roster)).toEqual(rosterNames(body));
    expect(roster.calledPersons.some((p) => p.kind === 'invitee')).toBe(false);
    expect(roster.calledPersons.every((p) => p.attendance.status === 'unmarked')).toBe(true);
    const [first] = body.sides[0]!.categories[0]!.members;
    expect(roster.calledPersons[0]).toMatchObject({ name: first!.name, title: first!.title, organisation: first!.organisation, role: first!.role });
  });

  it('refuses a standing item the body no longer has, and a task that is done or not of that meeting, creating nothing', async () => {
    const app = openApp();
    const { previous } = await held(app);
    const before = await app.ok('meetings:list', {});
    const done = previous.tasks.find((t) => t.done)!;

    const gone = await app.fails('meetings:createFromPrevious', {
      meetingId: previous.id,
      carryOver: { standingTitles: ['Mötets öppnande', 'Avslut'], taskIds: [], called: 'previous' },
    });
    expect(gone).toEqual(refusedAt('carryOver.standingTitles.1', 'Den stående punkten ”Avslut” finns inte längre hos organet. Stäng och välj igen.'));

    const closed = await app.fails('meetings:createFromPrevious', {
      meetingId: previous.id,
      carryOver: { standingTitles: [], taskIds: [done.id], called: 'previous' },
    });
    expect(closed).toEqual(
      refusedAt('carryOver.taskIds.0', 'Ett av de valda uppdragen är inte längre öppet i mötet du utgår från. Stäng och välj igen.'),
    );
    const foreign = await app.fails('meetings:createFromPrevious', {
      meetingId: previous.id,
      carryOver: { standingTitles: [], taskIds: [999_999], called: 'previous' },
    });
    expect(foreign.field).toBe('carryOver.taskIds.0');

    expect(await app.ok('meetings:list', {})).toEqual(before);
  });
});
