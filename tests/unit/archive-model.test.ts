import { describe, expect, it } from 'vitest';
import { buildYearLogDocument } from '../../shared/document/year-log';
import {
  chosenYear,
  doneLabel,
  itemLabel,
  meetingName,
  standpointsByMeeting,
  versionLabel,
  yearLogTitle,
  yearRange,
  type ArchiveBody,
  type YearLog,
  type YearLogStandpoint,
} from '../../shared/model/archive';

const body: ArchiveBody = { id: 1, name: 'Samverkansrådet i Strandby', shortName: 'SRO', numberedItems: true };

function standpoint(meetingId: number, date: string, itemNumber: string, text: string): YearLogStandpoint {
  return { meetingId, date, meetingTitle: `Möte ${meetingId}`, itemId: meetingId * 100 + itemNumber.length, itemNumber, itemTitle: 'Färdplan', standpoint: text };
}

describe('archive model', () => {
  it('shows the year asked for, else the newest year with meetings, else none', () => {
    const years = [
      { year: 2026, count: 3 },
      { year: 2024, count: 1 },
    ];
    expect(chosenYear(years, 2024)).toBe(2024);
    expect(chosenYear(years, 2025)).toBe(2025);
    expect(chosenYear(years, null)).toBe(2026);
    expect(chosenYear([], null)).toBeNull();
  });

  it('spans a year from its first day up to the next year’s, as ISO dates compare', () => {
    expect(yearRange(2026)).toEqual({ from: '2026-01-01', until: '2027-01-01' });
    expect(yearRange(999 + 1)).toEqual({ from: '1000-01-01', until: '1001-01-01' });
    expect('2026-12-31' >= yearRange(2026).from && '2026-12-31' < yearRange(2026).until).toBe(true);
    expect('2027-01-01' < yearRange(2026).until).toBe(false);
  });

  it('names the version only of minutes unlocked after approval', () => {
    expect(versionLabel(1)).toBeNull();
    expect(versionLabel(2)).toBe('version 2');
  });

  it('names an item by number and title where the body numbers its items, by title alone otherwise', () => {
    expect(itemLabel('4 a)', 'Färdplan', true)).toBe('Punkt 4 a) Färdplan');
    expect(itemLabel('4', 'Färdplan', false)).toBe('Färdplan');
    expect(itemLabel('4', '  ', false)).toBe('Namnlös punkt');
  });

  it('groups standpoints by meeting, in the order the meetings were held', () => {
    const groups = standpointsByMeeting([
      standpoint(7, '2026-05-02', '2', 'B'),
      standpoint(3, '2026-02-01', '1', 'A'),
      standpoint(7, '2026-05-02', '4', 'C'),
    ]);
    expect(groups.map((g) => [g.meetingId, g.standpoints.map((s) => s.standpoint)])).toEqual([
      [3, ['A']],
      [7, ['B', 'C']],
    ]);
  });

  it('says the meeting, a task’s state and the log’s title in Swedish', () => {
    expect(meetingName('2026-03-12', 'Mötesanteckning SRO')).toBe('12 mars 2026, Mötesanteckning SRO');
    expect(meetingName('2026-03-12', ' ')).toBe('12 mars 2026');
    expect(doneLabel({ done: true })).toBe('Ja');
    expect(doneLabel({ done: false })).toBe('Nej');
    expect(yearLogTitle(2026)).toBe('Beslutslogg 2026');
  });
});

describe('year log document', () => {
  const log: YearLog = {
    standpoints: [standpoint(3, '2026-02-01', '4 a)', 'SRO ställer sig bakom färdplanen.\nUppföljning i juni.')],
    tasks: [
      { id: 1, meetingId: 3, date: '2026-02-01', meetingTitle: 'Möte 3', what: 'Ta fram en rutin', owner: 'Ove Ek', deadline: '2026-04-30', done: true },
      { id: 2, meetingId: 3, date: '2026-02-01', meetingTitle: 'Möte 3', what: 'Boka lokal', owner: '', deadline: null, done: false },
    ],
  };

  it('is the title, the body, the standpoints under their meeting, and the tasks as a table with header cells', () => {
    const doc = buildYearLogDocument(body, 2026, log);
    expect(doc).toMatchObject({ lang: 'sv-SE', title: 'Beslutslogg 2026 SRO', subtitle: 'Samverkansrådet i Strandby', draftMarker: null, fileBaseName: '2026 Beslutslogg SRO' });
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, b.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')]] : []));
    expect(headings).toEqual([
      [1, 'Ställningstaganden'],
      [2, '1 februari 2026, Möte 3'],
      [1, 'Uppdrag'],
    ]);
    const standpointBlock = doc.blocks.find((b) => b.kind === 'paragraph' && b.role === 'standpoint');
    expect(standpointBlock).toMatchObject({
      children: [{ text: 'Ställningstagande: ' }, { text: 'SRO ställer sig bakom färdplanen.', italic: true }, { kind: 'break' }, { text: 'Uppföljning i juni.', italic: true }],
    });
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('ingen tabell');
    const cellText = (row: number) =>
      table.rows[row]!.map((c) => c.blocks.map((b) => (b.kind === 'paragraph' ? b.children.map((i) => (i.kind === 'text' ? i.text : '')).join('') : '')).join(''));
    expect(table.rows[0]!.every((c) => c.header)).toBe(true);
    expect(cellText(0)).toEqual(['Uppdrag', 'Ansvarig', 'Senast', 'Klart', 'Givet vid mötet']);
    expect(cellText(1)).toEqual(['Ta fram en rutin', 'Ove Ek', '30 april 2026', 'Ja', '1 februari 2026']);
    expect(cellText(2)).toEqual(['Boka lokal', '–', '–', 'Nej', '1 februari 2026']);
  });

  it('says so when the year has no standpoints or tasks', () => {
    const doc = buildYearLogDocument({ ...body, shortName: '' }, 2025, { standpoints: [], tasks: [] });
    expect(doc.title).toBe('Beslutslogg 2025');
    expect(doc.fileBaseName).toBe('2025 Beslutslogg Samverkansrådet i Strandby');
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')] : []));
    expect(texts).toContain('Inga ställningstaganden detta år.');
    expect(texts).toContain('Inga uppdrag gavs detta år.');
  });
});
