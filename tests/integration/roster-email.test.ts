import { describe, expect, it } from 'vitest';
import { person } from '../../electron/services/demo/helpers';
import { openApp, rosterSide, settings } from './app-support';

// E-mail addresses in the roster: saved with it, copied into a new meeting's called list, and given to invitees and guests.

async function bodyWithAddresses() {
  const app = openApp(new Date(2026, 10, 12, 9, 0));
  const body = await app.ok('bodies:create', { settings: settings() });
  await app.ok('roster:save', {
    bodyId: body.id,
    sides: [
      rosterSide('Kommun', {
        Ledamöter: [
          { ...person('Eva Berg', { title: 'socialchef' }), email: 'eva.berg@strandby.example' },
          { ...person('Ove Ek'), email: '' },
        ],
      }),
    ],
  });
  return { app, bodyId: body.id };
}

describe('e-mail addresses of the called', () => {
  it('are kept by the roster and copied into a new meeting, from the body and from the meeting before', async () => {
    const { app, bodyId } = await bodyWithAddresses();
    const stored = await app.ok('bodies:get', { id: bodyId });
    expect(stored.sides[0]!.categories[0]!.members.map((m) => [m.name, m.email])).toEqual([
      ['Eva Berg', 'eva.berg@strandby.example'],
      ['Ove Ek', ''],
    ]);
    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
    const meeting = await app.ok('meetings:get', { id });
    expect(meeting.calledPersons.map((p) => [p.name, p.email])).toEqual([
      ['Eva Berg', 'eva.berg@strandby.example'],
      ['Ove Ek', ''],
    ]);
    const next = await app.ok('meetings:createFromPrevious', { meetingId: id, date: '2027-01-21' });
    const nextMeeting = await app.ok('meetings:get', { id: next.id });
    expect(nextMeeting.calledPersons.find((p) => p.name === 'Eva Berg')!.email).toBe('eva.berg@strandby.example');
  });

  it('are given to an invitee added on the board, and a bad one is refused at the field', async () => {
    const { app, bodyId } = await bodyWithAddresses();
    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
    const invitee = await app.ok('called:add', {
      meetingId: id,
      kind: 'invitee',
      itemId: null,
      name: 'Gun Gäst',
      title: 'utredare',
      organisation: 'Region Strandby',
      email: ' gun.gast@region.example ',
    });
    expect(invitee.email).toBe('gun.gast@region.example');
    const refused = await app.fails('called:add', { meetingId: id, kind: 'invitee', itemId: null, name: 'Per Fel', title: '', organisation: '', email: 'per.fel' });
    expect(refused).toEqual({ code: 'validation', message: 'Skriv e-postadressen som namn@exempel.se.', field: 'email' });
  });
});
