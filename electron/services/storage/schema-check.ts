import Database from 'better-sqlite3';
import { MIGRATIONS, applyMigrations } from './migrations';
import type { Db } from './db';

/**
 * The schema objects (tables, indexes, triggers, views) of a database that
 * the app's own migrations did not create, exactly as written, for the
 * database's version. A file carrying an extra trigger or view would run it
 * on every save, so such a file is never restored.
 */

type SchemaObjects = Map<string, string | null>;

const references = new Map<number, SchemaObjects>();

function objectsOf(db: Db): SchemaObjects {
  const rows = db.prepare('SELECT type, name, sql FROM sqlite_master').all() as { type: string; name: string; sql: string | null }[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r.sql]));
}

/** What migrations 1..version leave in an empty database, computed once per version. */
function referenceFor(version: number): SchemaObjects {
  let reference = references.get(version);
  if (!reference) {
    const memory = new Database(':memory:');
    try {
      applyMigrations(memory, MIGRATIONS.slice(0, version));
      reference = objectsOf(memory);
    } finally {
      memory.close();
    }
    references.set(version, reference);
  }
  return reference;
}

/** "trigger spy", "view x", or a table whose definition differs: what the app did not make. */
export function unknownSchemaObjects(db: Db): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  const reference = referenceFor(version);
  const unknown: string[] = [];
  for (const [key, sql] of objectsOf(db)) {
    if (!reference.has(key) || reference.get(key) !== sql) unknown.push(key);
  }
  return unknown;
}

/** "triggern spy, vyn x" in Swedish for a refusal. */
export function describeSchemaObjects(keys: readonly string[]): string {
  const word: Record<string, string> = { table: 'tabellen', index: 'indexet', trigger: 'triggern', view: 'vyn' };
  return keys
    .slice(0, 5)
    .map((key) => {
      const [type = '', ...name] = key.split(' ');
      return `${word[type] ?? type} ${name.join(' ')}`;
    })
    .join(', ');
}
