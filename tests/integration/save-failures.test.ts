import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { notes, paragraph } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { openApp } from './app-support';

describe('a save that cannot be written', () => {
  it('while another program holds the database says so in Swedish, writes nothing, and succeeds when retried', async () => {
    const app = openApp();
    const draft = seedDemo(app.db, new Date()).meetings.find((m) => m.status === 'draft');
    if (!draft) throw new Error('Demodatan saknar ett utkast.');
    const meeting = await app.ok('meetings:get', { id: draft.id });
    const item = meeting.agenda[0];
    if (!item) throw new Error('Mötet saknar punkter.');
    // Don't make the test wait out the normal five-second patience.
    app.db.pragma('busy_timeout = 50');

    const other = new Database(app.path);
    other.exec('BEGIN IMMEDIATE');
    const typed = notes(paragraph('Ordföranden hälsade alla välkomna.'));
    const refused = await app.fails('notes:save', { meetingId: meeting.id, itemId: item.id, notes: typed });
    expect(refused.code).toBe('storage');
    expect(refused.message).toMatch(/^Databasen är upptagen just nu\. Texten finns kvar/);
    other.exec('ROLLBACK');
    other.close();

    const unchanged = await app.ok('meetings:get', { id: meeting.id });
    expect(unchanged.agenda[0]?.notesRevision).toBe(item.notesRevision);

    await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: typed });
    const saved = await app.reopen().ok('meetings:get', { id: meeting.id });
    expect(notesToPlainText(saved.agenda[0]?.notes ?? null)).toBe('Ordföranden hälsade alla välkomna.');
  });
});
