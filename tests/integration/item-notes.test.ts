import { describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import { createBody } from '../../electron/services/storage/bodies';
import { createMeeting, getMeeting } from '../../electron/services/storage/meetings';
import { saveItemNotes } from '../../electron/services/storage/item-notes';
import { bold, bulletList, heading, link, notes, paragraph, table } from '../../shared/notes/build';
import type { NotesDocument } from '../../shared/notes/schema';
import { notesCharacterCount, notesToPlainText } from '../../shared/notes/text';
import { newDb, reopen, appError, AT, CREATED, LATER, body, meeting } from './storage-support';

/** Saving an item's notes straight to storage: revisions, the meeting's stamp, refusals, and a long meeting. */

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
    const bodyId = createBody(db, body('Styrgrupp', 'SG'), CREATED);
    const base = meeting('2026-11-12');
    const subject = base.agenda[1]!;
    const agenda = Array.from({ length: 30 }, (_, n) => ({ ...subject, title: `Punkt ${n + 1}`, notes: longNotes(n + 1) }));
    const id = createMeeting(db, bodyId, { ...base, agenda }, undefined, CREATED);

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
