import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { createBody, getBody, listBodies } from '../../electron/services/storage/bodies';
import {
  createMeeting,
  getMeeting,
  listMeetings,
  updateMeetingHeader,
} from '../../electron/services/storage/meetings';
import { saveItemNotes } from '../../electron/services/storage/item-notes';
import { bodySchema } from '../../shared/model/body';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import { meetingSchema, type MeetingHeader } from '../../shared/model/meeting';
import type { NewBody, NewMeeting } from '../../shared/model/new-meeting';
import { bold, bulletList, heading, link, notes, paragraph, table } from '../../shared/notes/build';
import type { NotesDocument } from '../../shared/notes/schema';
import { notesCharacterCount, notesToPlainText } from '../../shared/notes/text';
import { AppError } from '../../shared/ipc/result';

const dirs: string[] = [];
const open: Db[] = [];
function newDb(): { db: Db; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-meetings-'));
  dirs.push(dir);
  const path = join(dir, 'anteckna.sqlite');
  const db = openDatabase(path);
  open.push(db);
  return { db, path };
}
function reopen(path: string): Db {
  const db = openDatabase(path);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) closeDatabase(db);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function appError(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const attendance = UNMARKED_ATTENDANCE;
/** The moment storage is told a change happened (the IPC handlers pass their clock). */
const AT = '2026-11-12T12:00:00.000Z';
const CREATED = '2026-11-01T08:00:00.000Z';
const LATER = '2026-11-12T12:05:00.000Z';

function body(name: string, shortName: string, overrides: Partial<NewBody> = {}): NewBody {
  return {
    name,
    shortName,
    formalName: `Styrgruppen ${shortName}`,
    documentTitle: `Minnesanteckningar ${shortName}`,
    defaultPlace: 'Rådhuset, Strandby',
    defaultMeetingForm: 'Hybrid, Teams och Rådhuset',
    defaultStartTime: '13.00',
    defaultEndTime: '15.00',
    dateStyle: 'long',
    standpointPlacement: 'afterPresenters',
    summaryOfStandpoints: false,
    attendanceStyle: 'markers',
    plannedDates: [
      { date: '2027-03-04', note: '' },
      { date: '2026-09-10', note: 'Digitalt' },
      { date: '2027-01-14', note: 'På plats' },
    ],
    sides: [
      {
        name: 'Region',
        categories: [
          {
            name: 'Regionpolitiker',
            members: [
              { name: 'Tilda Ås', party: '(C)', organisation: '', title: 'ordförande HSN', role: 'ordforande', vacant: false },
              { name: '', party: '', organisation: '', title: '', role: 'ledamot', vacant: true },
            ],
          },
        ],
      },
      {
        name: 'Kommun',
        categories: [
          {
            name: 'Tjänstepersoner',
            members: [
              { name: 'Ove Ek', party: '', organisation: 'Strandby kommun', title: 'socialchef', role: 'ledamot', vacant: false },
              { name: 'Eva Berg', party: '', organisation: 'Strandby kommun', title: 'utredare', role: 'sekreterare', vacant: false },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

function meeting(date: string, overrides: Partial<NewMeeting> = {}): NewMeeting {
  return {
    title: 'Minnesanteckningar SGS',
    subtitle: 'Styrgrupp för samverkan i Strandby',
    date,
    startTime: '13.00',
    endTime: '15.00',
    meetingForm: 'Hybrid',
    place: 'Rådhuset',
    calledText: 'Se lista.',
    diaryNumber: '',
    calledPersons: [
      { kind: 'member', sideName: 'Region', categoryName: 'Regionpolitiker', name: 'Tilda Ås', party: '(C)', organisation: '', title: 'ordförande HSN', role: 'ordforande', vacant: false, attendance: { ...attendance, status: 'present' } },
      { kind: 'member', sideName: 'Kommun', categoryName: 'Tjänstepersoner', name: 'Ove Ek', party: '', organisation: 'Strandby kommun', title: 'socialchef', role: 'ledamot', vacant: false, attendance: { ...attendance, status: 'present', arrivedAt: '13.30' } },
      { kind: 'invitee', sideName: '', categoryName: 'Inbjudna', name: 'Pia Lund', party: '', organisation: 'Region Strandby', title: 'processledare', role: 'ledamot', vacant: false, attendance },
    ],
    agenda: [
      {
        title: 'Mötets öppnande',
        topics: [],
        kind: 'other',
        minutes: null,
        attachment: false,
        links: [],
        presenters: [],
        standpoint: '',
        notes: null,
        children: [
          { title: 'närvaro/presentation', topics: [], kind: 'other', minutes: null, attachment: false, links: [], presenters: [], standpoint: '', notes: null },
          {
            title: 'övriga frågor',
            topics: [],
            kind: 'other',
            minutes: null,
            attachment: false,
            links: [],
            presenters: [],
            standpoint: 'Inga övriga frågor.',
            notes: null,
            tasks: [{ what: 'Boka lokal till nästa möte', owner: 'Eva Berg', deadline: null, done: false }],
          },
        ],
      },
      {
        title: 'Hemsjukvård i samverkan',
        topics: ['Nuläge', 'Förslag till gemensam rutin'],
        kind: 'information_dialog',
        minutes: 40,
        attachment: true,
        links: [{ title: 'Rutin för hemsjukvård', url: 'https://samverkan.strandby.example/rutin.pdf' }],
        presenters: [{ name: 'Kim Sand', organisation: 'Region Strandby' }],
        standpoint: 'SGS noterar informationen.',
        notes: notes(paragraph('Rutinen behöver förtydligas.')),
        guests: [
          { kind: 'guest', sideName: '', categoryName: 'Gäster', name: 'Kim Sand', party: '', organisation: 'Region Strandby', title: 'utvecklingsledare', role: 'ledamot', vacant: false, attendance: { ...attendance, status: 'present' } },
        ],
        tasks: [{ what: 'Skicka synpunkter på rutinen', owner: 'Ledamöterna', deadline: '2026-12-10', done: false }],
      },
    ],
    tasks: [{ what: 'Skicka ut anteckningarna för justering', owner: 'Eva Berg', deadline: '2026-11-30', done: true }],
    ...overrides,
  };
}

function header(from: MeetingHeader, changes: Partial<MeetingHeader>): MeetingHeader {
  return { ...from, ...changes };
}

function headerOf(m: MeetingHeader): MeetingHeader {
  const { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName } = m;
  return { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName };
}

describe('bodies', () => {
  it('keeps the roster in the order it was entered, with vacant seats and planned dates by date', () => {
    const { db } = newDb();
    const id = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'));
    const stored = bodySchema.parse(getBody(db, id));
    expect(stored.sides.map((s) => s.name)).toEqual(['Region', 'Kommun']);
    expect(stored.sides[0]?.categories[0]?.members.map((m) => [m.name, m.role, m.vacant])).toEqual([
      ['Tilda Ås', 'ordforande', false],
      ['', 'ledamot', true],
    ]);
    expect(stored.sides[1]?.categories[0]?.members.map((m) => m.name)).toEqual(['Ove Ek', 'Eva Berg']);
    expect(stored.plannedDates.map((d) => d.date)).toEqual(['2026-09-10', '2027-01-14', '2027-03-04']);
    expect(stored).toMatchObject({ formalName: 'Styrgruppen SGS', attendanceStyle: 'markers', summaryOfStandpoints: false });
  });

  it('lists bodies in Swedish order, counting members (not vacant seats), meetings and the next planned date', () => {
    const { db } = newDb();
    const names = ['Östra styrgruppen', 'Ärendegruppen', 'Zonrådet', 'Ålandsgruppen', 'Arbetsgruppen'];
    const ids = names.map((name, i) => createBody(db, body(name, `G${i}`)));
    createMeeting(db, ids[2]!, meeting('2026-11-05'));
    createMeeting(db, ids[2]!, meeting('2026-12-05'));

    const listed = listBodies(db, '2026-11-22');
    expect(listed.map((b) => b.name)).toEqual(['Arbetsgruppen', 'Zonrådet', 'Ålandsgruppen', 'Ärendegruppen', 'Östra styrgruppen']);
    const zon = listed.find((b) => b.name === 'Zonrådet');
    expect(zon).toMatchObject({ memberCount: 3, meetingCount: 2, nextPlannedDate: '2027-01-14' });
    expect(listBodies(db, '2027-03-05')[0]?.nextPlannedDate).toBeNull();
  });

  it('reports a missing body in Swedish', () => {
    const { db } = newDb();
    const error = appError(() => getBody(db, 4711));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Organet finns inte.');
  });

  it('refuses an invalid body without storing any part of it', () => {
    const { db } = newDb();
    const error = appError(() => createBody(db, body('Styrgrupp', 'SG', { defaultStartTime: '25.00' })));
    expect(error.code).toBe('validation');
    expect(error.field).toBe('defaultStartTime');
    expect(listBodies(db)).toEqual([]);
  });
});

describe('meetings', () => {
  it('stores a whole meeting and reads it back in document order, valid against the model', () => {
    const { db } = newDb();
    const bodyId = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'));
    const id = createMeeting(db, bodyId, meeting('2026-11-12', { openedAt: '13.02', secretaryName: 'Eva Berg' }));
    const m = meetingSchema.parse(getMeeting(db, id));

    expect(m).toMatchObject({ bodyId, date: '2026-11-12', status: 'draft', openedAt: '13.02', secretaryName: 'Eva Berg' });
    expect(m.agenda.map((i) => i.title)).toEqual(['Mötets öppnande', 'närvaro/presentation', 'övriga frågor', 'Hemsjukvård i samverkan']);
    const [opening, presence, other, subject] = m.agenda;
    expect([presence?.parentId, other?.parentId]).toEqual([opening?.id, opening?.id]);
    expect(subject).toMatchObject({
      parentId: null,
      topics: ['Nuläge', 'Förslag till gemensam rutin'],
      kind: 'information_dialog',
      minutes: 40,
      attachment: true,
      links: [{ title: 'Rutin för hemsjukvård', url: 'https://samverkan.strandby.example/rutin.pdf' }],
      presenters: [{ name: 'Kim Sand', organisation: 'Region Strandby' }],
      standpoint: 'SGS noterar informationen.',
      notesRevision: 0,
    });
    expect(notesToPlainText(subject?.notes ?? null)).toBe('Rutinen behöver förtydligas.');

    expect(m.calledPersons.map((p) => [p.kind, p.name])).toEqual([
      ['member', 'Tilda Ås'],
      ['member', 'Ove Ek'],
      ['invitee', 'Pia Lund'],
      ['guest', 'Kim Sand'],
    ]);
    expect(m.calledPersons.find((p) => p.kind === 'guest')?.itemId).toBe(subject?.id);
    expect(m.calledPersons.filter((p) => p.kind !== 'guest').every((p) => p.itemId === null)).toBe(true);
    expect(m.calledPersons[1]?.attendance).toEqual({ ...UNMARKED_ATTENDANCE, status: 'present', arrivedAt: '13.30' });

    expect(m.tasks.map((t) => [t.what, t.itemId])).toEqual([
      ['Boka lokal till nästa möte', other?.id],
      ['Skicka synpunkter på rutinen', subject?.id],
      ['Skicka ut anteckningarna för justering', null],
    ]);
    expect(m.tasks[2]).toMatchObject({ owner: 'Eva Berg', deadline: '2026-11-30', done: true });
  });

  it('lists meetings newest first, per body when asked, with the number of top-level items', () => {
    const { db } = newDb();
    const a = createBody(db, body('Styrgrupp A', 'SGA'));
    const b = createBody(db, body('Styrgrupp B', 'SGB'));
    const oldest = createMeeting(db, a, meeting('2026-03-05'));
    const newest = createMeeting(db, b, meeting('2027-01-14'));
    const middle = createMeeting(db, a, meeting('2026-11-12'));

    expect(listMeetings(db).map((m) => m.id)).toEqual([newest, middle, oldest]);
    expect(listMeetings(db, a).map((m) => [m.id, m.bodyShortName, m.itemCount])).toEqual([
      [middle, 'SGA', 2],
      [oldest, 'SGA', 2],
    ]);
    expect(listMeetings(db, 999)).toEqual([]);
  });

  it('refuses a meeting for a body that does not exist, or with invalid content, and stores nothing', () => {
    const { db } = newDb();
    expect(appError(() => createMeeting(db, 42, meeting('2026-11-12'))).code).toBe('not_found');
    const bodyId = createBody(db, body('Styrgrupp', 'SG'));
    const bad = meeting('2026-11-12');
    const error = appError(() =>
      createMeeting(db, bodyId, {
        ...bad,
        agenda: [{ ...bad.agenda[1]!, links: [{ title: 'Farlig', url: 'javascript:alert(1)' }] }],
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.field).toBe('agenda.0.links.0.url');
    expect(listMeetings(db)).toEqual([]);
  });

  it('reports a missing meeting in Swedish', () => {
    const { db } = newDb();
    const error = appError(() => getMeeting(db, 12345));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Mötet finns inte.');
  });
});

describe('updateMeetingHeader', () => {
  it('saves the header and it is still there after the database is closed and reopened', () => {
    const { db, path } = newDb();
    const id = createMeeting(db, createBody(db, body('Styrgrupp', 'SG')), meeting('2026-11-12'), undefined, CREATED);
    const changed = header(headerOf(getMeeting(db, id)), {
      date: '2026-11-19',
      startTime: '09.00',
      endTime: '12.00',
      meetingForm: 'Teamsmöte',
      place: '',
      diaryNumber: 'RS 2026-00412',
    });
    const result = updateMeetingHeader(db, id, changed, AT);
    expect(result).toEqual({ header: changed, updatedAt: AT });
    expect(getMeeting(db, id).updatedAt).toBe(result.updatedAt);

    closeDatabase(db);
    const again = getMeeting(reopen(path), id);
    expect(headerOf(again)).toEqual(changed);
    expect(again.agenda).toHaveLength(4);
  });

  it('reports an unknown meeting and refuses an impossible date, changing nothing', () => {
    const { db } = newDb();
    const id = createMeeting(db, createBody(db, body('Styrgrupp', 'SG')), meeting('2026-11-12'));
    const before = getMeeting(db, id);
    const error = appError(() => updateMeetingHeader(db, id + 1, headerOf(before), AT));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Mötet finns inte.');

    const invalid = appError(() => updateMeetingHeader(db, id, header(headerOf(before), { date: '2026-02-30' }), AT));
    expect(invalid.code).toBe('validation');
    expect(getMeeting(db, id)).toEqual(before);
  });
});

describe('saveItemNotes', () => {
  function setup() {
    const { db, path } = newDb();
    const bodyId = createBody(db, body('Styrgrupp', 'SG'), CREATED);
    const first = createMeeting(db, bodyId, meeting('2026-11-12'), undefined, CREATED);
    const second = createMeeting(db, bodyId, meeting('2026-12-10'), undefined, CREATED);
    const itemOf = (meetingId: number) => getMeeting(db, meetingId).agenda.find((i) => i.title === 'Hemsjukvård i samverkan')!;
    return { db, path, first, second, itemOf };
  }

  const typed = notes(
    heading(3, 'Inspel'),
    bulletList('Rutinen behöver förtydligas.', ['Ansvaret för ', bold('läkemedel'), ' måste framgå.']),
    paragraph('Se ', link('https://samverkan.strandby.example/rutin.pdf', 'rutinen'), '.'),
  );

  it('saves the notes, counts revisions and stamps the meeting as changed', () => {
    const { db, first, itemOf } = setup();
    const item = itemOf(first);
    const saved = saveItemNotes(db, first, item.id, typed, AT);
    expect(saved).toMatchObject({ revision: 1, savedAt: AT });
    const second = saveItemNotes(db, first, item.id, notes(...typed.root.children, paragraph('Ett tillägg.')), LATER);
    expect(second).toMatchObject({ revision: 2, savedAt: LATER });

    const m = getMeeting(db, first);
    const stored = m.agenda.find((i) => i.id === item.id);
    expect(stored?.notesRevision).toBe(2);
    expect(notesToPlainText(stored?.notes ?? null)).toBe(
      'Inspel\nRutinen behöver förtydligas.\nAnsvaret för läkemedel måste framgå.\nSe rutinen.\nEtt tillägg.',
    );
    expect(m.updatedAt).toBe(second.savedAt);
  });

  it('keeps saved notes after the database is closed and reopened', () => {
    const { db, path, first, itemOf } = setup();
    const item = itemOf(first);
    saveItemNotes(db, first, item.id, typed, AT);
    closeDatabase(db);

    const again = getMeeting(reopen(path), first).agenda.find((i) => i.id === item.id);
    expect(again?.notes).toEqual(typed);
    expect(again?.notesRevision).toBe(1);
  });

  it("refuses an item of another meeting, an unknown item or an unknown meeting, and changes nothing", () => {
    const { db, first, second, itemOf } = setup();
    const foreignItem = itemOf(second);
    const before = [getMeeting(db, first), getMeeting(db, second)];

    const wrongMeeting = appError(() => saveItemNotes(db, first, foreignItem.id, typed, AT));
    expect(wrongMeeting.code).toBe('not_found');
    expect(wrongMeeting.message).toBe('Punkten finns inte i det här mötet.');
    expect(appError(() => saveItemNotes(db, first, 99999, typed, AT)).code).toBe('not_found');
    const noMeeting = appError(() => saveItemNotes(db, 99999, foreignItem.id, typed, AT));
    expect(noMeeting.code).toBe('not_found');
    expect(noMeeting.message).toBe('Mötet finns inte.');

    expect([getMeeting(db, first), getMeeting(db, second)]).toEqual(before);
  });

  it('refuses notes with an unsafe link and keeps the previous text', () => {
    const { db, first, itemOf } = setup();
    const item = itemOf(first);
    saveItemNotes(db, first, item.id, typed, AT);
    const unsafe = notes(paragraph('Klicka ', link('javascript:alert(1)', 'här')));
    expect(appError(() => saveItemNotes(db, first, item.id, unsafe, AT)).code).toBe('validation');
    const stored = getMeeting(db, first).agenda.find((i) => i.id === item.id);
    expect(stored?.notes).toEqual(typed);
    expect(stored?.notesRevision).toBe(1);
  });

  it('reuses its prepared statement on every autosave instead of compiling it again', () => {
    const { db, first, itemOf } = setup();
    const item = itemOf(first);
    saveItemNotes(db, first, item.id, typed, AT);
    const prepare = vi.spyOn(db, 'prepare');
    for (let i = 0; i < 5; i++) saveItemNotes(db, first, item.id, typed, AT);
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
  });
});

describe('a long meeting', () => {
  /** About 3,400 characters per item: a full afternoon's notes. */
  function longNotes(n: number): NotesDocument {
    const sentence = `Under punkt ${n} diskuterades hur kommunerna och regionen kan samverka kring trygg hemgång från sjukhus. `;
    return notes(
      heading(3, `Bakgrund till punkt ${n}`),
      paragraph(sentence.repeat(12)),
      bulletList(...Array.from({ length: 8 }, (_, i) => `Inspel ${i + 1}: ${sentence}`)),
      table([
        ['Period', 'Aktivitet', 'Ansvar'],
        ['Hösten 2026', 'Inledande dialog', 'Beredningen'],
        ['Våren 2027', 'Förslag till rutin', 'Arbetsgruppen'],
      ]),
      paragraph(sentence.repeat(11)),
    );
  }

  it('opens a meeting with 30 items and 100,000 characters of notes quickly, and saves an item quickly', () => {
    const { db } = newDb();
    const bodyId = createBody(db, body('Styrgrupp', 'SG'));
    const base = meeting('2026-11-12');
    const subject = base.agenda[1]!;
    const agenda = Array.from({ length: 30 }, (_, n) => ({ ...subject, title: `Punkt ${n + 1}`, notes: longNotes(n + 1) }));
    const id = createMeeting(db, bodyId, { ...base, agenda });

    const loaded = getMeeting(db, id);
    const characters = loaded.agenda.reduce((sum, i) => sum + notesCharacterCount(i.notes), 0);
    expect(loaded.agenda).toHaveLength(30);
    expect(characters).toBeGreaterThanOrEqual(100_000);

    const reads = 10;
    const started = performance.now();
    for (let i = 0; i < reads; i++) getMeeting(db, id);
    const perRead = (performance.now() - started) / reads;
    // Opening a meeting should feel instant; this is a generous bound.
    expect(perRead).toBeLessThan(100);

    const item = loaded.agenda[15]!;
    const saveStarted = performance.now();
    for (let i = 0; i < reads; i++) saveItemNotes(db, id, item.id, longNotes(99), AT);
    const perSave = (performance.now() - saveStarted) / reads;
    // Includes the full check of the notes and a synced commit to disk.
    expect(perSave).toBeLessThan(150);
  });
});
