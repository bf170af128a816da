import { describe, expect, it } from 'vitest';
import { notes, paragraph } from '../../shared/notes/build';
import { openApp, settings } from './app-support';

/**
 * Storage takes "now" from the host's clock (the handlers' `clock`), never
 * from the machine's: what a change stores is the moment the clock said.
 */

const CREATED = new Date(Date.UTC(2026, 10, 3, 8, 0));
const EDITED = new Date(Date.UTC(2026, 10, 12, 13, 5));

describe('the times storage records', () => {
  it('are the clock the handlers were given, for bodies, meetings, agenda, tasks and notes', async () => {
    const app = openApp(CREATED);
    const body = await app.ok('bodies:create', { settings: settings() });
    const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId: body.id, date: '2026-11-12' });
    const stamps = (sql: string, id: number) => app.db.prepare(sql).get(id);
    expect(stamps('SELECT created_at AS created, updated_at AS updated FROM bodies WHERE id = ?', body.id)).toEqual({
      created: CREATED.toISOString(),
      updated: CREATED.toISOString(),
    });
    expect(stamps('SELECT created_at AS created, updated_at AS updated FROM meetings WHERE id = ?', meetingId)).toEqual({
      created: CREATED.toISOString(),
      updated: CREATED.toISOString(),
    });

    app.now.value = EDITED;
    const item = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: null, title: 'Hemsjukvård i samverkan' });
    const task = await app.ok('tasks:save', {
      meetingId,
      task: { itemId: item.id, what: 'Skicka rutinen', owner: 'Ove Ek', deadline: null, done: false },
    });
    expect(stamps('SELECT created_at AS created, updated_at AS updated FROM tasks WHERE id = ?', task.id)).toEqual({
      created: EDITED.toISOString(),
      updated: EDITED.toISOString(),
    });
    const saved = await app.ok('notes:save', { meetingId, itemId: item.id, notes: notes(paragraph('Rutinen presenterades.')) });
    expect(saved.savedAt).toBe(EDITED.toISOString());
    expect((await app.ok('meetings:get', { id: meetingId })).updatedAt).toBe(EDITED.toISOString());

    await app.ok('bodies:updateSettings', { id: body.id, settings: settings({ defaultPlace: 'Rådhuset' }) });
    expect(stamps('SELECT updated_at AS updated FROM bodies WHERE id = ?', body.id)).toEqual({ updated: EDITED.toISOString() });
  });
});
