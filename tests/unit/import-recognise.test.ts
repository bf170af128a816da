import { describe, expect, it } from 'vitest';
import { checkMeetingFile } from '../../shared/meetingfile/schema';
import { assembleMeeting } from '../../shared/import/assemble';
import { recogniseMinutes } from '../../shared/import/recognise';
import { sourceFromText } from '../../shared/import/text-source';
import { BLOCK_MINUTES, NUMBERED_MINUTES, UNNUMBERED_MINUTES } from './import-fixtures';

const read = (text: string) => recogniseMinutes(sourceFromText(text, 'Mötesanteckning.txt', 'txt'));
const person = (r: ReturnType<typeof read>, name: string) => r.draft.file.meeting.calledPersons.find((p) => p.name === name);

describe('recognising minutes in one column with attendance lines (numbered)', () => {
  const r = read(NUMBERED_MINUTES);
  const { meeting, body } = r.draft.file;

  it('reads the header: title, subtitle, date, times, meeting form and the called line', () => {
    expect(meeting).toMatchObject({
      title: 'Mötesanteckning KSN',
      subtitle: 'Kust- och skogsregionens samverkansnämnd',
      date: '2024-03-14',
      startTime: '13.00',
      endTime: '16.00',
      meetingForm: 'På plats i Hamnhuset, Strandvik (Lokal Fyren)',
      calledText: 'Se lista.',
    });
    expect(body).toMatchObject({ shortName: 'KSN', name: 'Kust- och skogsregionens samverkansnämnd', dateStyle: 'long', attendanceStyle: 'lines', numberedItems: true });
  });

  it('reads the roster by side and category with party, organisation, title, role and a vacant seat', () => {
    expect(body.sides.map((s) => [s.name, s.categories.map((c) => c.name)])).toEqual([
      ['För kommunerna i Kustlandet (KL)', ['Kommunpolitiker', 'Tjänstepersoner']],
      ['För Region Skogslandet (RS)', ['Regionpolitiker', 'Administration', 'Kommunikation']],
    ]);
    expect(person(r, 'Ingrid Lövgren')).toMatchObject({ party: '(S)', organisation: 'Strandviks kommun', role: 'vice_ordforande' });
    expect(person(r, 'Harriet Ekdahl')).toMatchObject({ party: '(S)', title: 'ordförande regionstyrelsen', role: 'ordforande' });
    expect(person(r, 'Petra Vingård')).toMatchObject({ organisation: 'Kustlandet', title: 'förbundsdirektör' });
    expect(person(r, 'Mona Sjövik')?.role).toBe('sekreterare');
    expect(meeting.calledPersons.filter((p) => p.vacant)).toHaveLength(1);
  });

  it('applies the attendance lines, including someone partly there and replaced, and marks the rest present', () => {
    expect(person(r, 'Tomas Berglöf')?.attendance).toMatchObject({ status: 'remote', arrivedAt: '13.40' });
    expect(person(r, 'Olle Fjällström')?.attendance.status).toBe('excused');
    expect(person(r, 'Selma Ruuth')?.attendance).toMatchObject({ status: 'absent', note: 'hade ej fått kallelsen' });
    expect(person(r, 'Gustav Lindroos')?.attendance).toMatchObject({ status: 'present', arrivedAt: '14.30', leftAt: null, substituteName: 'Ebba Ström' });
    expect(person(r, 'Ingrid Lövgren')?.attendance.status).toBe('present');
  });

  it('reads items, sub-items, topics, the type line, presenters, a link, guests and the standpoint', () => {
    expect(meeting.agenda.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Godkännande av dagens agenda',
      'Vårdens kompetensförsörjning i glesbygd',
      'Digitala vårdmöten',
      'Övriga frågor',
    ]);
    expect(meeting.agenda[0]?.children.map((c) => c.title)).toEqual(['närvaro/presentation', 'övriga frågor']);
    expect(meeting.agenda[2]).toMatchObject({
      topics: ['Bemanning av vårdcentraler', 'Hyrpersonal'],
      kind: 'information_dialog',
      minutes: 40,
      attachment: true,
      presenters: [
        { name: 'Petra Vingård', organisation: 'Kustlandet' },
        { name: 'Harriet Ekdahl', organisation: 'RS' },
      ],
      links: [{ url: 'https://example.org/kompetens-rapport.pdf' }],
      standpoint: 'Samverkansnämnden noterar informationen.',
    });
    expect(meeting.agenda[3]).toMatchObject({ kind: 'dialog', minutes: 20 });
    expect(meeting.agenda[3]?.guests.map((g) => [g.kind, g.name, g.title, g.organisation])).toEqual([['guest', 'Vera Holm', 'projektledare', 'Skogslandet']]);
    expect(body.standpointPlacement).toBe('afterPresenters');
  });

  it('keeps every line it does not know in the notes of its item, in order', () => {
    expect(meeting.agenda[2]?.notesMarkdown).toBe(
      'Bemanningen har förbättrats i norra delen men är fortsatt svår i skärgården.\n\nEn ny rekryteringskampanj startar i maj.',
    );
    expect(meeting.agenda[3]?.notesMarkdown).toBe('Ett oväntat stycke som inte är någon rubrik.');
  });

  it('reads who took the minutes and who checked them, with the date', () => {
    expect(meeting.secretaryName).toBe('Mona Sjövik');
    expect(meeting.reviewers).toEqual([
      { name: 'Harriet Ekdahl', role: 'ordförande' },
      { name: 'Ingrid Lövgren', role: 'vice ordförande' },
    ]);
    expect(meeting.approvedOn).toBe('2024-03-21');
    expect(meeting.status).toBe('approved');
  });

  it('assembles a meeting file that passes the meeting-file check', () => {
    const checked = checkMeetingFile(JSON.parse(JSON.stringify(r.draft.file)));
    expect(checked.ok ? 'ok' : checked.message).toBe('ok');
  });
});

describe('recognising minutes with a label table of attendance blocks', () => {
  const r = read(BLOCK_MINUTES);
  const { meeting, body } = r.draft.file;

  it('reads names beside their titles, the blocks as statuses and the invitees', () => {
    expect(body.attendanceStyle).toBe('blocks');
    expect(person(r, 'Astrid Hagberg')).toMatchObject({ title: 'Förvaltningsdirektör, Strandvik', role: 'ordforande', attendance: { status: 'present' } });
    expect(person(r, 'Nils Öberg')).toMatchObject({ title: 'Verksamhetschef, Kustsjukhuset', attendance: { status: 'present' } });
    expect(person(r, 'Linnea Krook')).toMatchObject({ role: 'vice_ordforande', attendance: { status: 'excused' } });
    expect(person(r, 'Mikael Stare')).toMatchObject({ kind: 'invitee', title: 'Processledare, Samverkanskontoret' });
  });

  it('takes the date out of the subtitle, the place and time from the table, and the standpoints at the end of the items', () => {
    expect(meeting).toMatchObject({ title: 'Minnesanteckningar', subtitle: 'Ledningsgrupp för närsjukvård', date: '2024-11-25', place: 'Digitalt', startTime: '09.00', endTime: '12.00' });
    expect(body.shortName).toBe('LNS');
    expect(body.standpointPlacement).toBe('endOfItem');
    expect(meeting.agenda.map((i) => [i.title, i.standpoint])).toEqual([
      ['Inledning', ''],
      ['Uppföljning av avvikelser', 'LNS ställer sig bakom förslaget.'],
      ['Budget', 'LNS noterar informationen.'],
    ]);
    expect(meeting.reviewers).toEqual([{ name: 'Astrid Hagberg', role: 'LNS ordförande' }]);
    expect(meeting.secretaryName).toBe('Mikael Stare');
  });
});

describe('recognising unnumbered minutes', () => {
  const r = read(UNNUMBERED_MINUTES);
  const { meeting, body } = r.draft.file;

  it('takes the repeated headings as items and says the body does not number them', () => {
    expect(body.numberedItems).toBe(false);
    expect(meeting.agenda.map((i) => i.title)).toEqual(['Mötets öppnande', 'Elevhälsans samarbete med vårdcentralerna', 'Övriga frågor']);
    expect(meeting.date).toBe('2023-11-23');
  });

  it('takes the next heading level down as a sub-item, with the list under it as its notes', () => {
    expect(meeting.agenda[1]?.notesMarkdown).toBe('Samarbetet fungerar bättre sedan i höstas.');
    expect(meeting.agenda[1]?.children.map((c) => [c.title, c.notesMarkdown])).toEqual([['Fortsatt arbete', '- Gemensam rutin tas fram\n- Uppföljning i maj']]);
    expect(meeting.agenda[1]).toMatchObject({ kind: 'information', minutes: 15 });
    // The standpoint after the sub-item's list belongs to the sub-item it stands in.
    expect(meeting.agenda[1]?.children[0]?.standpoint).toBe('Styrgruppen noterar informationen.');
  });

  it('adds people named only in the attendance, with what is written about them, and says so', () => {
    expect(person(r, 'Klara Wendt')).toMatchObject({ party: '(S)', organisation: 'Åsby kommun', attendance: { status: 'present' } });
    expect(person(r, 'Sixten Malm')).toMatchObject({ organisation: 'Skogslandet', attendance: { status: 'excused' } });
    expect(r.draft.review.map((n) => n.message)).toContain('Klara Wendt står i närvaron men inte i kallelselistan; lagd under ”Övriga”.');
  });
});

describe('the secretary corrects a reading', () => {
  it('moving a line to another item and reading a line as a standpoint change the assembled meeting', () => {
    const source = sourceFromText(NUMBERED_MINUTES, 'm.txt', 'txt');
    const r = recogniseMinutes(source);
    const stray = r.lines.findIndex((l) => l.text === 'Ett oväntat stycke som inte är någon rubrik.');
    const budget = r.lines.findIndex((l) => l.text.startsWith('3. Vårdens'));
    const readings = r.readings.map((x, i) => (i === stray ? { ...x, item: budget } : x));
    const moved = assembleMeeting(source, r.lines, readings).file.meeting.agenda;
    expect(moved[3]?.notesMarkdown).toBeUndefined();
    expect(moved[2]?.notesMarkdown?.endsWith('Ett oväntat stycke som inte är någon rubrik.')).toBe(true);

    const asStandpoint = r.readings.map((x, i) => (i === stray ? { ...x, kind: 'standpoint' as const } : x));
    const item = assembleMeeting(source, r.lines, asStandpoint).file.meeting.agenda[3];
    expect(item?.standpoint).toBe('Samverkansnämnden ställer sig positiv till fortsatt arbete.\nEtt oväntat stycke som inte är någon rubrik.');
  });
});
