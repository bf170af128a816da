import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/model/agenda-item';
import type { Meeting } from '../../shared/model/meeting';
import { summaryOfStandpoints } from '../../shared/model/summary';
import { NEW_MEETING_AGENDA, bodyWithRoster, openApp, printedAgenda, refusedAt, type TestApp } from './app-support';

/**
 * The agenda editor, the standpoint autosave and the task list, through the
 * handler table on a real database file.
 */

/** Positions among siblings are 0…n-1 with no gaps or repeats. */
function expectContiguous(agenda: readonly AgendaItem[]): void {
  const byParent = new Map<number | null, number[]>();
  for (const item of agenda) byParent.set(item.parentId, [...(byParent.get(item.parentId) ?? []), item.position]);
  for (const positions of byParent.values()) {
    expect([...positions].sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
  }
}

async function newMeeting(app: TestApp, summaryOfStandpoints = false): Promise<Meeting> {
  const bodyId = await bodyWithRoster(app, { summaryOfStandpoints });
  const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
  return app.ok('meetings:get', { id });
}

function itemTitled(meeting: Meeting, title: string): AgendaItem {
  const item = meeting.agenda.find((i) => i.title === title);
  if (!item) throw new Error(`no item ${title}`);
  return item;
}

describe('agenda:add', () => {
  it('puts a subject item after the item it follows, or first, and renumbers the rest', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const previous = itemTitled(meeting, 'Föregående mötesanteckning');

    const care = await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: previous.id, title: '  Hemsjukvård i samverkan ' });
    expect(care).toMatchObject({ title: 'Hemsjukvård i samverkan', parentId: null, standing: false, kind: 'other', standpoint: '', notes: null });
    await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: care.id, title: 'Mötesdatum för nästa år' });
    await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: null, title: 'Välkommen' });

    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(printedAgenda(after.agenda)).toEqual([
      '1 Välkommen',
      '2 Mötets öppnande',
      'a) närvaro/presentation',
      'b) övriga frågor anmäls',
      '3 Godkännande av dagens agenda',
      '4 Föregående mötesanteckning',
      '5 Hemsjukvård i samverkan',
      '6 Mötesdatum för nästa år',
      '7 Övriga frågor',
    ]);
    expectContiguous(after.agenda);
  });

  it('adds sub-items a), b) under a top-level item, but never a sub-item under a sub-item', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const previous = itemTitled(meeting, 'Föregående mötesanteckning');
    const care = await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: previous.id, title: 'Hemsjukvård' });
    const now = await app.ok('agenda:add', { meetingId: meeting.id, parentId: care.id, afterItemId: null, title: 'Nuläge' });
    await app.ok('agenda:add', { meetingId: meeting.id, parentId: care.id, afterItemId: now.id, title: 'Fortsatt arbete' });

    const tooDeep = await app.fails('agenda:add', { meetingId: meeting.id, parentId: now.id, afterItemId: null, title: 'För djupt' });
    expect(tooDeep).toEqual(refusedAt('parentId', 'En underpunkt kan inte ha egna underpunkter. Välj en punkt på huvudnivån.'));
    // The item to follow must be on the level the new item goes to.
    const wrongLevel = await app.fails('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: now.id, title: 'X' });
    expect(wrongLevel).toMatchObject({ code: 'validation', field: 'afterItemId' });

    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(printedAgenda(after.agenda).slice(4)).toEqual(['3 Föregående mötesanteckning', '4 Hemsjukvård', 'a) Nuläge', 'b) Fortsatt arbete', '5 Övriga frågor']);
  });

  it("refuses an item of another meeting as parent or predecessor, in Swedish, and adds nothing", async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const other = await newMeeting(app);
    const foreign = other.agenda[0]!;

    expect(await app.fails('agenda:add', { meetingId: meeting.id, parentId: foreign.id, afterItemId: null, title: 'X' })).toEqual({
      code: 'not_found',
      message: 'Punkten finns inte i det här mötet.',
      field: 'parentId',
    });
    expect(await app.fails('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: foreign.id, title: 'X' })).toMatchObject({
      code: 'not_found',
      field: 'afterItemId',
    });
    expect(await app.fails('agenda:add', { meetingId: 999, parentId: null, afterItemId: null, title: 'X' })).toEqual({
      code: 'not_found',
      message: 'Mötet finns inte.',
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });
});

describe('agenda:update', () => {
  it('changes only the fields in the patch and keeps notes, standpoint and the rest', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const item = await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: null, title: 'Hemsjukvård' });
    await app.ok('standpoint:save', { meetingId: meeting.id, itemId: item.id, standpoint: 'SGS noterar informationen.' });

    const updated = await app.ok('agenda:update', {
      meetingId: meeting.id,
      itemId: item.id,
      patch: {
        kind: 'information_dialog',
        minutes: 40,
        attachment: true,
        topics: ['Nuläge', 'Fortsatt arbete'],
        presenters: [{ name: 'Kim Sand', organisation: 'Strandby kommun' }],
        links: [{ title: 'Rutin', url: 'https://example.org/rutin.pdf' }],
      },
    });
    expect(updated).toMatchObject({
      title: 'Hemsjukvård',
      kind: 'information_dialog',
      minutes: 40,
      attachment: true,
      topics: ['Nuläge', 'Fortsatt arbete'],
      presenters: [{ name: 'Kim Sand', organisation: 'Strandby kommun' }],
      standpoint: 'SGS noterar informationen.',
    });
    const renamed = await app.ok('agenda:update', { meetingId: meeting.id, itemId: item.id, patch: { title: 'Hemsjukvård i samverkan' } });
    expect(renamed).toMatchObject({ title: 'Hemsjukvård i samverkan', kind: 'information_dialog', minutes: 40 });
    expect((await app.ok('meetings:get', { id: meeting.id })).agenda.find((i) => i.id === item.id)).toEqual(renamed);
  });

  it('refuses a link that is not http(s) or mailto, and an item of another meeting', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const other = await newMeeting(app);
    const item = meeting.agenda[0]!;
    const bad = await app.fails('agenda:update', {
      meetingId: meeting.id,
      itemId: item.id,
      patch: { links: [{ title: 'X', url: 'javascript:alert(1)' }] },
    });
    expect(bad).toMatchObject({ code: 'validation', field: 'patch.links.0.url' });
    expect(await app.fails('agenda:update', { meetingId: meeting.id, itemId: other.agenda[0]!.id, patch: { title: 'X' } })).toMatchObject({
      code: 'not_found',
      message: 'Punkten finns inte i det här mötet.',
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });
});

describe('agenda:move', () => {
  it('moves an item among its siblings and returns the whole agenda renumbered', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const other = itemTitled(meeting, 'Övriga frågor');

    const agenda = await app.ok('agenda:move', { meetingId: meeting.id, itemId: other.id, parentId: null, index: 0 });
    expect(printedAgenda(agenda)).toEqual([
      '1 Övriga frågor',
      '2 Mötets öppnande',
      'a) närvaro/presentation',
      'b) övriga frågor anmäls',
      '3 Godkännande av dagens agenda',
      '4 Föregående mötesanteckning',
    ]);
    expectContiguous(agenda);
    expect((await app.ok('meetings:get', { id: meeting.id })).agenda).toEqual(agenda);

    // An index past the end puts the item last.
    const back = await app.ok('agenda:move', { meetingId: meeting.id, itemId: other.id, parentId: null, index: 99 });
    expect(printedAgenda(back).at(-1)).toBe('4 Övriga frågor');
  });

  it('makes a top-level item a sub-item and back, closing the gap it leaves', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const opening = itemTitled(meeting, 'Mötets öppnande');
    const approval = itemTitled(meeting, 'Godkännande av dagens agenda');
    const announced = itemTitled(meeting, 'övriga frågor anmäls');

    const asSub = await app.ok('agenda:move', { meetingId: meeting.id, itemId: approval.id, parentId: opening.id, index: 1 });
    expect(printedAgenda(asSub)).toEqual([
      '1 Mötets öppnande',
      'a) närvaro/presentation',
      'b) Godkännande av dagens agenda',
      'c) övriga frågor anmäls',
      '2 Föregående mötesanteckning',
      '3 Övriga frågor',
    ]);
    expectContiguous(asSub);

    const toTop = await app.ok('agenda:move', { meetingId: meeting.id, itemId: announced.id, parentId: null, index: 3 });
    expect(printedAgenda(toTop)).toEqual([
      '1 Mötets öppnande',
      'a) närvaro/presentation',
      'b) Godkännande av dagens agenda',
      '2 Föregående mötesanteckning',
      '3 Övriga frågor',
      '4 övriga frågor anmäls',
    ]);
    expectContiguous(toTop);
  });

  it('refuses to make an item with sub-items, or a sub-item, a parent of deeper items', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const opening = itemTitled(meeting, 'Mötets öppnande');
    const approval = itemTitled(meeting, 'Godkännande av dagens agenda');
    const presence = itemTitled(meeting, 'närvaro/presentation');

    expect(await app.fails('agenda:move', { meetingId: meeting.id, itemId: opening.id, parentId: approval.id, index: 0 })).toEqual(
      refusedAt('parentId', 'En punkt som har underpunkter kan inte bli en underpunkt. Flytta eller ta bort underpunkterna först.'),
    );
    expect(await app.fails('agenda:move', { meetingId: meeting.id, itemId: approval.id, parentId: presence.id, index: 0 })).toMatchObject({
      code: 'validation',
      field: 'parentId',
    });
    expect(await app.fails('agenda:move', { meetingId: meeting.id, itemId: approval.id, parentId: approval.id, index: 0 })).toMatchObject({
      code: 'validation',
      field: 'parentId',
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });
});

describe('agenda:remove', () => {
  it('takes the item with its sub-items and guests, keeps its tasks as tasks of the meeting, and renumbers', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const previous = itemTitled(meeting, 'Föregående mötesanteckning');
    const care = await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: previous.id, title: 'Hemsjukvård' });
    const sub = await app.ok('agenda:add', { meetingId: meeting.id, parentId: care.id, afterItemId: null, title: 'Nuläge' });
    await app.ok('called:add', { meetingId: meeting.id, kind: 'guest', itemId: care.id, name: 'Kim Sand', title: 'utvecklingsledare', organisation: '' });
    await app.ok('tasks:save', { meetingId: meeting.id, task: { itemId: care.id, what: 'Skicka rutinen', owner: 'Ove Ek', deadline: '2026-12-10', done: false } });
    await app.ok('tasks:save', { meetingId: meeting.id, task: { itemId: sub.id, what: 'Ta fram nulägesbild', owner: '', deadline: null, done: false } });

    expect(await app.ok('agenda:remove', { meetingId: meeting.id, itemId: care.id })).toEqual({ removed: true });

    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(printedAgenda(after.agenda)).toEqual(NEW_MEETING_AGENDA);
    expectContiguous(after.agenda);
    expect(after.calledPersons.map((p) => p.name)).not.toContain('Kim Sand');
    expect(after.tasks.map((t) => [t.what, t.itemId, t.owner, t.deadline])).toEqual([
      ['Skicka rutinen', null, 'Ove Ek', '2026-12-10'],
      ['Ta fram nulägesbild', null, '', null],
    ]);

    // Removing it again (a double click) is not an error, and nothing else changes.
    expect(await app.ok('agenda:remove', { meetingId: meeting.id, itemId: care.id })).toEqual({ removed: false });
    expect((await app.ok('meetings:get', { id: meeting.id })).agenda).toEqual(after.agenda);
  });

  it('removes a sub-item and renumbers the remaining sub-items', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    await app.ok('agenda:remove', { meetingId: meeting.id, itemId: itemTitled(meeting, 'närvaro/presentation').id });
    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(printedAgenda(after.agenda).slice(0, 2)).toEqual(['1 Mötets öppnande', 'a) övriga frågor anmäls']);
    expectContiguous(after.agenda);
  });
});

describe('standpoint:save', () => {
  it('saves the standpoint of one item, which is read back and survives a restart', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const approval = itemTitled(meeting, 'Godkännande av dagens agenda');
    const saved = await app.ok('standpoint:save', { meetingId: meeting.id, itemId: approval.id, standpoint: 'Dagens agenda godkändes.' });
    expect(Date.parse(saved.savedAt)).not.toBeNaN();

    const reopened = app.reopen();
    const after = await reopened.ok('meetings:get', { id: meeting.id });
    expect(itemTitled(after, 'Godkännande av dagens agenda').standpoint).toBe('Dagens agenda godkändes.');
    expect(after.updatedAt >= meeting.updatedAt).toBe(true);
  });

  it("refuses an item of another meeting and leaves that item's standpoint alone", async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const other = await newMeeting(app);
    expect(await app.fails('standpoint:save', { meetingId: meeting.id, itemId: other.agenda[0]!.id, standpoint: 'X' })).toEqual({
      code: 'not_found',
      message: 'Punkten finns inte i det här mötet.',
    });
    expect(await app.ok('meetings:get', { id: other.id })).toEqual(other);
  });
});

describe('tasks', () => {
  it('adds tasks at the end of the list, changes and removes them', async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const previous = itemTitled(meeting, 'Föregående mötesanteckning');

    const first = await app.ok('tasks:save', {
      meetingId: meeting.id,
      task: { itemId: previous.id, what: ' Synpunkter lämnas till Eva Berg ', owner: 'Ledamöterna', deadline: '2026-12-10', done: false },
    });
    expect(first).toMatchObject({ itemId: previous.id, what: 'Synpunkter lämnas till Eva Berg', owner: 'Ledamöterna', done: false });
    const second = await app.ok('tasks:save', {
      meetingId: meeting.id,
      task: { itemId: null, what: 'Skicka ut anteckningarna', owner: 'Eva Berg', deadline: null, done: false },
    });

    const done = await app.ok('tasks:save', { meetingId: meeting.id, task: { ...second, done: true } });
    expect(done).toEqual({ ...second, done: true, doneAt: expect.any(String), doneVia: 'meeting' });

    let after = await app.ok('meetings:get', { id: meeting.id });
    expect(after.tasks.map((t) => [t.what, t.done])).toEqual([
      ['Synpunkter lämnas till Eva Berg', false],
      ['Skicka ut anteckningarna', true],
    ]);

    expect(await app.ok('tasks:remove', { meetingId: meeting.id, taskId: first.id })).toEqual({ removed: true });
    expect(await app.ok('tasks:remove', { meetingId: meeting.id, taskId: first.id })).toEqual({ removed: false });
    after = await app.ok('meetings:get', { id: meeting.id });
    expect(after.tasks.map((t) => t.what)).toEqual(['Skicka ut anteckningarna']);
  });

  it("refuses a task tied to another meeting's item, an unknown task and an empty text", async () => {
    const app = openApp();
    const meeting = await newMeeting(app);
    const other = await newMeeting(app);
    const theirs = await app.ok('tasks:save', { meetingId: other.id, task: { itemId: null, what: 'Deras uppgift', owner: '', deadline: null, done: false } });

    expect(
      await app.fails('tasks:save', { meetingId: meeting.id, task: { itemId: other.agenda[0]!.id, what: 'X', owner: '', deadline: null, done: false } }),
    ).toEqual({ code: 'not_found', message: 'Punkten finns inte i det här mötet.', field: 'task.itemId' });
    expect(await app.fails('tasks:save', { meetingId: meeting.id, task: { ...theirs, what: 'Kapad' } })).toEqual({
      code: 'not_found',
      message: 'Uppgiften finns inte i det här mötet.',
      field: 'task.id',
    });
    expect(await app.fails('tasks:save', { meetingId: meeting.id, task: { itemId: null, what: '   ', owner: '', deadline: null, done: false } })).toMatchObject({
      code: 'validation',
      field: 'task.what',
    });
    expect(await app.ok('tasks:remove', { meetingId: meeting.id, taskId: theirs.id })).toEqual({ removed: false });
    expect((await app.ok('meetings:get', { id: other.id })).tasks).toEqual([theirs]);
    expect((await app.ok('meetings:get', { id: meeting.id })).tasks).toEqual([]);
  });
});

describe('summary of standpoints', () => {
  it('gathers the standpoints typed in the items, in agenda order, and follows later edits', async () => {
    const app = openApp();
    const meeting = await newMeeting(app, true);
    expect(printedAgenda(meeting.agenda).at(-1)).toBe('5 Sammanfattning');
    const previous = itemTitled(meeting, 'Föregående mötesanteckning');
    const care = await app.ok('agenda:add', { meetingId: meeting.id, parentId: null, afterItemId: previous.id, title: 'Hemsjukvård' });
    const sub = await app.ok('agenda:add', { meetingId: meeting.id, parentId: care.id, afterItemId: null, title: 'Nuläge' });
    const say = (itemId: number, standpoint: string) => app.ok('standpoint:save', { meetingId: meeting.id, itemId, standpoint });

    await say(itemTitled(meeting, 'Godkännande av dagens agenda').id, 'Dagens agenda godkändes.');
    await say(sub.id, 'Styrgruppen SGS noterar informationen.');
    await say(itemTitled(meeting, 'Sammanfattning').id, 'Se ovan.');

    let summary = summaryOfStandpoints(await app.ok('meetings:get', { id: meeting.id }));
    expect(summary.map((s) => `${s.label} ${s.title}: ${s.standpoint}`)).toEqual([
      '2 Godkännande av dagens agenda: Dagens agenda godkändes.',
      '4 a) Nuläge: Styrgruppen SGS noterar informationen.',
    ]);

    await app.ok('agenda:move', { meetingId: meeting.id, itemId: care.id, parentId: null, index: 0 });
    await say(sub.id, 'Styrgruppen SGS noterar informationen och fortsätter dialogen på nästa möte.');
    summary = summaryOfStandpoints(await app.ok('meetings:get', { id: meeting.id }));
    expect(summary.map((s) => `${s.label} ${s.standpoint}`)).toEqual([
      '1 a) Styrgruppen SGS noterar informationen och fortsätter dialogen på nästa möte.',
      '3 Dagens agenda godkändes.',
    ]);
  });
});
