import { beforeAll, describe, expect, it } from 'vitest';
import { buildKallelseDocument } from '../../shared/document/kallelse';
import type { DocInline } from '../../shared/document/model';
import type { Body, Meeting } from '../../shared/model/domain';
import type { ItemAttachment } from '../../shared/model/invitation';
import { allInlines, demoMeetings, documentLines } from './document-support';

let psn: { meeting: Meeting; body: Body };

beforeAll(() => {
  [psn] = demoMeetings() as [typeof psn];
});

function attachment(id: number, itemId: number, fileName: string, position = 0): ItemAttachment {
  return { id, itemId, position, fileName, hash: 'a'.repeat(64), size: 1000, mediaType: 'application/pdf' };
}

function links(inlines: DocInline[]): Extract<DocInline, { kind: 'link' }>[] {
  return inlines.filter((n): n is Extract<DocInline, { kind: 'link' }> => n.kind === 'link');
}

/** The PSN demo meeting, timed from 13.00 to 15.00, its first items given minutes. */
function timedMeeting(extra: Partial<Meeting> = {}): Meeting {
  const agenda = psn.meeting.agenda.map((item) => ({ ...item }));
  return { ...psn.meeting, startTime: '13.00', endTime: '15.00', agenda, cancelledAt: null, ...extra };
}

describe('buildKallelseDocument', () => {
  it('is titled with the body\'s kallelse title and short name, the body\'s name below, file name by title and date', () => {
    const doc = buildKallelseDocument(timedMeeting(), { ...psn.body, kallelseTitle: 'Kallelse till sammanträde' });
    expect(doc.title).toBe('Kallelse till sammanträde PSN');
    expect(doc.subtitle).toBe(psn.body.name);
    expect(doc.fileBaseName).toBe(`Kallelse till sammanträde PSN ${psn.meeting.date}`);
    expect(doc.draftMarker).toBeNull();
    expect(doc.lang).toBe('sv-SE');
  });

  it('prints date with weekday, time, place, the meeting link as "Länk till mötet", and the agenda with clock times', () => {
    const meeting = timedMeeting({ meetingLink: 'https://teams.example/l/meetup-join/abc' });
    const first = meeting.agenda.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position)[0]!;
    first.minutes = 10;
    const doc = buildKallelseDocument(meeting, psn.body);
    const lines = documentLines(doc);
    expect(lines).toContain('Tid: 13.00–15.00');
    expect(lines.some((l) => /^Datum: \p{L}+dag \d+ \p{L}+ \d{4}$/u.test(l))).toBe(true);
    expect(lines).toContain('Möteslänk: Länk till mötet');
    expect(links(allInlines(doc)).map((l) => l.url)).toContain('https://teams.example/l/meetup-join/abc');
    expect(lines).toContain('Dagordning');
    expect(lines).toContain('Tid: 13.00–13.10');
    // Called, not yet attended: no markers.
    expect(lines.join('\n')).not.toMatch(/förhindrad|med på länk/);
  });

  it('prints Plats and Mötesform, the place once when the form already names it', () => {
    const fields = (meeting: Meeting) => documentLines(buildKallelseDocument(meeting, psn.body)).filter((l) => /^(Plats|Mötesform):/.test(l));
    expect(fields(timedMeeting({ place: 'Stationshuset', meetingForm: 'Hybrid, Teams' }))).toEqual(['Plats: Stationshuset', 'Mötesform: Hybrid, Teams']);
    expect(fields(timedMeeting({ place: 'Stationshuset', meetingForm: 'På plats i Stationshuset' }))).toEqual(['Mötesform: På plats i Stationshuset']);
    expect(fields(timedMeeting({ place: 'Stationshuset', meetingForm: '' }))).toEqual(['Plats: Stationshuset']);
  });

  it('lists each item\'s files under the item and all files at the end, with the item they belong to', () => {
    const meeting = timedMeeting();
    const top = meeting.agenda.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position);
    const item = top[1]!;
    meeting.attachments = [attachment(2, item.id, 'Budget 2027.xlsx', 1), attachment(1, item.id, 'Färdplan.pdf', 0)];
    const lines = documentLines(buildKallelseDocument(meeting, psn.body));
    expect(lines).toContain('Bilagor: Färdplan.pdf, Budget 2027.xlsx');
    const list = lines.slice(lines.lastIndexOf('Bilagor'));
    expect(list).toEqual(['Bilagor', 'Färdplan.pdf (punkt 2)', 'Budget 2027.xlsx (punkt 2)']);
  });

  it('tells how to report förhinder: to the secretary by name with the address as a mailto: link', () => {
    const meeting = timedMeeting({ secretaryName: 'Eva Berg' });
    const doc = buildKallelseDocument(meeting, { ...psn.body, secretaryEmail: 'eva.berg@norrvik.example', absenceInstruction: '' });
    expect(documentLines(doc)).toContain('Anmäl förhinder till Eva Berg, eva.berg@norrvik.example.');
    expect(links(allInlines(doc)).map((l) => l.url)).toContain('mailto:eva.berg@norrvik.example');
  });

  it('prints the body\'s own words for förhinder when it has them', () => {
    const doc = buildKallelseDocument(timedMeeting(), { ...psn.body, absenceInstruction: 'Förhinder anmäls i kalendern.\nKalla din ersättare.' });
    const lines = documentLines(doc);
    expect(lines).toContain('Förhinder anmäls i kalendern.\nKalla din ersättare.');
    expect(lines.join('\n')).not.toContain('Anmäl förhinder till');
  });

  it('stamps a cancelled meeting INSTÄLLT before the title, on every page and in the file name', () => {
    const doc = buildKallelseDocument(timedMeeting({ cancelledAt: '2026-10-01T08:00:00.000Z' }), psn.body);
    expect(doc.title).toBe('INSTÄLLT Kallelse PSN');
    expect(doc.draftMarker).toBe('INSTÄLLT');
    expect(doc.fileBaseName).toBe(`INSTÄLLT Kallelse PSN ${psn.meeting.date}`);
    const lines = documentLines(doc);
    expect(lines[2]).toMatch(/^Mötet den \d+ \p{L}+ \d{4} är inställt\.$/u);
    // Nobody reports förhinder to a meeting that will not be held.
    expect(lines).not.toContain('Förhinder');
  });
});
