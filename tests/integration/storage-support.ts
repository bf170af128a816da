import { afterEach, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import { type MeetingHeader } from '../../shared/model/meeting';
import type { NewBody, NewMeeting } from '../../shared/model/new-meeting';
import { notes, paragraph } from '../../shared/notes/build';
import { AppError } from '../../shared/ipc/result';
import { item, person, vacantSeat } from '../../electron/services/demo/helpers';
import { rosterSide, settings } from './app-support';

/** Storage called directly, on a fresh file per test: the bodies and meetings the storage tests start from. */

const dirs: string[] = [];
const open: Db[] = [];
export function newDb(): { db: Db; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-meetings-'));
  dirs.push(dir);
  const path = join(dir, 'anteckna.sqlite');
  const db = openDatabase(path);
  open.push(db);
  return { db, path };
}
export function reopen(path: string): Db {
  const db = openDatabase(path);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) closeDatabase(db);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function appError(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** Reading what is not in a fresh database: not_found, with the Swedish message the secretary sees. */
export function expectNotFound(read: (db: Db) => unknown, message: string): void {
  const { db } = newDb();
  const error = appError(() => read(db));
  expect(error.code).toBe('not_found');
  expect(error.message).toBe(message);
}

const attendance = UNMARKED_ATTENDANCE;
/** The moment storage is told a change happened (the IPC handlers pass their clock). */
export const AT = '2026-11-12T12:00:00.000Z';
export const CREATED = '2026-11-01T08:00:00.000Z';
export const LATER = '2026-11-12T12:05:00.000Z';

export function body(name: string, shortName: string, overrides: Partial<NewBody> = {}): NewBody {
  return {
    ...settings({ name, shortName, formalName: `Styrgruppen ${shortName}`, documentTitle: `Minnesanteckningar ${shortName}`, attendanceStyle: 'markers' }),
    plannedDates: [
      { date: '2027-03-04', note: '' },
      { date: '2026-09-10', note: 'Digitalt' },
      { date: '2027-01-14', note: 'På plats' },
    ],
    sides: [
      rosterSide('Region', {
        Regionpolitiker: [person('Tilda Ås', { party: '(C)', title: 'ordförande HSN', role: 'ordforande' }), vacantSeat()],
      }),
      rosterSide('Kommun', {
        Tjänstepersoner: [
          person('Ove Ek', { organisation: 'Strandby kommun', title: 'socialchef' }),
          person('Eva Berg', { organisation: 'Strandby kommun', title: 'utredare', role: 'sekreterare' }),
        ],
      }),
    ],
    ...overrides,
  };
}

export function meeting(date: string, overrides: Partial<NewMeeting> = {}): NewMeeting {
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
        ...item('Mötets öppnande'),
        children: [
          item('närvaro/presentation'),
          {
            ...item('övriga frågor', { standpoint: 'Inga övriga frågor.' }),
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

export function header(from: MeetingHeader, changes: Partial<MeetingHeader>): MeetingHeader {
  return { ...from, ...changes };
}

export function headerOf(m: MeetingHeader): MeetingHeader {
  const { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName, meetingLink } = m;
  return { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName, meetingLink };
}
