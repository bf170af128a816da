import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { importMeetingFile } from '../../electron/services/meetingfile/import';
import { getBody } from '../../electron/services/storage/bodies';
import type { Db } from '../../electron/services/storage/database';
import { getMeeting } from '../../electron/services/storage/meetings';
import { exportMeetingFile } from '../../shared/meetingfile/schema';
import { newDb } from './storage-support';

/**
 * The demo seed and the meeting-file import write bodies and meetings
 * without going through the handlers: they too stamp what they store with
 * the clock their caller gives, never the machine's.
 */

const SEEDED = new Date(Date.UTC(2026, 9, 1, 7, 30));
const IMPORTED = new Date(Date.UTC(2026, 10, 20, 15, 45));

function stamps(db: Db, table: 'bodies' | 'meetings', id: number): unknown {
  return db.prepare(`SELECT created_at AS created, updated_at AS updated FROM ${table} WHERE id = ?`).get(id);
}

describe('the times the demo seed and the meeting-file import record', () => {
  it('are the moment the caller gave, for the bodies and meetings they create', () => {
    const { db: source } = newDb();
    const seeded = seedDemo(source, SEEDED);
    const seededStamp = { created: SEEDED.toISOString(), updated: SEEDED.toISOString() };
    for (const { id } of seeded.bodies) expect(stamps(source, 'bodies', id)).toEqual(seededStamp);
    for (const { id } of seeded.meetings) expect(stamps(source, 'meetings', id)).toEqual(seededStamp);

    const original = getMeeting(source, seeded.meetings[0]!.id);
    const file = JSON.stringify(exportMeetingFile(original, getBody(source, original.bodyId)));
    const { db } = newDb();
    const { meetingId } = importMeetingFile(db, file, IMPORTED);
    const importedStamp = { created: IMPORTED.toISOString(), updated: IMPORTED.toISOString() };
    expect(stamps(db, 'meetings', meetingId)).toEqual(importedStamp);
    expect(stamps(db, 'bodies', getMeeting(db, meetingId).bodyId)).toEqual(importedStamp);
  });
});
