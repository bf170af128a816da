import { describe, expect, it } from 'vitest';
import type { CalledPerson } from '../../shared/model/called-person';
import type { TeamsMatchProposal, TeamsReport } from '../../shared/import/teams/schema';
import { applyInput, appliedText, guestNameError, initialChoices, linkText, sharedWith } from '../../renderer/attendance/teams-choices';

const person = (name: string) => ({ name }) as CalledPerson;
const match = (index: number, name: string, personId: number | null): TeamsMatchProposal => ({
  index,
  name,
  organisation: index === 2 ? 'Region Strandby' : '',
  candidate: null,
  personId,
  conflict: null,
  arrivedAt: null,
  leftAt: null,
});
const report: TeamsReport = {
  format: 'participants',
  title: 'SGS',
  meetingStart: '2026-11-12T13:00:00',
  meetingEnd: null,
  participants: ['a', 'b', 'c'].map((name, i) => ({
    name,
    email: '',
    role: '',
    firstJoin: `2026-11-12T13:0${i}:00`,
    lastLeave: '2026-11-12T15:00:00',
    seconds: 1,
  })),
};

describe('the Teams dialog choices', () => {
  it('sends the chosen called persons and the ticked guests with their times, nothing for "Ingen"', () => {
    const matches = [match(0, 'Tilda Ås', 1), match(1, 'Okänd', null), match(2, 'Lisa Nyström', null)];
    const choices = initialChoices(matches);
    choices[2] = { ...choices[2]!, guest: true, guestName: ' Lisa Nyström ' };
    expect(applyInput(7, report, matches, choices)).toEqual({
      meetingId: 7,
      reportStart: '2026-11-12T13:00:00',
      reportEnd: null,
      matches: [{ personId: 1, firstJoin: '2026-11-12T13:00:00', lastLeave: '2026-11-12T15:00:00' }],
      guests: [{ name: 'Lisa Nyström', organisation: 'Region Strandby', firstJoin: '2026-11-12T13:02:00', lastLeave: '2026-11-12T15:00:00' }],
    });
    expect(guestNameError({ personId: null, guest: true, guestName: '  ' })).toBe('Skriv gästens namn.');
  });

  it('names the other report persons given the same called person', () => {
    const matches = [match(0, 'Karl Öst', 2), match(1, 'Ost Karl', null), match(2, 'Tilda Ås', 1)];
    const choices = initialChoices(matches);
    choices[1] = { ...choices[1]!, personId: 2 };
    expect(sharedWith(choices, matches, 0)).toEqual(['Ost Karl']);
    expect(sharedWith(choices, matches, 2)).toEqual([]);
  });

  it('says the times on the link and the result in Swedish', () => {
    expect(linkText({ arrivedAt: null, leftAt: null })).toBe('Med på länk hela mötet.');
    expect(linkText({ arrivedAt: '13.25', leftAt: '14.40' })).toBe('Med på länk från 13.25 till 14.40.');
    expect(appliedText({ marked: [person('A')], added: [person('B')], keptInRoom: [person('Ove Ek')], unchanged: [] })).toBe(
      '2 personer markerade som med på länk från Teams, varav 1 ny gäst. Ove Ek var redan närvarande i rummet och ändrades inte. Ctrl+Z ångrar.',
    );
    expect(appliedText({ marked: [], added: [], keptInRoom: [], unchanged: [person('Eva Berg'), person('Karl Öst')] })).toBe(
      'Ingenting ändrades av rapporten från Teams. Eva Berg och Karl Öst var redan markerade med på länk.',
    );
  });
});
