import { describe, expect, it } from 'vitest';
import { CONFIDENT_FROM, PROPOSE_FROM, matchTeamsParticipants, scoreName } from '../../shared/import/teams/match';
import { cleanTeamsName } from '../../shared/import/teams/names';
import type { TeamsParticipant } from '../../shared/import/teams/schema';

/** A fictional called list as the meeting has it. */
const CALLED = [
  { id: 1, name: 'Tilda Ås', vacant: false },
  { id: 2, name: 'Karl Öst', vacant: false },
  { id: 3, name: 'Anna-Karin Berg', vacant: false },
  { id: 4, name: 'Helén Lindqvist', vacant: false },
  { id: 5, name: 'Jørgen Dahl', vacant: false },
  { id: 6, name: 'Per Olof Sandberg', vacant: false },
  { id: 7, name: 'Maria Holm', vacant: false },
  { id: 8, name: 'Mats Holm', vacant: false },
  { id: 9, name: '', vacant: true },
  { id: 10, name: 'Sven Strand-Nilsson', vacant: false },
];

const participant = (name: string, email = ''): TeamsParticipant => ({
  name,
  email,
  role: '',
  firstJoin: '2026-11-12T13:00:00',
  lastLeave: '2026-11-12T15:00:00',
  seconds: 7200,
});

function proposed(...names: string[]) {
  return matchTeamsParticipants(names.map((n) => participant(n)), CALLED).map((m) => [m.name, m.personId]);
}

describe('cleaning what Teams adds to a name', () => {
  it.each([
    ['Berg Anna-Karin (VGR)', 'Berg Anna-Karin', 'VGR'],
    ['Karl Öst | Region Strandby', 'Karl Öst', 'Region Strandby'],
    ['Lindqvist, Helén (Extern)', 'Helén Lindqvist', ''],
    ['Dahl Jørgen (Gäst)', 'Dahl Jørgen', ''],
    ['ÅS TILDA', 'Ås Tilda', ''],
    ['Maria Holm - Strandby kommun', 'Maria Holm', 'Strandby kommun'],
    ['  Sandberg   Per Olof [Overifierad] ', 'Sandberg Per Olof', ''],
  ])('%s → %s (%s)', (raw, name, organisation) => expect(cleanTeamsName(raw)).toEqual({ name, organisation }));
});

describe('matching report persons to the called list', () => {
  it.each([
    ['Tilda Ås', 1, 'Samma namn.'],
    ['Ås Tilda (VGR)', 1, 'Samma namn, efternamnet först.'],
    ['ÅS, TILDA | Region Strandby', 1, 'Samma namn.'],
    ['Ost Karl', 2, 'Samma namn bortsett från accenter eller å, ä, ö.'],
    ['Helen Lindqvist (Extern)', 4, 'Samma namn.'],
    ['Dahl Jörgen', 5, 'Samma namn, efternamnet först.'],
    ['Jorgen Dahl (Gäst)', 5, 'Samma namn bortsett från accenter eller å, ä, ö.'],
    ['Berg Anna Karin', 3, 'Samma namn, efternamnet först.'],
    ['Anna-Karin Berg Anna-Karin Berg', 3, 'Samma namn.'],
    ['Per-Olof Sandberg', 6, 'Samma namn.'],
    ['Sven Strandnilsson', 10, 'Samma namn, skrivet med eller utan bindestreck.'],
    ['Sandberg Per', 6, 'Förnamn och efternamn stämmer; kallelsen har ett namn till.'],
    ['Karl Johan Öst', 2, 'Förnamn och efternamn stämmer; rapporten har ett namn till.'],
    ['T. Ås', 1, 'Efternamnet stämmer och initialen T.'],
    ['Lindqvist H', 4, 'Efternamnet stämmer och initialen H.'],
    ['Tildha Ås', 1, 'Nästan samma namn (stavfel?).'],
    ['Helén Lindkvist', 4, 'Nästan samma namn (stavfel?).'],
  ])('%s → called person %i (%s)', (name, personId, reason) => {
    const [match] = matchTeamsParticipants([participant(name)], CALLED);
    expect(match?.candidate).toMatchObject({ personId, reason });
    expect(match?.candidate?.confidence).toBeGreaterThanOrEqual(PROPOSE_FROM);
    expect(match?.personId).toBe(personId);
  });

  it('is confident of a whole name in any order and spelling, less of an initial or a likely typo', () => {
    const confidence = (report: string, called: string) => scoreName(report, '', called)?.confidence ?? 0;
    expect(confidence('Berg Anna-Karin', 'Anna-Karin Berg')).toBeGreaterThanOrEqual(CONFIDENT_FROM);
    expect(confidence('Ost Karl', 'Karl Öst')).toBeGreaterThanOrEqual(CONFIDENT_FROM);
    expect(confidence('T Ås', 'Tilda Ås')).toBeLessThan(CONFIDENT_FROM);
    expect(confidence('Helén Lindkvist', 'Helén Lindqvist')).toBeLessThan(CONFIDENT_FROM);
  });

  it('uses the e-mail address when the display name is something else', () => {
    const [match] = matchTeamsParticipants([participant('Ordföranden (mobil)', 'tilda.as@strandby.example')], CALLED);
    expect(match).toMatchObject({ personId: 1, candidate: { reason: 'E-postadressen har samma namn.' } });
  });

  it('leaves unmatched who only shares a surname or a first name, or is nobody on the list', () => {
    expect(proposed('Holm', 'Anna Ås', 'Karl Berg', 'Lisa Nyström (Gäst)', 'Maria')).toEqual([
      ['Holm', null],
      ['Anna Ås', null],
      ['Karl Berg', null],
      ['Lisa Nyström', null],
      ['Maria', null],
    ]);
    const [onlySurname] = matchTeamsParticipants([participant('Anna Ås')], CALLED);
    expect(onlySurname?.candidate).toMatchObject({ personId: 1, reason: 'Bara ett av namnen stämmer.' });
  });

  it('does not guess between two called persons who fit as well, and says so', () => {
    const [match] = matchTeamsParticipants([participant('M. Holm')], CALLED);
    expect(match?.personId).toBeNull();
    expect(match?.conflict).toBe('Passar lika bra på Maria Holm och Mats Holm. Välj själv.');
  });

  it('never proposes one called person for two report persons silently: the closer keeps it, the other is shown as a conflict', () => {
    const matches = matchTeamsParticipants([participant('Öst Karl (VGR)'), participant('Ost Karl (mobil)')], CALLED);
    expect(matches.map((m) => [m.name, m.personId])).toEqual([
      ['Öst Karl', 2],
      ['Ost Karl', null],
    ]);
    expect(matches[0]?.conflict).toBe('Även Ost Karl (mobil) i rapporten liknar Karl Öst.');
    expect(matches[1]?.conflict).toBe('Karl Öst är redan föreslagen för Öst Karl (VGR), som liknar mer. Välj själv om det är samma person.');
  });

  it('proposes neither of two report persons as close to one called person', () => {
    const matches = matchTeamsParticipants([participant('Öst Karl'), participant('Karl Öst (Gäst)')], CALLED);
    expect(matches.map((m) => m.personId)).toEqual([null, null]);
    expect(matches.map((m) => m.conflict)).toEqual([
      'Öst Karl och Karl Öst (Gäst) i rapporten liknar Karl Öst lika mycket. Välj själv: samma person för flera räknas som en.',
      'Öst Karl och Karl Öst (Gäst) i rapporten liknar Karl Öst lika mycket. Välj själv: samma person för flera räknas som en.',
    ]);
  });

  it('never matches a vacant seat', () => {
    expect(matchTeamsParticipants([participant('Vakant')], CALLED)[0]?.candidate).toBeNull();
  });
});
