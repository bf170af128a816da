import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { closeDatabase } from '../../electron/services/storage/database';
import type { AgendaItem } from '../../shared/model/agenda-item';
import type { Meeting } from '../../shared/model/meeting';
import { emptyNotes, notes, paragraph } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { openApp, type TestApp } from './app-support';

/**
 * Two windows writing to the same item (two tabs of the browser host, a
 * duplicated tab): each save carries the revision its text started from, a
 * stale one is refused, and the way out keeps both texts.
 */

const STALE = {
  code: 'conflict',
  message:
    'Punkten har ändrats i ett annat fönster sedan du började skriva här. ' +
    'Din text är inte sparad ännu, men finns kvar – välj vilken text som ska gälla.',
  field: 'baseRevision',
};
const FROZEN = { code: 'frozen', message: 'Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.' };

const FIRST_WINDOW = 'Första fönstret: regionen tar fram en gemensam rutin.';
const SECOND_WINDOW = 'Andra fönstret: kommunerna lämnar synpunkter senast i maj.';

async function draftItem(app: TestApp): Promise<{ meeting: Meeting; item: AgendaItem }> {
  const summary = seedDemo(app.db, new Date()).meetings.find((m) => m.status === 'draft')!;
  const meeting = await app.ok('meetings:get', { id: summary.id });
  const item = meeting.agenda.find((i) => !i.standing && notesToPlainText(i.notes).trim() !== '')!;
  return { meeting, item };
}

/** Both windows opened the item at the same revision; the first saved, the second is refused. */
async function conflictOnOneItem(app: TestApp) {
  const { meeting, item } = await draftItem(app);
  const at = { meetingId: meeting.id, itemId: item.id };
  const first = await app.ok('notes:save', { ...at, notes: notes(paragraph(FIRST_WINDOW)), baseRevision: item.notesRevision });
  const refused = await app.fails('notes:save', { ...at, notes: notes(paragraph(SECOND_WINDOW)), baseRevision: item.notesRevision });
  return { meeting, item, at, first, refused };
}

async function storedText(app: TestApp, meetingId: number, itemId: number): Promise<string> {
  return notesToPlainText((await app.ok('notes:get', { meetingId, itemId })).notes);
}

describe('notes:save with the revision the editor started from', () => {
  it('refuses a save whose revision is stale and overwrites nothing', async () => {
    const app = openApp();
    const { meeting, item, at, first, refused } = await conflictOnOneItem(app);
    expect(first.revision).toBe(item.notesRevision + 1);
    expect(refused).toEqual(STALE);

    const stored = await app.ok('notes:get', at);
    expect(notesToPlainText(stored.notes)).toBe(FIRST_WINDOW);
    expect(stored).toMatchObject({ revision: first.revision, savedAt: first.savedAt });
    const again = (await app.ok('meetings:get', { id: meeting.id })).agenda.find((i) => i.id === item.id)!;
    expect(again.notesRevision).toBe(first.revision);

    // Emptied on purpose in the second window: still the conflict, not a wipe of the other window's text.
    expect(await app.fails('notes:save', { ...at, notes: emptyNotes(), replaceWithEmpty: true, baseRevision: item.notesRevision })).toEqual(
      STALE,
    );
    expect(await storedText(app, meeting.id, item.id)).toBe(FIRST_WINDOW);
  });

  it('saves on from each answer: the revision a save returns is the base of the next', async () => {
    const app = openApp();
    const { meeting, item } = await draftItem(app);
    const at = { meetingId: meeting.id, itemId: item.id };
    let base = item.notesRevision;
    for (const text of ['Ett', 'Ett två', 'Ett två tre']) {
      base = (await app.ok('notes:save', { ...at, notes: notes(paragraph(text)), baseRevision: base })).revision;
    }
    expect(await app.ok('notes:get', at)).toMatchObject({ revision: item.notesRevision + 3 });
    expect(await storedText(app, meeting.id, item.id)).toBe('Ett två tre');
  });

  it('lets a write without a revision (a script, the command line) win, as before', async () => {
    const app = openApp();
    const { meeting, item, at } = await conflictOnOneItem(app);
    await app.ok('notes:save', { ...at, notes: notes(paragraph('Skrivet av ett skript.')) });
    expect(await storedText(app, meeting.id, item.id)).toBe('Skrivet av ett skript.');
  });

  it('reports approved minutes, an unknown item and an unknown meeting before a conflict', async () => {
    const app = openApp();
    const { meeting, item, at } = await conflictOnOneItem(app);
    const other = meeting.agenda.find((i) => i.id !== item.id)!;
    expect(await app.fails('notes:get', { meetingId: meeting.id, itemId: 99_999 })).toEqual({
      code: 'not_found',
      message: 'Punkten finns inte i det här mötet.',
    });
    expect(await app.fails('notes:save', { meetingId: 99_999, itemId: other.id, notes: notes(paragraph('x')), baseRevision: 0 })).toEqual({
      code: 'not_found',
      message: 'Mötet finns inte.',
    });
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-12-10' });
    expect(await app.fails('notes:save', { ...at, notes: notes(paragraph(SECOND_WINDOW)), baseRevision: item.notesRevision })).toEqual(FROZEN);
    expect(await app.fails('notes:resolve', { ...at, keep: 'mine', notes: notes(paragraph(SECOND_WINDOW)) })).toEqual(FROZEN);
    expect(await app.fails('notes:resolve', { ...at, keep: 'saved', notes: notes(paragraph(SECOND_WINDOW)) })).toEqual(FROZEN);
    expect(await storedText(app, meeting.id, item.id)).toBe(FIRST_WINDOW);
    expect(await app.ok('notes:copies', { meetingId: meeting.id })).toEqual([]);
  });
});

describe('notes:resolve keeps both texts', () => {
  it('"keep mine": her text is stored, the other window\'s is kept as a copy, and that window is refused next', async () => {
    const app = openApp(new Date('2026-12-03T13:05:00Z'));
    const { meeting, item, at, first } = await conflictOnOneItem(app);
    const mine = notes(paragraph(SECOND_WINDOW));

    const resolved = await app.ok('notes:resolve', { ...at, keep: 'mine', notes: mine });
    expect(resolved.notes).toEqual(mine);
    expect(resolved.revision).toBe(first.revision + 1);
    expect(await storedText(app, meeting.id, item.id)).toBe(SECOND_WINDOW);

    const copies = await app.ok('notes:copies', { meetingId: meeting.id, itemId: item.id });
    expect(copies.map((c) => [c.itemId, c.why, notesToPlainText(c.notes)])).toEqual([[item.id, 'replacedByMine', FIRST_WINDOW]]);

    // Her next save goes on from the answer; the first window, still at its old revision, is refused in turn.
    await app.ok('notes:save', { ...at, notes: notes(paragraph(`${SECOND_WINDOW} Tillägg.`)), baseRevision: resolved.revision });
    expect(await app.fails('notes:save', { ...at, notes: notes(paragraph(FIRST_WINDOW)), baseRevision: first.revision })).toEqual(STALE);
    expect(await storedText(app, meeting.id, item.id)).toBe(`${SECOND_WINDOW} Tillägg.`);
  });

  it('"take the saved one": the stored text stays, hers is kept as a copy, and the answer is the base to go on from', async () => {
    const app = openApp();
    const { meeting, item, at, first } = await conflictOnOneItem(app);

    const resolved = await app.ok('notes:resolve', { ...at, keep: 'saved', notes: notes(paragraph(SECOND_WINDOW)) });
    expect(notesToPlainText(resolved.notes)).toBe(FIRST_WINDOW);
    expect(resolved).toMatchObject({ revision: first.revision, savedAt: first.savedAt });
    expect(await storedText(app, meeting.id, item.id)).toBe(FIRST_WINDOW);

    const copies = await app.ok('notes:copies', { meetingId: meeting.id });
    expect(copies.map((c) => [c.itemId, c.why, notesToPlainText(c.notes)])).toEqual([[item.id, 'setAsideForSaved', SECOND_WINDOW]]);
    // The first window was never disturbed: it saves on from its own revision.
    await app.ok('notes:save', { ...at, notes: notes(paragraph(`${FIRST_WINDOW} Mer.`)), baseRevision: resolved.revision });
  });

  it('keeps no copy of an empty text or of a text equal to the one chosen', async () => {
    const app = openApp();
    const { meeting, at } = await conflictOnOneItem(app);
    await app.ok('notes:resolve', { ...at, keep: 'saved', notes: emptyNotes() });
    await app.ok('notes:resolve', { ...at, keep: 'mine', notes: notes(paragraph(FIRST_WINDOW)) });
    expect(await app.ok('notes:copies', { meetingId: meeting.id })).toEqual([]);
  });
});

describe('kept copies', () => {
  const SECRET = 'Konfidentiell kopia om patient Q7X-KOPIA';

  function fileText(path: string): string {
    return ['', '-wal'].map((s) => (existsSync(path + s) ? readFileSync(path + s).toString('latin1') : '')).join('');
  }

  it('go with their meeting, and leave no trace of their text in the database file', async () => {
    const app = openApp();
    const { meeting, at } = await conflictOnOneItem(app);
    await app.ok('notes:resolve', { ...at, keep: 'saved', notes: notes(paragraph(SECRET)) });
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileText(app.path)).toContain(SECRET);

    await app.ok('meetings:remove', { id: meeting.id, confirmDate: meeting.date });
    expect(app.db.prepare('SELECT count(*) FROM notes_copies').pluck().get()).toBe(0);
    expect(fileText(app.path)).not.toContain(SECRET);
    closeDatabase(app.db);
    expect(fileText(app.path)).not.toContain(SECRET);
  });

  it('go with their item when it is removed from the agenda', async () => {
    const app = openApp();
    const { meeting, item, at } = await conflictOnOneItem(app);
    await app.ok('notes:resolve', { ...at, keep: 'saved', notes: notes(paragraph(SECOND_WINDOW)) });
    await app.ok('agenda:remove', { meetingId: meeting.id, itemId: item.id });
    expect(await app.ok('notes:copies', { meetingId: meeting.id })).toEqual([]);
  });
});
