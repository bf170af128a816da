import { describe, expect, it } from 'vitest';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, type MeetingFile, type MeetingFileItem } from '../../shared/meetingfile/schema';
import { NEW_BODY_SETTINGS } from '../../shared/model/body';
import type { NewCalledPerson } from '../../shared/model/new-meeting';
import { notes, paragraph } from '../../shared/notes/build';
import { scoreDraft } from '../import-corpus/score';
import { lcsLength, words } from '../import-corpus/score-text';

/** The scorer of the import corpus, on a hand-made truth and drafts that differ from it in known ways. */

const present = { status: 'present' as const, note: '', arrivedAt: null, leftAt: null, substituteName: '', substituteRemote: false, reportedOn: null };

function person(name: string, extra: Partial<NewCalledPerson> = {}): NewCalledPerson {
  return { kind: 'member', sideName: 'Region', categoryName: 'Regionpolitiker', name, party: 'S', organisation: 'Kustregionen', title: '', role: 'ledamot', vacant: false, email: '', attendance: present, ...extra };
}

function item(title: string, text: string, extra: Partial<MeetingFileItem> = {}): MeetingFileItem {
  return { title, standing: false, topics: [], kind: 'other', minutes: null, attachment: false, links: [], presenters: [], standpoint: '', notes: notes(paragraph(text)), guests: [], tasks: [], children: [], ...extra };
}

function truth(): MeetingFile {
  return {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    exportedAt: '',
    body: { ...NEW_BODY_SETTINGS, name: 'Samrådet', shortName: 'SR', plannedDates: [], sides: [] },
    meeting: {
      title: 'Mötesanteckning SR',
      subtitle: 'Samrådet',
      date: '2024-11-25',
      startTime: '09.00',
      endTime: '12.00',
      meetingForm: '',
      place: 'Digitalt',
      calledText: '',
      diaryNumber: '',
      secretaryName: 'Eva Sekreterare',
      meetingLink: '',
      status: 'approved',
      reviewers: [{ name: 'Anna Ordförande', role: '' }],
      approvedOn: null,
      openedAt: null,
      closedAt: null,
      calledPersons: [
        person('Anna Ordförande', { role: 'ordforande' }),
        person('Bo Ledamot', { party: 'M', attendance: { ...present, status: 'excused', substituteName: 'Cilla Ersättare' } }),
      ],
      agenda: [
        item('Mötets öppnande', 'Ordföranden hälsade välkommen.'),
        item('Budget', 'Budgeten följs upp varje kvartal. Prognosen visar ett litet överskott.', {
          kind: 'information',
          minutes: 20,
          presenters: [{ name: 'Dan Ekonom', organisation: 'Kustregionen' }],
          standpoint: 'Samrådet noterar informationen.',
        }),
      ],
      tasks: [],
    },
  };
}

describe('scoreDraft', () => {
  it('finds every field right and every word kept when the draft is the truth', () => {
    const score = scoreDraft(truth(), truth());
    expect(score.checks.filter((c) => !c.ok)).toEqual([]);
    expect(score.right).toBe(score.total);
    expect(score.total).toBeGreaterThan(20);
    expect(score.text.kept).toBe(score.text.total);
  });

  it('names each wrong field with what was expected and what the draft had', () => {
    const draft = truth();
    const [anna, bo] = draft.meeting.calledPersons as [NewCalledPerson, NewCalledPerson];
    bo.attendance = { ...present, status: 'excused' };
    anna.role = 'ledamot';
    draft.meeting.calledPersons.push(person('Justerat av'));
    const budget = draft.meeting.agenda[1] as MeetingFileItem;
    budget.kind = 'other';
    budget.standpoint = '';
    draft.meeting.startTime = '9:00';
    const score = scoreDraft(truth(), draft);
    const wrong = score.checks.filter((c) => !c.ok).map((c) => [c.field, c.where, c.expected, c.got]);
    expect(wrong).toEqual([
      ['person.role', 'Anna Ordförande', 'ordforande', 'ledamot'],
      ['attendance.substitute', 'Bo Ledamot', 'Cilla Ersättare', ''],
      ['person.extra', 'Justerat av', '—', 'Justerat av'],
      ['item.kind', '2. Budget', 'information', 'other'],
      ['item.standpoint', '2. Budget', 'Samrådet noterar informationen.', ''],
    ]);
    expect(score.right).toBe(score.total - 5);
    // The standpoint's words are lost from the text.
    expect(score.text.kept).toBe(score.text.total - 3);
  });

  it('counts a missing item as wrong in every field it has, and a field empty on both sides not at all', () => {
    const draft = truth();
    draft.meeting.agenda.splice(1, 1);
    const score = scoreDraft(truth(), draft);
    const wrong = score.checks.filter((c) => !c.ok).map((c) => c.field);
    expect(wrong).toEqual(['item.title', 'item.kind', 'item.minutes', 'item.presenters', 'item.standpoint']);
    expect(score.checks.some((c) => c.field === 'header.meetingForm' || c.field === 'item.links')).toBe(false);
  });

  it('reads times and names without caring for case, dots or colons', () => {
    const draft = truth();
    draft.meeting.startTime = '09:00';
    draft.meeting.title = 'MÖTESANTECKNING  SR';
    draft.meeting.reviewers = [{ name: 'anna ordförande', role: '' }];
    expect(scoreDraft(truth(), draft).checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('text kept in order', () => {
  it('loses the words a draft puts out of order', () => {
    const draft = truth();
    const budget = draft.meeting.agenda[1] as MeetingFileItem;
    budget.notes = notes(paragraph('Prognosen visar ett litet överskott.'), paragraph('Budgeten följs upp varje kvartal.'));
    const score = scoreDraft(truth(), draft);
    // One of the two sentences still stands in order; the other (5 words) does not.
    expect(score.text.total - score.text.kept).toBe(5);
  });

  it('is the longest common subsequence of the words', () => {
    expect(words('Hälso- och sjukvård, 2024!')).toEqual(['hälso', 'och', 'sjukvård', '2024']);
    expect(lcsLength(['a', 'b', 'c', 'd'], ['b', 'x', 'c', 'a', 'd'])).toBe(3);
    expect(lcsLength([], ['a'])).toBe(0);
  });
});
