import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANTECKNA_APPLICATION_ID,
  MIGRATIONS,
  SCHEMA_VERSION,
  applyMigrations,
  schemaVersionOf,
  type Migration,
} from '../../../electron/services/storage/migrations';
import { closeDatabase, openDatabase, type Db } from '../../../electron/services/storage/database';
import { ATTENDANCE_STATUSES, ATTENDANCE_STYLES, CALLED_KINDS, DATE_STYLES, ITEM_KINDS, MEETING_STATUSES, ROLES, STANDPOINT_PLACEMENTS } from '../../../shared/model/kinds';

/**
 * The schema each migration leaves behind. A new migration needs a new entry
 * here, and editing a released migration changes an entry: both are caught.
 */
const SCHEMA_AFTER: Record<number, Record<string, string[]>> = {
  1: {
    agenda_items: [
      'id', 'meeting_id', 'parent_id', 'position', 'title', 'topics_json', 'kind', 'minutes', 'attachment',
      'links_json', 'presenters_json', 'standpoint', 'notes_json', 'notes_revision', 'notes_updated_at',
    ],
    attendance_events: ['id', 'meeting_id', 'called_person_id', 'status', 'at', 'data_json'],
    bodies: [
      'id', 'name', 'short_name', 'formal_name', 'document_title', 'default_place', 'default_meeting_form',
      'default_start_time', 'default_end_time', 'date_style', 'standpoint_placement', 'summary_of_standpoints',
      'attendance_style', 'created_at', 'updated_at',
    ],
    called_persons: [
      'id', 'meeting_id', 'kind', 'item_id', 'position', 'side_name', 'category_name', 'name', 'party',
      'organisation', 'title', 'role', 'vacant', 'attendance_status', 'attendance_note', 'arrived_at', 'left_at',
      'substitute_name',
    ],
    categories: ['id', 'side_id', 'position', 'name'],
    meetings: [
      'id', 'body_id', 'title', 'subtitle', 'date', 'start_time', 'end_time', 'meeting_form', 'place', 'called_text',
      'diary_number', 'status', 'opened_at', 'secretary_name', 'created_at', 'updated_at',
    ],
    members: ['id', 'category_id', 'position', 'name', 'party', 'organisation', 'title', 'role', 'vacant'],
    planned_dates: ['id', 'body_id', 'date', 'note'],
    sides: ['id', 'body_id', 'position', 'name'],
    tasks: ['id', 'meeting_id', 'item_id', 'position', 'what', 'owner', 'deadline', 'done', 'created_at', 'updated_at'],
  },
};
SCHEMA_AFTER[2] = {
  ...SCHEMA_AFTER[1]!,
  agenda_items: [...SCHEMA_AFTER[1]!['agenda_items']!, 'standing'],
};
SCHEMA_AFTER[3] = {
  ...SCHEMA_AFTER[2]!,
  meetings: [...SCHEMA_AFTER[2]!['meetings']!, 'reviewers_json', 'approved_on', 'version'],
  meeting_versions: ['id', 'meeting_id', 'version', 'snapshot_json', 'unlocked_at', 'unlocked_by', 'reason', 'approved_on'],
  standpoint_templates: ['id', 'body_id', 'position', 'label', 'text', 'kinds_json', 'standing'],
};
SCHEMA_AFTER[4] = {
  ...SCHEMA_AFTER[3]!,
  bodies: [...SCHEMA_AFTER[3]!['bodies']!, 'docx_template', 'docx_template_name'],
};
SCHEMA_AFTER[5] = {
  ...SCHEMA_AFTER[4]!,
  bodies: [
    ...SCHEMA_AFTER[4]!['bodies']!,
    'numbered_items', 'agenda_heading', 'person_detail_order', 'marker_placement', 'name_form', 'definite_name',
    'standing_items_json',
  ],
  called_persons: [...SCHEMA_AFTER[4]!['called_persons']!, 'substitute_remote'],
  meetings: [...SCHEMA_AFTER[4]!['meetings']!, 'closed_at'],
};
SCHEMA_AFTER[6] = {
  ...SCHEMA_AFTER[5]!,
  notes_copies: ['id', 'meeting_id', 'item_id', 'notes_json', 'kept_at', 'why'],
};
SCHEMA_AFTER[7] = {
  ...SCHEMA_AFTER[6]!,
  bodies: [...SCHEMA_AFTER[6]!['bodies']!, 'minutes_page_url', 'minutes_file_pattern'],
  tasks: [...SCHEMA_AFTER[6]!['tasks']!, 'carried_from_task_id', 'done_at', 'done_via'],
};
SCHEMA_AFTER[8] = {
  ...SCHEMA_AFTER[7]!,
  search_documents: ['id', 'meeting_id', 'item_id', 'index_rowid', 'body_id', 'status', 'kind'],
  search_index: ['title', 'text'],
  // FTS5's own tables behind the index.
  search_index_config: ['k', 'v'],
  search_index_data: ['id', 'block'],
  search_index_docsize: ['id', 'sz', 'origin'],
  search_index_idx: ['segid', 'term', 'pgno'],
  search_terms: ['term', 'doc', 'cnt'],
};
SCHEMA_AFTER[9] = {
  ...SCHEMA_AFTER[8]!,
  meetings: [...SCHEMA_AFTER[8]!['meetings']!, 'meeting_link', 'cancelled_at', 'invite_uid', 'invite_sequence', 'invite_sent_json'],
  members: [...SCHEMA_AFTER[8]!['members']!, 'email'],
  called_persons: [...SCHEMA_AFTER[8]!['called_persons']!, 'email', 'absence_reported_on'],
  bodies: [...SCHEMA_AFTER[8]!['bodies']!, 'secretary_email', 'kallelse_title', 'absence_instruction'],
  attachment_blobs: ['hash', 'size', 'media_type', 'bytes'],
  item_attachments: ['id', 'meeting_id', 'item_id', 'position', 'file_name', 'hash', 'added_at'],
};
SCHEMA_AFTER[10] = {
  ...SCHEMA_AFTER[9]!,
  review_sendings: ['id', 'meeting_id', 'version', 'sent_at', 'due_on', 'recipients_json', 'snapshot_json'],
  review_comments: ['id', 'meeting_id', 'item_id', 'author', 'text', 'created_at', 'done_at'],
  publication_decisions: ['meeting_id', 'finding_key', 'decision', 'replacement', 'decided_at'],
  issued_files: ['id', 'meeting_id', 'version', 'kind', 'file_name', 'sha256', 'size', 'issue_id', 'issued_at', 'summary_json'],
};
SCHEMA_AFTER[11] = {
  ...SCHEMA_AFTER[10]!,
  body_words: ['body_id', 'word', 'added_at'],
};

const dirs: string[] = [];
function tempFile(name = 'anteckna.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-migrations-'));
  dirs.push(dir);
  return join(dir, name);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bare connection with foreign keys on, as openDatabase would give, but no migrations yet. */
function bareDb(): Db {
  const db = new Database(tempFile());
  db.pragma('foreign_keys = ON');
  return db;
}

function schemaOf(db: Db): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(t) as string[]]),
  );
}

describe('migration list', () => {
  it('numbers migrations 1..N without gaps, and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('gives every migration a distinct, non-empty name', () => {
    const names = MIGRATIONS.map((m) => m.name.trim());
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has an expected schema in this test for every migration (append one when adding a migration)', () => {
    expect(Object.keys(SCHEMA_AFTER).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });
});

describe.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s)', (version) => {
  it('applied on top of its predecessors gives exactly the expected tables and columns', () => {
    const db = bareDb();
    applyMigrations(db, MIGRATIONS.slice(0, version));
    expect(schemaVersionOf(db)).toBe(version);
    expect(schemaOf(db)).toEqual(SCHEMA_AFTER[version]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('applying migrations', () => {
  it('takes an empty file to SCHEMA_VERSION with every table present and marks it as an Anteckna database', () => {
    const path = tempFile();
    const db = openDatabase(path);
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(ANTECKNA_APPLICATION_ID);
    expect(schemaOf(db)).toEqual(SCHEMA_AFTER[SCHEMA_VERSION]);
    closeDatabase(db);
  });

  it('does nothing on a database that is already current', () => {
    const db = bareDb();
    applyMigrations(db);
    const before = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    expect(applyMigrations(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(before);
    db.close();
  });

  it('rolls a failing migration back completely and leaves the version at the last good one', () => {
    const db = bareDb();
    const broken: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'trasig',
      up(d) {
        d.exec('CREATE TABLE half_done (x TEXT)');
        d.exec("INSERT INTO bodies (name, short_name, created_at, updated_at) VALUES ('X', 'X', 'now', 'now')");
        throw new Error('avbruten');
      },
    };
    expect(() => applyMigrations(db, [...MIGRATIONS, broken])).toThrow('avbruten');
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
    expect(schemaOf(db)).toEqual(SCHEMA_AFTER[SCHEMA_VERSION]);
    expect(db.prepare('SELECT count(*) FROM bodies').pluck().get()).toBe(0);
    db.close();
  });
});

describe('schema rules', () => {
  function migrated(): Db {
    const db = bareDb();
    applyMigrations(db);
    return db;
  }

  it('has an index starting with the columns of every foreign key', () => {
    const db = migrated();
    const missing: string[] = [];
    for (const table of Object.keys(schemaOf(db))) {
      const fks = db.prepare('SELECT id, seq, "from" AS col FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(table) as {
        id: number;
        col: string;
      }[];
      const byFk = new Map<number, string[]>();
      for (const fk of fks) byFk.set(fk.id, [...(byFk.get(fk.id) ?? []), fk.col]);
      const indexes = (db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[]).map(
        (index) => db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index) as string[],
      );
      for (const cols of byFk.values()) {
        const covered = indexes.some((idx) => cols.every((c, i) => idx[i] === c));
        if (!covered) missing.push(`${table}(${cols.join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
    db.close();
  });

  it('accepts every value of the current enums and refuses unknown ones', () => {
    const db = migrated();
    const now = '2026-11-22T10:00:00.000Z';
    const insertBody = db.prepare(
      `INSERT INTO bodies (name, short_name, date_style, standpoint_placement, attendance_style, created_at, updated_at)
       VALUES ('Organ', 'O', ?, ?, ?, ?, ?)`,
    );
    for (const dateStyle of DATE_STYLES) insertBody.run(dateStyle, 'afterPresenters', 'lines', now, now);
    for (const placement of STANDPOINT_PLACEMENTS) insertBody.run('long', placement, 'lines', now, now);
    for (const style of ATTENDANCE_STYLES) insertBody.run('long', 'afterPresenters', style, now, now);
    expect(() => insertBody.run('kort', 'afterPresenters', 'lines', now, now)).toThrow(/CHECK/);
    expect(() => insertBody.run('long', 'overallt', 'lines', now, now)).toThrow(/CHECK/);
    expect(() => insertBody.run('long', 'afterPresenters', 'tabell', now, now)).toThrow(/CHECK/);

    const sideId = db.prepare("INSERT INTO sides (body_id, position, name) VALUES (1, 0, 'Region')").run().lastInsertRowid;
    const categoryId = db.prepare("INSERT INTO categories (side_id, position, name) VALUES (?, 0, 'Ledamöter')").run(sideId)
      .lastInsertRowid;
    const insertMember = db.prepare("INSERT INTO members (category_id, position, name, role) VALUES (?, 0, 'A', ?)");
    for (const role of ROLES) insertMember.run(categoryId, role);
    expect(() => insertMember.run(categoryId, 'kassör')).toThrow(/CHECK/);

    const insertMeeting = db.prepare(
      "INSERT INTO meetings (body_id, date, status, created_at, updated_at) VALUES (1, '2026-11-12', ?, ?, ?)",
    );
    for (const status of MEETING_STATUSES) insertMeeting.run(status, now, now);
    expect(() => insertMeeting.run('arkiverad', now, now)).toThrow(/CHECK/);

    const insertItem = db.prepare("INSERT INTO agenda_items (meeting_id, position, title, kind) VALUES (1, 0, 'Punkt', ?)");
    for (const kind of ITEM_KINDS) insertItem.run(kind);
    expect(() => insertItem.run('omröstning')).toThrow(/CHECK/);

    const insertPerson = db.prepare(
      "INSERT INTO called_persons (meeting_id, kind, position, name, attendance_status) VALUES (1, ?, 0, 'B', ?)",
    );
    for (const kind of CALLED_KINDS) insertPerson.run(kind, 'unmarked');
    for (const status of ATTENDANCE_STATUSES) insertPerson.run('member', status);
    expect(() => insertPerson.run('åhörare', 'present')).toThrow(/CHECK/);
    expect(() => insertPerson.run('member', 'sjuk')).toThrow(/CHECK/);
    db.close();
  });

  it('removes everything of a meeting with it, but refuses to delete a body that still has meetings', () => {
    const db = migrated();
    const now = '2026-11-22T10:00:00.000Z';
    db.prepare("INSERT INTO bodies (name, short_name, created_at, updated_at) VALUES ('Organ', 'O', ?, ?)").run(now, now);
    db.prepare("INSERT INTO meetings (body_id, date, created_at, updated_at) VALUES (1, '2026-11-12', ?, ?)").run(now, now);
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title) VALUES (10, 1, 0, 'Punkt')").run();
    db.prepare("INSERT INTO agenda_items (id, meeting_id, parent_id, position, title) VALUES (11, 1, 10, 0, 'a')").run();
    db.prepare("INSERT INTO called_persons (id, meeting_id, kind, item_id, position, name) VALUES (20, 1, 'guest', 10, 0, 'G')").run();
    db.prepare("INSERT INTO attendance_events (meeting_id, called_person_id, status, at) VALUES (1, 20, 'present', ?)").run(now);
    db.prepare("INSERT INTO tasks (meeting_id, item_id, position, what, created_at, updated_at) VALUES (1, 11, 0, 'Gör', ?, ?)").run(
      now,
      now,
    );

    expect(() => db.prepare('DELETE FROM bodies WHERE id = 1').run()).toThrow(/FOREIGN KEY/);

    db.prepare('DELETE FROM meetings WHERE id = 1').run();
    for (const table of ['agenda_items', 'called_persons', 'attendance_events', 'tasks']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.prepare('DELETE FROM bodies WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM bodies').pluck().get()).toBe(0);
    db.close();
  });

  it("refuses to tie a guest, a task or a sub-item to another meeting's item", () => {
    const db = migrated();
    const now = '2026-11-22T10:00:00.000Z';
    db.prepare("INSERT INTO bodies (name, short_name, created_at, updated_at) VALUES ('Organ', 'O', ?, ?)").run(now, now);
    const addMeeting = db.prepare("INSERT INTO meetings (body_id, date, created_at, updated_at) VALUES (1, '2026-11-12', ?, ?)");
    addMeeting.run(now, now);
    addMeeting.run(now, now);
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title) VALUES (10, 1, 0, 'Mötets öppnande')").run();

    expect(() =>
      db.prepare("INSERT INTO called_persons (meeting_id, kind, item_id, position, name) VALUES (2, 'guest', 10, 0, 'G')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO tasks (meeting_id, item_id, position, what, created_at, updated_at) VALUES (2, 10, 0, 'Gör', ?, ?)").run(
        now,
        now,
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO agenda_items (meeting_id, parent_id, position, title) VALUES (2, 10, 0, 'a')").run(),
    ).toThrow(/FOREIGN KEY/);
    // Only guests are tied to an item.
    expect(() =>
      db.prepare("INSERT INTO called_persons (meeting_id, kind, item_id, position, name) VALUES (1, 'member', 10, 0, 'M')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
