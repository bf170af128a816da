import { afterEach, expect } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../../electron/services/storage/db';
import { closeDatabase, openDatabase } from '../../../electron/services/storage/database';
import { MIGRATIONS, SCHEMA_VERSION, applyMigrations, schemaVersionOf } from '../../../electron/services/storage/migrations';

/**
 * Databases as an earlier version of the app left them: migrations 1..N run
 * on a fresh file the way openDatabase would (WAL, foreign keys), then filled
 * with the rows that version wrote, so a test can open it with today's app.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A file at schema `version`, filled by `fill` (SQL, or statements of its own), closed again. */
export function databaseAtVersion(version: number, fill: string | ((db: Db) => void)): string {
  const dir = mkdtempSync(join(tmpdir(), `anteckna-v${version}-`));
  dirs.push(dir);
  const path = join(dir, 'anteckna.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, MIGRATIONS.slice(0, version));
  expect(schemaVersionOf(db)).toBe(version);
  if (typeof fill === 'string') db.exec(fill);
  else fill(db);
  db.close();
  return path;
}

/** Opens the file with today's app, checks it reached the current version, and hands the database to `use`. */
export function withMigrated(path: string, use: (db: Db) => void): void {
  const db = openDatabase(path);
  try {
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
    use(db);
  } finally {
    closeDatabase(db);
  }
}

/** One paragraph of notes as the editor of the first versions serialised it (keys in its order). */
export function paragraphNotesJson(text: string): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
        },
      ],
    },
  });
}
