import { describe, expect, it } from 'vitest';
import { bodySettingsSchema, type Body } from '../../shared/model/body';
import { lgsBody } from '../../electron/services/demo/lgs';
import type { RosterSideInput } from '../../shared/model/roster';
import { parseRosterPaste } from '../../shared/roster/paste';
import { person, vacantSeat } from '../../electron/services/demo/helpers';
import { openApp, refusedAt, roster, settings } from './app-support';

/** The roster as the editor holds it after loading: every entry with its id. */
function editable(body: Body): RosterSideInput[] {
  return body.sides.map((side) => ({
    id: side.id,
    name: side.name,
    categories: side.categories.map((category) => ({ id: category.id, name: category.name, members: [...category.members] })),
  }));
}

function names(body: Body): string[][] {
  return body.sides.flatMap((s) => s.categories.map((c) => [`${s.name}/${c.name}`, ...c.members.map((m) => (m.vacant ? 'Vakant' : m.name))]));
}

describe('bodies:create and bodies:updateSettings', () => {
  it('creates a body with its settings and an empty roster, and lists it', async () => {
    const app = openApp();
    const body = await app.ok('bodies:create', { settings: settings({ dateStyle: 'iso', summaryOfStandpoints: true }) });
    expect(body).toMatchObject({
      name: 'Styrgrupp för samverkan i Strandby',
      shortName: 'SGS',
      formalName: 'Styrgruppen SGS',
      documentTitle: 'Minnesanteckningar SGS',
      defaultPlace: 'Rådhuset, Strandby',
      defaultStartTime: '13.00',
      defaultEndTime: '15.00',
      dateStyle: 'iso',
      summaryOfStandpoints: true,
      plannedDates: [],
      sides: [],
    });
    expect(await app.ok('bodies:get', { id: body.id })).toEqual(body);
    expect((await app.ok('bodies:list', {})).map((b) => b.shortName)).toEqual(['SGS']);
  });

  it('saves changed settings, and they are still there after a restart', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    // Another real-looking body's settings: the LGS-N demo body differs from SGS in names, times, date style, standpoints and attendance.
    const changed = bodySettingsSchema.parse(lgsBody());
    const saved = await app.ok('bodies:updateSettings', { id, settings: changed });
    expect(saved).toMatchObject(changed);
    const again = await app.reopen().ok('bodies:get', { id });
    expect(again).toMatchObject(changed);
  });

  it('refuses an empty name, an end time before the start time and an unknown body, storing nothing', async () => {
    const app = openApp();
    const empty = await app.fails('bodies:create', { settings: settings({ name: '   ' }) });
    expect(empty).toMatchObject({ code: 'validation', field: 'settings.name' });
    expect(empty.message).toContain('Namnet får inte vara tomt.');

    const backwards = await app.fails('bodies:create', { settings: settings({ defaultStartTime: '15.00', defaultEndTime: '13.00' }) });
    expect(backwards).toMatchObject({ code: 'validation', field: 'settings.defaultEndTime' });
    expect(backwards.message).toContain('Sluttiden måste vara efter starttiden.');
    expect(await app.ok('bodies:list', {})).toEqual([]);

    const { id } = await app.ok('bodies:create', { settings: settings() });
    const before = await app.ok('bodies:get', { id });
    expect(await app.fails('bodies:updateSettings', { id, settings: settings({ shortName: '' }) })).toMatchObject({
      code: 'validation',
      field: 'settings.shortName',
    });
    expect(await app.fails('bodies:updateSettings', { id: id + 1, settings: settings() })).toEqual({
      code: 'not_found',
      message: 'Organet finns inte.',
    });
    expect(await app.ok('bodies:get', { id })).toEqual(before);
  });
});

describe('bodies:setPlannedDates', () => {
  /** A new body that already plans one meeting, 14 January 2027: the list a change replaces or must keep. */
  async function bodyWithOnePlannedDate(note: string) {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    await app.ok('bodies:setPlannedDates', { id, dates: [{ date: '2027-01-14', note }] });
    return { app, id };
  }

  it('stores the dates in date order with their notes, replacing the earlier list', async () => {
    const { app, id } = await bodyWithOnePlannedDate('');
    const body = await app.ok('bodies:setPlannedDates', {
      id,
      dates: [
        { date: '2027-11-25', note: 'klockan 13.00-15.00' },
        { date: '2027-01-21', note: 'Regionens hus' },
        { date: '2027-04-22', note: '' },
      ],
    });
    expect(body.plannedDates).toEqual([
      { date: '2027-01-21', note: 'Regionens hus' },
      { date: '2027-04-22', note: '' },
      { date: '2027-11-25', note: 'klockan 13.00-15.00' },
    ]);
    expect((await app.ok('bodies:list', {}))[0]?.nextPlannedDate).toBe('2027-01-21');
  });

  it('refuses the same date twice, and a date that does not exist, keeping the dates it had', async () => {
    const { app, id } = await bodyWithOnePlannedDate('På plats');

    const twice = await app.fails('bodies:setPlannedDates', {
      id,
      dates: [
        { date: '2027-03-04', note: '' },
        { date: '2027-01-21', note: '' },
        { date: '2027-03-04', note: 'Digitalt' },
      ],
    });
    expect(twice).toEqual(refusedAt('dates.2.date', 'Datumet 4 mars 2027 finns redan bland de planerade mötesdatumen.'));

    const impossible = await app.fails('bodies:setPlannedDates', { id, dates: [{ date: '2027-02-29', note: '' }] });
    expect(impossible).toMatchObject({ code: 'validation', field: 'dates.0.date' });
    expect(impossible.message).toContain('Datumet finns inte i kalendern.');

    expect((await app.ok('bodies:get', { id })).plannedDates).toEqual([{ date: '2027-01-14', note: 'På plats' }]);
  });
});

describe('roster:save', () => {
  it('saves sides, categories and members in the order given, with vacant seats', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    const body = await app.ok('roster:save', { bodyId: id, sides: roster() });
    expect(names(body)).toEqual([
      ['Region/Regionpolitiker', 'Tilda Ås', 'Karl Öst'],
      ['Region/Kommunikation', 'Vakant'],
      ['Kommun/Tjänstepersoner', 'Ove Ek', 'Eva Berg'],
    ]);
    expect(body.sides[0]?.categories[0]?.members[0]).toMatchObject({
      name: 'Tilda Ås',
      party: '(C)',
      title: 'ordförande HSN',
      role: 'ordforande',
      vacant: false,
    });
    expect((await app.ok('bodies:list', {}))[0]?.memberCount).toBe(4);
  });

  it('keeps the ids of entries that stay, moves and reorders them, adds new ones and removes those left out', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    const first = await app.ok('roster:save', { bodyId: id, sides: roster() });
    const [region, kommun] = editable(first);
    const [politicians, communication] = region!.categories;
    const [officials] = kommun!.categories;
    const [tilda, karl] = politicians!.members;
    const [ove, eva] = officials!.members;

    // Sides swapped; Karl moves to the officials and first; Ove leaves; a new member and a new category arrive;
    // the communication category (with its vacant seat) is removed.
    const second = await app.ok('roster:save', {
      bodyId: id,
      sides: [
        { ...kommun!, categories: [{ ...officials!, members: [karl!, eva!, person('Nils Rydén', { title: 'beredskapssamordnare' })] }] },
        {
          ...region!,
          categories: [
            { ...politicians!, name: 'Regionpolitiker (HSN)', members: [tilda!] },
            { name: 'Administration', members: [vacantSeat()] },
          ],
        },
      ],
    });
    expect(names(second)).toEqual([
      ['Kommun/Tjänstepersoner', 'Karl Öst', 'Eva Berg', 'Nils Rydén'],
      ['Region/Regionpolitiker (HSN)', 'Tilda Ås'],
      ['Region/Administration', 'Vakant'],
    ]);
    const [k2, r2] = second.sides;
    expect([k2?.id, r2?.id]).toEqual([kommun!.id, region!.id]);
    expect(k2?.categories[0]?.id).toBe(officials!.id);
    expect(k2?.categories[0]?.members.map((m) => m.id).slice(0, 2)).toEqual([karl!.id, eva!.id]);
    expect(r2?.categories[0]?.id).toBe(politicians!.id);
    expect(r2?.categories[0]?.members[0]?.id).toBe(tilda!.id);

    const allMemberIds = second.sides.flatMap((s) => s.categories.flatMap((c) => c.members.map((m) => m.id)));
    expect(allMemberIds).not.toContain(ove!.id);
    expect(second.sides.flatMap((s) => s.categories.map((c) => c.id))).not.toContain(communication!.id);
    expect(app.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(5);
  });

  it("refuses ids that belong to another body's roster, and changes nothing in either", async () => {
    const app = openApp();
    const a = await app.ok('bodies:create', { settings: settings() });
    const b = await app.ok('bodies:create', { settings: settings({ name: 'Arbetsgrupp B', shortName: 'AGB' }) });
    const rosterA = await app.ok('roster:save', { bodyId: a.id, sides: roster() });
    const rosterB = await app.ok('roster:save', { bodyId: b.id, sides: roster() });
    const foreignMember = rosterB.sides[0]!.categories[0]!.members[0]!;

    const mine = editable(rosterA);
    mine[0]!.categories[0]!.members.push(foreignMember);
    const error = await app.fails('roster:save', { bodyId: a.id, sides: mine });
    expect(error).toEqual(
      refusedAt('sides.0.categories.0.members.2.id', 'Ledamoten Tilda Ås hör inte till det här organet. Ladda om och försök igen.'),
    );

    const foreignSide = await app.fails('roster:save', {
      bodyId: a.id,
      sides: [{ ...editable(rosterA)[0]!, id: rosterB.sides[1]!.id }],
    });
    expect(foreignSide).toMatchObject({ code: 'validation', field: 'sides.0.id' });

    expect(await app.ok('bodies:get', { id: a.id })).toEqual(rosterA);
    expect(await app.ok('bodies:get', { id: b.id })).toEqual(rosterB);
  });

  it('refuses a member without a name (unless the seat is vacant) and an empty category name', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    const noName = await app.fails('roster:save', {
      bodyId: id,
      sides: [{ name: 'Region', categories: [{ name: 'Ledamöter', members: [person('Anna Ek'), person('  ')] }] }],
    });
    expect(noName).toMatchObject({ code: 'validation', field: 'sides.0.categories.0.members.1.name' });
    expect(noName.message).toContain('saknar namn');

    const noCategory = await app.fails('roster:save', {
      bodyId: id,
      sides: [{ name: 'Region', categories: [{ name: ' ', members: [] }] }],
    });
    expect(noCategory).toMatchObject({ code: 'validation', field: 'sides.0.categories.0.name' });
    expect((await app.ok('bodies:get', { id })).sides).toEqual([]);
  });

  it('saves members read from a paste once the secretary confirms', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    const body = await app.ok('roster:save', { bodyId: id, sides: roster() });
    const existing = body.sides.flatMap((s) => s.categories.flatMap((c) => c.members.map((m) => m.name)));

    const rows = parseRosterPaste('Tilda Ås (C), Strandby\r\nJonas Lund (S), Strandby, ledamot\r\nVakant\r\n', existing);
    expect(rows.map((r) => r.status)).toEqual(['duplicate', 'ok', 'ok']);
    const sides = editable(body);
    sides[0]!.categories[0]!.members.push(...rows.filter((r) => r.status === 'ok').map((r) => r.member!));
    const saved = await app.ok('roster:save', { bodyId: id, sides });
    expect(names(saved)[0]).toEqual(['Region/Regionpolitiker', 'Tilda Ås', 'Karl Öst', 'Jonas Lund', 'Vakant']);
    expect(saved.sides[0]?.categories[0]?.members[2]).toMatchObject({ party: '(S)', organisation: 'Strandby' });
  });
});
