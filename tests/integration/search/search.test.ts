import { describe, expect, it } from 'vitest';
import { openApp, type TestApp } from '../app-support';
import { body, indexAndRebuild, meetingWithItems } from './search-support';

/**
 * "Sök" as a secretary uses it, over fictional minutes written through the
 * handlers: Swedish words, compounds, phrases, ranking, filters, snippets.
 */

async function hitsFor(app: TestApp, text: string, filters: Record<string, unknown> = {}) {
  const result = await app.ok('search:query', { text, ...filters });
  return result.hits.map((h) => `${h.date} ${h.itemTitle || h.meetingTitle}`);
}

async function archive(): Promise<{ app: TestApp; sro: number; lgs: number; spring: number; autumn: number }> {
  const app = openApp(new Date(2026, 10, 20, 9, 0));
  const sro = await body(app, 'Politiskt samrådsorgan Strandby', 'SRO');
  const lgs = await body(app, 'Ledningsgrupp för samverkan Strandby', 'LGS');
  const spring = (
    await meetingWithItems(app, sro, '2026-04-14', [
      { title: 'Hjälpmedel i hemmet', notes: 'SRO vill att hjälpmedel förskrivs snabbare. Vi är här för att lyssna.' },
      { title: 'Hälso- och sjukvårdsavtalet', notes: 'Samverkansavtalet förlängs ett år.', topics: ['Tidplan för revidering'] },
      { title: 'Barn och unga', notes: 'Psykisk ohälsa hos unga ökar enligt rapporten.', standpoint: 'SRO ställer sig bakom förslaget om länsgemensam uppföljning.' },
    ])
  ).meetingId;
  const autumn = (
    await meetingWithItems(app, sro, '2026-09-22', [
      { title: 'Uppföljning av hemsjukvården', notes: 'Hon har skickat rapporten till kommunerna. Ohälsa och psykisk belastning i personalgruppen.' },
    ])
  ).meetingId;
  await meetingWithItems(app, lgs, '2025-11-30', [
    { title: 'Avtal om läkemedelsgenomgångar', notes: 'Ordförande Helén Åkesson presenterade avtalet.' },
  ]);
  return { app, sro, lgs, spring, autumn };
}

describe('search across every meeting', () => {
  it('ignores case but keeps å, ä and ö letters of their own', async () => {
    const { app } = await archive();
    expect(await hitsFor(app, 'HJÄLPMEDEL')).toEqual(['2026-04-14 Hjälpmedel i hemmet']);
    expect(await hitsFor(app, 'här')).toEqual(['2026-04-14 Hjälpmedel i hemmet']);
    expect(await hitsFor(app, 'har')).toEqual(['2026-09-22 Uppföljning av hemsjukvården']);
  });

  it('folds other accents both ways: "Helen" finds "Helén", "helén" too', async () => {
    const { app } = await archive();
    expect(await hitsFor(app, 'Helen')).toEqual(['2025-11-30 Avtal om läkemedelsgenomgångar']);
    expect(await hitsFor(app, 'helén')).toEqual(['2025-11-30 Avtal om läkemedelsgenomgångar']);
  });

  it('finds a word inside compounds and as the beginning of words', async () => {
    const { app } = await archive();
    const avtal = await hitsFor(app, 'avtal');
    expect(avtal).toEqual(
      expect.arrayContaining(['2026-04-14 Hälso- och sjukvårdsavtalet', '2025-11-30 Avtal om läkemedelsgenomgångar']),
    );
    expect(avtal).toHaveLength(2);
    expect(await hitsFor(app, 'hälso')).toEqual(['2026-04-14 Hälso- och sjukvårdsavtalet']);
    // In a title the word weighs more than in notes.
    expect(await hitsFor(app, 'sjukvård')).toEqual(['2026-04-14 Hälso- och sjukvårdsavtalet', '2026-09-22 Uppföljning av hemsjukvården']);
  });

  it('reads "quoted phrases" as words in that order', async () => {
    const { app } = await archive();
    expect(await hitsFor(app, '"psykisk ohälsa"')).toEqual(['2026-04-14 Barn och unga']);
    // Both words, in any order and place.
    expect(await hitsFor(app, 'psykisk ohälsa')).toEqual(['2026-09-22 Uppföljning av hemsjukvården', '2026-04-14 Barn och unga']);
    // A minus leaves a word out.
    expect(await hitsFor(app, 'psykisk -personalgruppen')).toEqual(['2026-04-14 Barn och unga']);
  });

  it('searches titles, notes, standpoints, sub-topics, tasks, presenters, called persons and attendance notes', async () => {
    const { app, spring } = await archive();
    const meeting = await app.ok('meetings:get', { id: spring });
    const item = meeting.agenda.find((i) => i.title === 'Barn och unga')!;
    await app.ok('agenda:update', { meetingId: spring, itemId: item.id, patch: { presenters: [{ name: 'Greta Lindqvist', organisation: 'Elevhälsan' }] } });
    await app.ok('tasks:save', { meetingId: spring, task: { itemId: item.id, what: 'Skicka enkätsvaren', owner: 'Arbetsgruppen Norrsken', deadline: null, done: false } });
    const tilda = meeting.calledPersons.find((p) => p.name === 'Tilda Ås')!;
    await app.ok('attendance:set', {
      meetingId: spring,
      personId: tilda.id,
      attendance: { ...tilda.attendance, status: 'excused', note: 'sjukskriven hela veckan' },
    });
    const where = async (text: string) => (await app.ok('search:query', { text })).hits.map((h) => `${h.itemTitle || 'Mötet'}: ${h.where}`);
    expect(await where('länsgemensam')).toEqual(['Barn och unga: Ställningstagande']);
    expect(await where('revidering')).toEqual(['Hälso- och sjukvårdsavtalet: Underrubriker']);
    expect(await where('Lindqvist')).toEqual(['Barn och unga: Föredragande']);
    expect(await where('enkätsvaren')).toEqual(['Barn och unga: Uppdrag']);
    expect(await where('Norrsken')).toEqual(['Barn och unga: Uppdrag']);
    expect(await where('sjukskriven')).toEqual(['Mötet: Kallade']);
    expect(await where('Öst')).toContain('Mötet: Kallade');
    expect(await where('hemmet')).toEqual(['Hjälpmedel i hemmet: Rubrik']);
  });

  it('marks the hit in a snippet of the text as written', async () => {
    const { app } = await archive();
    const [hit] = (await app.ok('search:query', { text: 'samverkansavtal' })).hits;
    expect(hit?.snippet).toBe('**Samverkansavtal**et förlängs ett år.');
    expect(hit?.parts).toEqual([
      { text: 'Samverkansavtal', hit: true },
      { text: 'et förlängs ett år.', hit: false },
    ]);
    expect(hit).toMatchObject({ body: 'SRO', itemNumber: '2', where: 'Anteckningar' });
  });

  it('ranks a title above a mention, keeps a meeting’s hits together and puts the newest first on ties', async () => {
    const app = openApp(new Date(2026, 10, 20, 9, 0));
    const sro = await body(app, 'Politiskt samrådsorgan Strandby', 'SRO');
    const same = { title: 'Tandvård', notes: 'Tandvård för äldre diskuterades.' };
    await meetingWithItems(app, sro, '2024-03-01', [same]);
    await meetingWithItems(app, sro, '2025-03-01', [same]);
    await meetingWithItems(app, sro, '2026-03-01', [{ title: 'Övrigt', notes: 'En fråga om tandvård ställdes.' }, same]);
    expect(await hitsFor(app, 'tandvård')).toEqual([
      '2026-03-01 Tandvård',
      '2026-03-01 Övrigt',
      '2025-03-01 Tandvård',
      '2024-03-01 Tandvård',
    ]);
    const result = await app.ok('search:query', { text: 'tandvård', limit: 2, offset: 2 });
    expect(result.total).toBe(4);
    expect(result.hits.map((h) => h.date)).toEqual(['2025-03-01', '2024-03-01']);
  });

  it('narrows by body, dates, year, status, item kind and person', async () => {
    const { app, lgs, spring, autumn } = await archive();
    expect(await hitsFor(app, 'avtal', { bodyId: lgs })).toEqual(['2025-11-30 Avtal om läkemedelsgenomgångar']);
    expect(await hitsFor(app, 'avtal', { from: '2026-01-01' })).toEqual(['2026-04-14 Hälso- och sjukvårdsavtalet']);
    expect(await hitsFor(app, 'avtal', { to: '2025-12-31' })).toEqual(['2025-11-30 Avtal om läkemedelsgenomgångar']);
    expect(await hitsFor(app, 'psykisk', { year: 2026, from: '2026-06-01' })).toEqual(['2026-09-22 Uppföljning av hemsjukvården']);

    await app.ok('review:set', { meetingId: autumn, status: 'review', reviewers: [], approvedOn: null });
    expect(await hitsFor(app, 'psykisk', { status: 'review' })).toEqual(['2026-09-22 Uppföljning av hemsjukvården']);

    const meeting = await app.ok('meetings:get', { id: spring });
    const child = meeting.agenda.find((i) => i.title === 'Barn och unga')!;
    await app.ok('agenda:update', { meetingId: spring, itemId: child.id, patch: { kind: 'standpoint' } });
    expect(await hitsFor(app, 'psykisk', { kind: 'standpoint' })).toEqual(['2026-04-14 Barn och unga']);

    await app.ok('agenda:update', { meetingId: spring, itemId: child.id, patch: { presenters: [{ name: 'Åsa Nyström', organisation: '' }] } });
    expect(await hitsFor(app, 'psykisk', { person: 'åsa nyström' })).toEqual(['2026-04-14 Barn och unga']);
    expect(await hitsFor(app, 'psykisk', { person: 'Ingen Alls' })).toEqual([]);
  });

  it('keeps the index equal to the text after edits, moves, removals and deleted meetings', async () => {
    const { app, spring, autumn } = await archive();
    const meeting = await app.ok('meetings:get', { id: spring });
    const [first, second] = meeting.agenda.filter((i) => !i.standing);
    await app.ok('agenda:update', { meetingId: spring, itemId: first!.id, patch: { title: 'Hjälpmedel och bostadsanpassning' } });
    await app.ok('agenda:move', { meetingId: spring, itemId: second!.id, parentId: null, index: 0 });
    await app.ok('agenda:remove', { meetingId: spring, itemId: first!.id });
    await app.ok('meetings:remove', { id: autumn, confirmDate: '2026-09-22' });
    expect(await hitsFor(app, 'bostadsanpassning')).toEqual([]);
    expect(await hitsFor(app, 'har')).toEqual([]);
    const { stored, rebuilt } = indexAndRebuild(app.db);
    expect(stored.length).toBeGreaterThan(50);
    expect(stored).toEqual(rebuilt);
  });
});
