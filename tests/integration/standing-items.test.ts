import { describe, expect, it } from 'vitest';
import type { BodyStandingItem } from '../../shared/model/body';
import { defaultStandingItems } from '../../shared/model/standing-agenda';
import { bodyWithRoster, openApp, printedAgenda } from './app-support';

const before = (title: string, children: string[] = []): BodyStandingItem => ({ title, children, placement: 'beforeSubjects' });
const after = (title: string, children: string[] = []): BodyStandingItem => ({ title, children, placement: 'afterSubjects' });

describe('bodies:setStandingItems', () => {
  it('starts a new body with the default standing items', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    expect((await app.ok('bodies:get', { id: bodyId })).standingItems).toEqual(defaultStandingItems({ summaryOfStandpoints: false }));
  });

  it('saves the list trimmed and in printed order, and every new meeting of the body starts with it', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const body = await app.ok('bodies:setStandingItems', {
      id: bodyId,
      items: [
        before('  Mötet öppnas ', ['närvaro', ' övriga frågor anmäls']),
        after('Övriga frågor'),
        before('Godkännande av dagens agenda'),
        after('Avslut'),
      ],
    });
    expect(body.standingItems).toEqual([
      before('Mötet öppnas', ['närvaro', 'övriga frågor anmäls']),
      before('Godkännande av dagens agenda'),
      after('Övriga frågor'),
      after('Avslut'),
    ]);
    expect((await app.ok('bodies:get', { id: bodyId })).standingItems).toEqual(body.standingItems);

    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2027-01-21' });
    const meeting = await app.ok('meetings:get', { id });
    expect(printedAgenda(meeting.agenda)).toEqual([
      '1 Mötet öppnas',
      'a) närvaro',
      'b) övriga frågor anmäls',
      '2 Godkännande av dagens agenda',
      '3 Övriga frågor',
      '4 Avslut',
    ]);
    expect(meeting.agenda.every((i) => i.standing)).toBe(true);
  });

  it('lets the same sub-item stand under two items, and a body have no standing items at all', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const items = [before('Mötets öppnande', ['övrigt']), after('Övriga frågor', ['övrigt'])];
    expect((await app.ok('bodies:setStandingItems', { id: bodyId, items })).standingItems).toEqual(items);
    expect((await app.ok('bodies:setStandingItems', { id: bodyId, items: [] })).standingItems).toEqual([]);
    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2027-01-21' });
    expect((await app.ok('meetings:get', { id })).agenda).toEqual([]);
  });

  it('refuses an empty title, the same title twice at one level and too many items, in Swedish at the field, keeping the list', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const kept = (await app.ok('bodies:get', { id: bodyId })).standingItems;

    const empty = await app.fails('bodies:setStandingItems', { id: bodyId, items: [before('Mötets öppnande'), after('   ')] });
    expect(empty).toMatchObject({ code: 'validation', field: 'items.1.title' });
    expect(empty.message).toContain('Punkten behöver en rubrik.');

    const emptySub = await app.fails('bodies:setStandingItems', { id: bodyId, items: [before('Mötets öppnande', ['närvaro', ''])] });
    expect(emptySub).toMatchObject({ code: 'validation', field: 'items.0.children.1' });
    expect(emptySub.message).toContain('Underpunkten behöver en rubrik.');

    const twice = await app.fails('bodies:setStandingItems', {
      id: bodyId,
      items: [before('Övriga frågor'), after('övriga frågor ')],
    });
    expect(twice).toMatchObject({ code: 'validation', field: 'items.1.title' });
    expect(twice.message).toContain('Punkten ”övriga frågor” finns redan bland de stående punkterna.');

    const subTwice = await app.fails('bodies:setStandingItems', {
      id: bodyId,
      items: [before('Mötets öppnande', ['närvaro', 'Närvaro'])],
    });
    expect(subTwice).toMatchObject({ code: 'validation', field: 'items.0.children.1' });
    expect(subTwice.message).toContain('Underpunkten ”Närvaro” finns redan under ”Mötets öppnande”.');

    const many = await app.fails('bodies:setStandingItems', {
      id: bodyId,
      items: Array.from({ length: 31 }, (_, i) => after(`Punkt ${i + 1}`)),
    });
    expect(many).toMatchObject({ code: 'validation', field: 'items' });
    expect(many.message).toContain('Organet kan ha högst 30 stående punkter.');

    expect((await app.ok('bodies:get', { id: bodyId })).standingItems).toEqual(kept);
  });

  it('refuses an unknown body', async () => {
    const app = openApp();
    expect(await app.fails('bodies:setStandingItems', { id: 4711, items: [] })).toEqual({
      code: 'not_found',
      message: 'Organet finns inte.',
    });
  });
});
