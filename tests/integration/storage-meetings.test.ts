import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import { createBody, getBody, listBodies } from '../../electron/services/storage/bodies';
import { createMeeting, getMeeting, listMeetings, updateMeetingHeader } from '../../electron/services/storage/meetings';
import { bodySchema } from '../../shared/model/body';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import { meetingSchema } from '../../shared/model/meeting';
import { notesToPlainText } from '../../shared/notes/text';
import { newDb, reopen, appError, expectNotFound, AT, CREATED, body, meeting, header, headerOf } from './storage-support';

describe('bodies', () => {
  it('keeps the roster in the order it was entered, with vacant seats and planned dates by date', () => {
    const { db } = newDb();
    const id = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
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
    const ids = names.map((name, i) => createBody(db, body(name, `G${i}`), CREATED));
    createMeeting(db, ids[2]!, meeting('2026-11-05'), undefined, CREATED);
    createMeeting(db, ids[2]!, meeting('2026-12-05'), undefined, CREATED);

    const listed = listBodies(db, '2026-11-22');
    expect(listed.map((b) => b.name)).toEqual(['Arbetsgruppen', 'Zonrådet', 'Ålandsgruppen', 'Ärendegruppen', 'Östra styrgruppen']);
    const zon = listed.find((b) => b.name === 'Zonrådet');
    expect(zon).toMatchObject({ memberCount: 3, meetingCount: 2, nextPlannedDate: '2027-01-14' });
    expect(listBodies(db, '2027-03-05')[0]?.nextPlannedDate).toBeNull();
  });

  it('reports a missing body in Swedish', () => {
    expectNotFound((db) => getBody(db, 4711), 'Organet finns inte.');
  });

  it('refuses an invalid body without storing any part of it', () => {
    const { db } = newDb();
    const error = appError(() => createBody(db, body('Styrgrupp', 'SG', { defaultStartTime: '25.00' }), CREATED));
    expect(error.code).toBe('validation');
    expect(error.field).toBe('defaultStartTime');
    expect(listBodies(db, '2026-11-12')).toEqual([]);
  });
});

describe('meetings', () => {
  it('stores a whole meeting and reads it back in document order, valid against the model', () => {
    const { db } = newDb();
    const bodyId = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
    const stored = meeting('2026-11-12', { openedAt: '13.02', secretaryName: 'Eva Berg' });
    const id = createMeeting(db, bodyId, stored, undefined, CREATED);
    const m = meetingSchema.parse(getMeeting(db, id));

    expect(m).toMatchObject({ bodyId, date: '2026-11-12', status: 'draft', openedAt: '13.02', secretaryName: 'Eva Berg' });
    expect(m.agenda.map((i) => i.title)).toEqual(['Mötets öppnande', 'närvaro/presentation', 'övriga frågor', 'Hemsjukvård i samverkan']);
    const [opening, presence, other, subject] = m.agenda;
    expect([presence?.parentId, other?.parentId]).toEqual([opening?.id, opening?.id]);
    // The subject item comes back with every field it was stored with.
    const { topics, kind, minutes, attachment, links, presenters, standpoint } = stored.agenda[1]!;
    expect(subject).toMatchObject({ parentId: null, topics, kind, minutes, attachment, links, presenters, standpoint, notesRevision: 0 });
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
    const a = createBody(db, body('Styrgrupp A', 'SGA'), CREATED);
    const b = createBody(db, body('Styrgrupp B', 'SGB'), CREATED);
    const oldest = createMeeting(db, a, meeting('2026-03-05'), undefined, CREATED);
    const newest = createMeeting(db, b, meeting('2027-01-14'), undefined, CREATED);
    const middle = createMeeting(db, a, meeting('2026-11-12'), undefined, CREATED);

    expect(listMeetings(db).map((m) => m.id)).toEqual([newest, middle, oldest]);
    expect(listMeetings(db, a).map((m) => [m.id, m.bodyShortName, m.itemCount])).toEqual([
      [middle, 'SGA', 2],
      [oldest, 'SGA', 2],
    ]);
    expect(listMeetings(db, 999)).toEqual([]);
  });

  it('refuses a meeting for a body that does not exist, or with invalid content, and stores nothing', () => {
    const { db } = newDb();
    expect(appError(() => createMeeting(db, 42, meeting('2026-11-12'), undefined, CREATED)).code).toBe('not_found');
    const bodyId = createBody(db, body('Styrgrupp', 'SG'), CREATED);
    const bad = meeting('2026-11-12');
    const error = appError(() =>
      createMeeting(db, bodyId, {
        ...bad,
        agenda: [{ ...bad.agenda[1]!, links: [{ title: 'Farlig', url: 'javascript:alert(1)' }] }],
      }, undefined, CREATED),
    );
    expect(error.code).toBe('validation');
    expect(error.field).toBe('agenda.0.links.0.url');
    expect(listMeetings(db)).toEqual([]);
  });

  it('reports a missing meeting in Swedish', () => {
    expectNotFound((db) => getMeeting(db, 12345), 'Mötet finns inte.');
  });
});

describe('updateMeetingHeader', () => {
  it('saves the header and it is still there after the database is closed and reopened', () => {
    const { db, path } = newDb();
    const id = createMeeting(db, createBody(db, body('Styrgrupp', 'SG'), CREATED), meeting('2026-11-12'), undefined, CREATED);
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
    const id = createMeeting(db, createBody(db, body('Styrgrupp', 'SG'), CREATED), meeting('2026-11-12'), undefined, CREATED);
    const before = getMeeting(db, id);
    const error = appError(() => updateMeetingHeader(db, id + 1, headerOf(before), AT));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Mötet finns inte.');

    const invalid = appError(() => updateMeetingHeader(db, id, header(headerOf(before), { date: '2026-02-30' }), AT));
    expect(invalid.code).toBe('validation');
    expect(getMeeting(db, id)).toEqual(before);
  });
});
