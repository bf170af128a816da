import type { Db } from '../db';

/**
 * One step of the schema's history, in a file of its own (`0001-….ts`).
 * Append-only: a released migration is never edited, because databases in
 * the field have already run it; a change is a new migration at the end.
 *
 * The SQL inside each migration keeps the indentation it was released with:
 * SQLite stores a CREATE statement as written, and a restore compares those
 * texts with what the migrations make (schema-check.ts).
 *
 * Enum lists in CHECK constraints are spelled out rather than taken from
 * shared/model: a migration must mean the same thing forever, even after the
 * model gains a value (which then needs its own migration; a test checks that
 * every current enum value is accepted).
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** 'Ante' in ASCII: marks a SQLite file as ours, so we never migrate another program's database. */
export const ANTECKNA_APPLICATION_ID = 0x416e7465;
