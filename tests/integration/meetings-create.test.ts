import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { createMeeting } from '../../electron/services/storage/meetings';
import { inPrintedOrder, standingAgenda } from '../../shared/model/standing-agenda';
import type { Body } from '../../shared/model/body';
import type { Meeting } from '../../shared/model/meeting';
import { bold, notes, paragraph } from '../../shared/notes/build';
import { person } from '../../electron/services/demo/helpers';
import { NEW_MEETING_AGENDA, bodyWithRoster, openApp, printedAgenda, type TestApp } from './app-support';

/** A new meeting's agenda made of nothing but the body's standing items, as printed. */
function printedStanding(body: Body): string[] {
  return inPrintedOrder(body.standingItems).flatMap((item, i) => [
    `${i + 1} ${item.title}`,
    ...item.children.map((child, c) => `${String.fromCharCode(97 + c)}) ${child}`),
  ]);
}

function calledList(meeting: Meeting): string[] {
  return meeting.calledPersons.map((p) => `${p.kind}: ${p.sideName}/${p.categoryName}/${p.vacant ? 'Vakant' : p.name}`);
}

async function createFromBody(app: TestApp, bodyId: number, date?: string): Promise<Meeting> {
  const { id } = await app.ok('meetings:createFromBody', date === undefined ? { bodyId } : { bodyId, date });
  return app.ok('meetings:get', { id });
}

/** A held demo meeting of the body: invitees, a guest, notes, standpoints, open and done tasks. */
async function demoMeeting(app: TestApp, shortName: string): Promise<Meeting> {
  const seeded = seedDemo(app.db, new Date());
  const summary = seeded.meetings.find((m) => m.bodyShortName === shortName && m.status !== 'draft');
  return app.ok('meetings:get', { id: summary!.id });
}

describe('meetings:createFromBody', () => {
  it("calls the body's roster in roster order, vacant seats too, everyone unmarked", async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const meeting = await createFromBody(app, bodyId, '2026-12-03');
    expect(calledList(meeting)).toEqual([
      'member: Region/Regionpolitiker/Tilda Ås',
      'member: Region/Regionpolitiker/Karl Öst',
      'member: Region/Kommunikation/Vakant',
      'member: Kommun/Tjänstepersoner/Ove Ek',
      'member: Kommun/Tjänstepersoner/Eva Berg',
    ]);
    expect(meeting.calledPersons[0]).toMatchObject({ party: '(C)', title: 'ordförande HSN', role: 'ordforande', itemId: null });
    expect(meeting.calledPersons.every((p) => p.attendance.status === 'unmarked')).toBe(true);
    expect(meeting.calledPersons.map((p) => p.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it("fills the header from the body's defaults and starts as a draft with the standing items", async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const meeting = await createFromBody(app, bodyId, '2026-12-03');
    expect(meeting).toMatchObject({
      bodyId,
      title: 'Minnesanteckningar SGS',
      subtitle: 'Styrgrupp för samverkan i Strandby',
      date: '2026-12-03',
      startTime: '13.00',
      endTime: '15.00',
      meetingForm: 'Hybrid, Teams och Rådhuset',
      place: 'Rådhuset, Strandby',
      calledText: 'Se lista.',
      diaryNumber: '',
      status: 'draft',
      openedAt: null,
      secretaryName: 'Eva Berg',
      tasks: [],
    });
    expect(printedAgenda(meeting.agenda)).toEqual(NEW_MEETING_AGENDA);
    expect(meeting.agenda.every((i) => i.standing && i.standpoint === '' && i.notes === null)).toBe(true);
    expect((await app.ok('meetings:list', { bodyId })).map((m) => m.id)).toEqual([meeting.id]);
  });

  it('uses "Mötesanteckning <kortnamn>" when the body has no document title, and ends with the summary when the body wants one', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app, { documentTitle: '', summaryOfStandpoints: true });
    const meeting = await createFromBody(app, bodyId, '2026-12-03');
    expect(meeting.title).toBe('Mötesanteckning SGS');
    expect(printedAgenda(meeting.agenda).slice(-2)).toEqual(['4 Övriga frågor', '5 Sammanfattning']);
    expect(meeting.agenda.at(-1)?.standing).toBe(true);
  });

  it("takes the body's next planned date from today on, or today when none is planned", async () => {
    const app = openApp(new Date(2026, 10, 12, 9, 15));
    const bodyId = await bodyWithRoster(app, {}, ['2026-10-15', '2026-11-12', '2027-01-21']);
    expect((await createFromBody(app, bodyId)).date).toBe('2026-11-12');
    app.now.value = new Date(2026, 10, 13, 8, 0);
    expect((await createFromBody(app, bodyId)).date).toBe('2027-01-21');
    app.now.value = new Date(2027, 5, 1, 8, 0);
    expect((await createFromBody(app, bodyId)).date).toBe('2027-06-01');
    expect((await createFromBody(app, bodyId, '2027-02-02')).date).toBe('2027-02-02');
  });

  it('keeps its own called list when the roster changes later', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const meeting = await createFromBody(app, bodyId, '2026-12-03');

    const body = await app.ok('bodies:get', { id: bodyId });
    const [region, kommun] = body.sides;
    await app.ok('roster:save', {
      bodyId,
      sides: [
        {
          id: region!.id,
          name: 'Region Strandby',
          categories: [
            {
              id: region!.categories[0]!.id,
              name: 'Regionpolitiker',
              members: [{ ...region!.categories[0]!.members[0]!, name: 'Tilda Åström', party: '(S)' }, person('Ny Ledamot')],
            },
          ],
        },
        { id: kommun!.id, name: 'Kommun', categories: [] },
      ],
    });

    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
    const next = await createFromBody(app, bodyId, '2027-01-21');
    expect(calledList(next)).toEqual(['member: Region Strandby/Regionpolitiker/Tilda Åström', 'member: Region Strandby/Regionpolitiker/Ny Ledamot']);
  });

  it("brings along the open tasks of the body's latest earlier meeting, not the done ones", async () => {
    const app = openApp();
    const previous = await demoMeeting(app, 'LGS-N');
    const open = previous.tasks.filter((t) => !t.done);
    expect(open.length).toBeGreaterThan(0);
    expect(previous.tasks.some((t) => t.done)).toBe(true);

    const { id } = await app.ok('meetings:createFromBody', { bodyId: previous.bodyId, date: '2027-01-28' });
    const next = await app.ok('meetings:get', { id });
    expect(next.tasks.map((t) => [t.what, t.owner, t.deadline, t.done, t.itemId])).toEqual(
      open.map((t) => [t.what, t.owner, t.deadline, false, null]),
    );

    // A meeting dated before every earlier one has nothing to bring along.
    const first = await app.ok('meetings:createFromBody', { bodyId: previous.bodyId, date: '2026-01-15' });
    expect((await app.ok('meetings:get', { id: first.id })).tasks).toEqual([]);
  });

  it('refuses an unknown body and a date that does not exist, creating nothing', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    expect(await app.fails('meetings:createFromBody', { bodyId: bodyId + 1 })).toEqual({ code: 'not_found', message: 'Organet finns inte.' });
    const impossible = await app.fails('meetings:createFromBody', { bodyId, date: '2026-02-30' });
    expect(impossible).toMatchObject({ code: 'validation', field: 'date' });
    expect(impossible.message).toContain('Datumet finns inte i kalendern.');
    expect(await app.ok('meetings:list', {})).toEqual([]);
  });
});

describe('meetings:createFromPrevious', () => {
  it('calls the same members and invitees in the same order, all unmarked again, without the guests', async () => {
    const app = openApp();
    const previous = await demoMeeting(app, 'LGS-N');
    expect(previous.calledPersons.some((p) => p.kind === 'guest')).toBe(true);
    expect(previous.calledPersons.some((p) => p.attendance.status !== 'unmarked')).toBe(true);

    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: previous.id });
    const next = await app.ok('meetings:get', { id });
    expect(calledList(next)).toEqual(calledList({ ...previous, calledPersons: previous.calledPersons.filter((p) => p.kind !== 'guest') }));
    expect(next.calledPersons.filter((p) => p.kind === 'invitee').map((p) => [p.name, p.title])).toEqual(
      previous.calledPersons.filter((p) => p.kind === 'invitee').map((p) => [p.name, p.title]),
    );
    expect(next.calledPersons.every((p) => p.attendance.status === 'unmarked' && p.attendance.substituteName === '')).toBe(true);
    expect(next.calledPersons.every((p) => p.itemId === null)).toBe(true);
  });

  it("copies the header with the body's next planned date, as a draft that has not been opened", async () => {
    const app = openApp();
    const previous = await demoMeeting(app, 'LGS-N');
    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: previous.id });
    const next = await app.ok('meetings:get', { id });
    expect(previous).toMatchObject({ date: '2026-11-12', status: 'review', openedAt: '09.02' });
    expect(next).toMatchObject({
      bodyId: previous.bodyId,
      title: previous.title,
      subtitle: previous.subtitle,
      startTime: previous.startTime,
      endTime: previous.endTime,
      meetingForm: previous.meetingForm,
      place: previous.place,
      calledText: previous.calledText,
      secretaryName: previous.secretaryName,
      date: '2027-01-28',
      status: 'draft',
      openedAt: null,
    });
    const given = await app.ok('meetings:createFromPrevious', { meetingId: previous.id, date: '2027-02-11' });
    expect((await app.ok('meetings:get', { id: given.id })).date).toBe('2027-02-11');
  });

  it("starts with the body's standing items without notes or standpoints, and the open tasks but not the done ones", async () => {
    const app = openApp();
    const previous = await demoMeeting(app, 'LGS-N');
    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: previous.id });
    const next = await app.ok('meetings:get', { id });

    const body = await app.ok('bodies:get', { id: previous.bodyId });
    expect(printedAgenda(next.agenda)).toEqual(printedStanding(body));
    expect(printedAgenda(next.agenda).at(-1)).toMatch(/^5 Sammanfattning/);
    expect(next.agenda.every((i) => i.standing && i.notes === null && i.standpoint === '' && i.links.length === 0)).toBe(true);

    const open = previous.tasks.filter((t) => !t.done);
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(previous.tasks.some((t) => t.done)).toBe(true);
    expect(next.tasks.map((t) => [t.what, t.owner, t.deadline, t.done, t.itemId])).toEqual(
      open.map((t) => [t.what, t.owner, t.deadline, false, null]),
    );
    expect(next.tasks.map((t) => t.what)).not.toContain('Skicka förslag på namn till arbetet med primärvårdens förmåga vid höjd beredskap');
  });

  it('can start from an approved meeting, which itself stays as it was', async () => {
    const app = openApp();
    const approved = await demoMeeting(app, 'PSN');
    expect(approved.status).toBe('approved');
    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: approved.id, date: '2027-04-22' });
    const next = await app.ok('meetings:get', { id });
    expect(next.status).toBe('draft');
    expect(next.diaryNumber).toBe('');
    expect(printedAgenda(next.agenda)).toEqual(printedStanding(await app.ok('bodies:get', { id: approved.bodyId })));
    expect(await app.ok('meetings:get', { id: approved.id })).toEqual(approved);
  });

  it('keeps only the standing items and their standing sub-items; subject items and added sub-items stay behind', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const template = await createFromBody(app, bodyId, '2026-12-03');
    const standing = standingAgenda({ summaryOfStandpoints: false });
    const plain = { topics: [], kind: 'other' as const, minutes: null, attachment: false, links: [], presenters: [], standpoint: '', notes: null };
    // A held meeting: a subject item between the standing ones, a question added under "Övriga frågor".
    const heldId = createMeeting(app.db, bodyId, {
      ...template,
      calledPersons: [],
      agenda: [
        ...standing.slice(0, 3),
        { ...plain, title: 'Hemsjukvård i samverkan', kind: 'information', minutes: 20, standpoint: 'SGS noterar informationen.' },
        { ...standing[3]!, standpoint: 'Inga övriga frågor.', children: [{ ...plain, title: 'Lokalfrågan' }] },
      ],
    }, undefined, new Date().toISOString());
    const held = await app.ok('meetings:get', { id: heldId });
    const opening = held.agenda.find((i) => i.title === 'Mötets öppnande')!;
    await app.ok('notes:save', { meetingId: heldId, itemId: opening.id, notes: notes(paragraph(bold('Tilda Ås'), ' hälsar välkommen.')) });

    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: heldId });
    const next = await app.ok('meetings:get', { id });
    expect(printedAgenda(held.agenda).slice(-3)).toEqual(['4 Hemsjukvård i samverkan', '5 Övriga frågor', 'a) Lokalfrågan']);
    expect(printedAgenda(next.agenda)).toEqual(printedAgenda(template.agenda));
    expect(next.agenda.every((i) => i.notes === null && i.standpoint === '')).toBe(true);
    // No planned date after the held meeting: today.
    expect(next.date).toBe('2026-11-12');
  });

  it('copies an invitee added during the meeting', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const first = await createFromBody(app, bodyId, '2026-12-03');
    await app.ok('called:add', { meetingId: first.id, kind: 'invitee', itemId: null, name: 'Pia Lund', title: 'processledare', organisation: 'Region Strandby' });
    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: first.id });
    const next = await app.ok('meetings:get', { id });
    expect(next.calledPersons).toHaveLength(6);
    expect(next.calledPersons.at(-1)).toMatchObject({ kind: 'invitee', name: 'Pia Lund', title: 'processledare', organisation: 'Region Strandby' });
  });

  it('refuses an unknown meeting', async () => {
    const app = openApp();
    expect(await app.fails('meetings:createFromPrevious', { meetingId: 4711 })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
  });
});
