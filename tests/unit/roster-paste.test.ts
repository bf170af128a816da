import { describe, expect, it } from 'vitest';
import { MAX_PASTE_LINE_LENGTH, MAX_PASTE_ROWS, parseRosterPaste, type PastedRosterRow } from '../../shared/roster/paste';
import type { NewMember } from '../../shared/model/new-meeting';
import { vacantSeat } from '../../electron/services/demo/helpers';
import { psnBody } from '../../electron/services/demo/psn';

function member(name: string, fields: Partial<NewMember> = {}): NewMember {
  return { name, party: '', organisation: '', title: '', role: 'ledamot', vacant: false, email: '', ...fields };
}

/**
 * A member as the PSN demo body's roster has them: the lists pasted here are
 * that body's "Kallade", so each line must read back as its roster entry.
 */
function psnMember(name: string): NewMember {
  const found = psnBody()
    .sides.flatMap((side) => side.categories.flatMap((category) => category.members))
    .find((m) => m.name === name);
  if (!found) throw new Error(`${name} is not in the PSN demo roster`);
  // A pasted list has no e-mail addresses; the roster's stay where they are.
  return { ...found, email: '' };
}

function ok(rows: PastedRosterRow[]): NewMember[] {
  return rows.filter((r) => r.status === 'ok').map((r) => r.member!);
}

function outcome(rows: PastedRosterRow[]): [number, string, string | undefined][] {
  return rows.map((r) => [r.line, r.status, r.reason]);
}

describe('parseRosterPaste: rows copied from Excel', () => {
  it('reads name, party, organisation, title and role from tab-separated columns and skips the header row', () => {
    const text = [
      'Namn\tParti\tOrganisation\tTitel\tRoll',
      'Anna Andersson\tS\tExempelregionen\tregionråd\tvice ordförande',
      'Erik Berg\t\tKustregionen\tförbundsdirektör\t',
      'Karin Ek\t(M)\tSkaraborg\t\tordförande',
      'Lisa Holm\tKD\tHöglandet\t\tadj.',
    ].join('\r\n');
    const rows = parseRosterPaste(`${text}\r\n`, []);
    expect(outcome(rows)).toEqual([
      [1, 'skipped', 'Rubrikrad'],
      [2, 'ok', undefined],
      [3, 'ok', undefined],
      [4, 'ok', undefined],
      [5, 'ok', undefined],
    ]);
    expect(ok(rows)).toEqual([
      member('Anna Andersson', { party: '(S)', organisation: 'Exempelregionen', title: 'regionråd', role: 'vice_ordforande' }),
      member('Erik Berg', { organisation: 'Kustregionen', title: 'förbundsdirektör' }),
      member('Karin Ek', { party: '(M)', organisation: 'Skaraborg', role: 'ordforande' }),
      member('Lisa Holm', { party: '(KD)', organisation: 'Höglandet', role: 'adjungerad' }),
    ]);
    expect(rows[1]?.raw).toBe('Anna Andersson\tS\tExempelregionen\tregionråd\tvice ordförande');
  });

  it('reads the same columns without a header row', () => {
    const rows = parseRosterPaste('Anna Andersson\tS\tExempelregionen\tregionråd\tvice ordförande\nErik Berg\t\tKustregionen\tförbundsdirektör\t', []);
    expect(ok(rows)).toEqual([
      member('Anna Andersson', { party: '(S)', organisation: 'Exempelregionen', title: 'regionråd', role: 'vice_ordforande' }),
      member('Erik Berg', { organisation: 'Kustregionen', title: 'förbundsdirektör' }),
    ]);
  });

  it('follows the column order of the header, keeps the address of the "E-post" column, and leaves out columns it does not know', () => {
    const rows = parseRosterPaste('Nr\tNamn\tTitel\tE-post\tTelefon\tOrganisation\n1\tPetra Alm\tsocialchef\tpetra@skarvik.example\t0123-456\tSkärviks kommun', []);
    expect(outcome(rows)).toEqual([
      [1, 'skipped', 'Rubrikrad'],
      [2, 'ok', undefined],
    ]);
    expect(ok(rows)).toEqual([member('Petra Alm', { organisation: 'Skärviks kommun', title: 'socialchef', email: 'petra@skarvik.example' })]);
  });

  it('reads a Word table: tab-separated cells, the party written after the name', () => {
    const rows = parseRosterPaste('Tove Sandberg (M)\tHöglandet\nMats Öhrn\tSjöbygden\tförbundsdirektör', []);
    expect(ok(rows)).toEqual([
      member('Tove Sandberg', { party: '(M)', organisation: 'Höglandet' }),
      member('Mats Öhrn', { organisation: 'Sjöbygden', title: 'förbundsdirektör' }),
    ]);
  });

  it('takes quoted cells and semicolon-separated rows', () => {
    const rows = parseRosterPaste('"Ylva Sandström"\t"Region Norrvik"\t"Regionområdeschef, barnläkare"\nOve Ek;;Strandby kommun;socialchef', []);
    expect(ok(rows)).toEqual([
      member('Ylva Sandström', { organisation: 'Region Norrvik', title: 'Regionområdeschef, barnläkare' }),
      member('Ove Ek', { organisation: 'Strandby kommun', title: 'socialchef' }),
    ]);
  });
});

describe('parseRosterPaste: lines copied from minutes', () => {
  it('reads the usual ways a member is written', () => {
    const rows = parseRosterPaste(
      [
        'Anna Andersson (S), Exempelregionen, vice ordförande',
        'Erik Berg, förbundsdirektör Kustregionen',
        'Karin Ek (M) Skaraborg',
        'Helena Strand, beredning KFN',
        'Birgitta Sjöholm (S), ordförande regionstyrelsen, **ordförande**',
        'Frida Hellström, **sekreterare**',
        'Lena Mårtensson, planeringsledare för Kustregionen',
        'Henrik von Sydow, andre vice ordförande',
        'Maria Ljung, adj.',
        'Karim Nilsson (V), förste vice ordförande HSN',
        'Ulla Bergkvist (l), 1:e vice ordf.',
      ].join('\n'),
      [],
    );
    expect(rows.every((r) => r.status === 'ok')).toBe(true);
    expect(ok(rows)).toEqual([
      member('Anna Andersson', { party: '(S)', organisation: 'Exempelregionen', role: 'vice_ordforande' }),
      member('Erik Berg', { organisation: 'Kustregionen', title: 'förbundsdirektör' }),
      member('Karin Ek', { party: '(M)', organisation: 'Skaraborg' }),
      member('Helena Strand', { organisation: 'KFN', title: 'beredning' }),
      member('Birgitta Sjöholm', { party: '(S)', title: 'ordförande regionstyrelsen', role: 'ordforande' }),
      member('Frida Hellström', { role: 'sekreterare' }),
      member('Lena Mårtensson', { title: 'planeringsledare för Kustregionen' }),
      member('Henrik von Sydow', { role: 'andre_vice_ordforande' }),
      member('Maria Ljung', { role: 'adjungerad' }),
      // The title of a regional politician, not a role in this body.
      member('Karim Nilsson', { party: '(V)', title: 'förste vice ordförande HSN' }),
      member('Ulla Bergkvist', { party: '(L)', role: 'forste_vice_ordforande' }),
    ]);
  });

  it('recognises every party in parentheses and stores it as "(X)"', () => {
    const parties = ['S', 'M', 'C', 'V', 'L', 'MP', 'KD', 'SD'];
    const text = parties.map((p, i) => `Person ${String.fromCharCode(65 + i)}nder (${p.toLowerCase()}), Norrvik`).join('\n');
    expect(ok(parseRosterPaste(text, [])).map((m) => m.party)).toEqual(parties.map((p) => `(${p})`));
  });

  it('reads "Vakant" as a vacant seat, as often as it comes', () => {
    const rows = parseRosterPaste('Vakant\n- vakant\nVakant (S), Kustregionen', []);
    expect(outcome(rows)).toEqual([
      [1, 'ok', undefined],
      [2, 'ok', undefined],
      [3, 'ok', undefined],
    ]);
    expect(ok(rows)).toEqual([
      member('', { vacant: true }),
      member('', { vacant: true }),
      member('', { vacant: true, party: '(S)', organisation: 'Kustregionen' }),
    ]);
  });

  it('removes bullets, numbering, bold markers, non-breaking spaces and attendance markers', () => {
    const rows = parseRosterPaste(
      [
        '- Oskar Lindqvist (S), Kustregionen',
        '• Maria Ekström (S), Kustregionen, **vice ordförande**',
        '1. Rolf\u00a0Nyström (S), Älvdalsregionen (*förhindrad*)',
        '12) Göran Fält (C),\u00a0Älvdalsregionen',
        '  **Jonas Berglund**, direktör KFN  ',
      ].join('\n'),
      [],
    );
    expect(ok(rows)).toEqual(['Oskar Lindqvist', 'Maria Ekström', 'Rolf Nyström', 'Göran Fält', 'Jonas Berglund'].map(psnMember));
  });

  it('reads a whole roster copied from earlier minutes, skipping the headings between the groups', () => {
    const text = [
      'För de fyra kommunalförbunden (KFN)',
      '',
      'Kommunpolitiker',
      '',
      'Oskar Lindqvist (S), Kustregionen',
      '',
      'Maria Ekström (S), Kustregionen, **vice ordförande**',
      '',
      'Tjänstepersoner',
      '',
      'Jonas Berglund, direktör KFN',
      '',
      'Kommunikation',
      '',
      'Vakant',
      '',
    ].join('\r\n');
    const rows = parseRosterPaste(text, []);
    expect(rows).toHaveLength(15);
    expect(rows.filter((r) => r.status === 'skipped').map((r) => [r.raw, r.reason])).toEqual([
      ['För de fyra kommunalförbunden (KFN)', 'Ser ut som en rubrik, inte ett namn'],
      ['', 'Tom rad'],
      ['Kommunpolitiker', 'Ser ut som en rubrik, inte ett namn'],
      ['', 'Tom rad'],
      ['', 'Tom rad'],
      ['', 'Tom rad'],
      ['Tjänstepersoner', 'Ser ut som en rubrik, inte ett namn'],
      ['', 'Tom rad'],
      ['', 'Tom rad'],
      ['Kommunikation', 'Ser ut som en rubrik, inte ett namn'],
      ['', 'Tom rad'],
    ]);
    expect(ok(rows).map((m) => (m.vacant ? 'Vakant' : m.name))).toEqual([
      'Oskar Lindqvist',
      'Maria Ekström',
      'Jonas Berglund',
      'Vakant',
    ]);
  });
});

describe('parseRosterPaste: rows that cannot be read', () => {
  it('skips empty lines, lines without a name and overly long lines, each with a reason and its line number', () => {
    const long = `Anna Andersson, ${'mycket lång titel '.repeat(30)}`;
    expect(long.length).toBeGreaterThan(MAX_PASTE_LINE_LENGTH);
    const rows = parseRosterPaste(['   ', '(S), Kustregionen', 'förbundsdirektör Kustregionen', '12345', '\t\t\t', long, 'Närvarande: Anna Ek'].join('\n'), []);
    expect(outcome(rows)).toEqual([
      [1, 'skipped', 'Tom rad'],
      [2, 'skipped', 'Saknar namn'],
      [3, 'skipped', 'Saknar namn'],
      [4, 'skipped', 'Saknar namn'],
      [5, 'skipped', 'Tom rad'],
      [6, 'skipped', 'För lång rad (över 400 tecken)'],
      [7, 'skipped', 'Ser ut som en rubrik, inte ett namn'],
    ]);
    expect(rows.every((r) => r.member === undefined)).toBe(true);
    expect(rows[5]?.raw).toBe(long);
  });

  it('skips the group headings of an attendance block, even with names beside them', () => {
    const rows = parseRosterPaste('Inbjudna\tTherese Ahl Bengt Sundin\tProcessledare\nFörhindrade:\tAnna Falk', []);
    expect(outcome(rows)).toEqual([
      [1, 'skipped', 'Ser ut som en rubrik, inte ett namn'],
      [2, 'skipped', 'Ser ut som en rubrik, inte ett namn'],
    ]);
  });

  it('skips an Excel row whose name cell is empty', () => {
    const rows = parseRosterPaste('Namn\tParti\tOrganisation\n\tS\tKustregionen', []);
    expect(outcome(rows)).toEqual([
      [1, 'skipped', 'Rubrikrad'],
      [2, 'skipped', 'Saknar namn'],
    ]);
  });

  it('reads at most MAX_PASTE_ROWS lines and says where it stopped', () => {
    // Distinct invented surnames: Baa, Bab, … (digits are not part of a name).
    const surname = (i: number) => `B${String.fromCharCode(97 + Math.floor(i / 26 / 26) % 26, 97 + Math.floor(i / 26) % 26, 97 + (i % 26))}`;
    const text = Array.from({ length: MAX_PASTE_ROWS + 50 }, (_, i) => `Person ${surname(i)}`).join('\n');
    const rows = parseRosterPaste(text, []);
    expect(rows).toHaveLength(MAX_PASTE_ROWS + 1);
    expect(rows.at(-1)).toEqual({
      line: MAX_PASTE_ROWS + 1,
      raw: `Person ${surname(MAX_PASTE_ROWS)}`,
      status: 'skipped',
      reason: 'För många rader: klistra in högst 1000 rader åt gången',
    });
    expect(rows.slice(0, -1).every((r) => r.status === 'ok')).toBe(true);
  });

  it('gives nothing for an empty paste, and no extra row for the line ending after the last row', () => {
    expect(parseRosterPaste('', [])).toEqual([]);
    expect(parseRosterPaste('Anna Ek\r\n', [])).toHaveLength(1);
    expect(parseRosterPaste('Anna Ek\r\n\r\n', []).map((r) => r.status)).toEqual(['ok', 'skipped']);
  });
});

describe('parseRosterPaste: duplicates', () => {
  it('marks names already in the roster, ignoring case, accents and spacing but not å, ä, ö', () => {
    const rows = parseRosterPaste(
      ['HELEN ELIASSON (S), Norrvik', 'Åsa Jakobsson, beredning', 'Asa Jakobsson, beredning', 'Tilda  Ås'].join('\n'),
      ['Helén Eliasson', 'Asa Jakobsson', 'Tilda Ås'],
    );
    expect(outcome(rows)).toEqual([
      [1, 'duplicate', 'Finns redan i listan'],
      [2, 'ok', undefined],
      [3, 'duplicate', 'Finns redan i listan'],
      [4, 'duplicate', 'Finns redan i listan'],
    ]);
    // The preview can still show what the row says.
    expect(rows[0]?.member).toEqual(member('HELEN ELIASSON', { party: '(S)', organisation: 'Norrvik' }));
  });

  it('marks a name repeated in the paste, keeping the first occurrence', () => {
    const rows = parseRosterPaste('Anna Andersson (S), Exempelregionen\nErik Berg\nANNA ANDERSSON (S)\tExempelregionen\nVakant\nVakant', []);
    expect(outcome(rows)).toEqual([
      [1, 'ok', undefined],
      [2, 'ok', undefined],
      [3, 'duplicate', 'Förekommer två gånger i inklistringen'],
      [4, 'ok', undefined],
      [5, 'ok', undefined],
    ]);
  });
});

describe('parseRosterPaste: attendance marks of a "Kallade" list', () => {
  function marks(rows: PastedRosterRow[]): [string, string | undefined][] {
    return rows.filter((r) => r.member).map((r) => [r.member!.name, r.mark]);
  }

  it('keeps "(förhindrad)", "(ej närvarande)", "(frånvarande)" and "(med på länk)" as the attendance of the line, not in the roster', () => {
    const rows = parseRosterPaste(
      [
        'Kallade',
        'Oskar Lindqvist (S), Kustregionen',
        'Rolf Nyström (S) (förhindrad), Älvdalsregionen',
        'Maria Ekström (S), Kustregionen, **vice ordförande** (*förhindrad*)',
        'Göran Fält (C), Älvdalsregionen (ej närvarande)',
        'Sara Åberg (M), Höglandet (Frånvarande)',
        'Leila Haddad (S), Sjöbygden (med på länk)',
        'Jonas Berglund, direktör KFN (anmält förhinder)',
        'Vakant (förhindrad)',
      ].join('\n'),
      [],
    );
    expect(marks(rows)).toEqual([
      ['Oskar Lindqvist', undefined],
      ['Rolf Nyström', 'excused'],
      ['Maria Ekström', 'excused'],
      ['Göran Fält', 'absent'],
      ['Sara Åberg', 'absent'],
      ['Leila Haddad', 'remote'],
      ['Jonas Berglund', 'excused'],
      // A vacant seat has nobody to mark.
      ['', undefined],
    ]);
    expect(ok(rows)).toEqual([
      ...['Oskar Lindqvist', 'Rolf Nyström', 'Maria Ekström', 'Göran Fält', 'Sara Åberg', 'Leila Haddad', 'Jonas Berglund'].map(psnMember),
      vacantSeat(),
    ]);
  });

  it('reads a mark in a column of its own or after a title in Excel rows', () => {
    const rows = parseRosterPaste(
      ['Namn\tParti\tOrganisation\tTitel', 'Anna Berg\tS\tKustregionen\tförhindrad', 'Per Ek\tM\tHöglandet\tledamot (med på länk)'].join('\n'),
      [],
    );
    expect(marks(rows)).toEqual([
      ['Anna Berg', 'excused'],
      ['Per Ek', 'remote'],
    ]);
    expect(ok(rows)).toEqual([
      member('Anna Berg', { party: '(S)', organisation: 'Kustregionen' }),
      member('Per Ek', { party: '(M)', organisation: 'Höglandet', title: 'ledamot' }),
    ]);
  });

  it('keeps the mark of a name already in the roster, so it can still reach the meeting', () => {
    const rows = parseRosterPaste('Rolf Nyström (S) (förhindrad)', ['Rolf Nyström']);
    expect(rows).toMatchObject([{ status: 'duplicate', mark: 'excused', member: { name: 'Rolf Nyström' } }]);
  });
});
