import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { firstIssue, safeParseSwedish } from '../../../shared/format/validationMessages';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';

/**
 * Small helpers shared by the repository modules.
 */

type Statement<Row> = Database.Statement<unknown[], Row>;

const statementCache = new WeakMap<Db, Map<string, Statement<unknown>>>();

/**
 * A prepared statement, compiled once per database handle and reused: the
 * autosave path runs the same UPDATE many times a minute.
 */
export function prepared<Row = unknown>(db: Db, source: string): Statement<Row> {
  let perDb = statementCache.get(db);
  if (!perDb) {
    perDb = new Map();
    statementCache.set(db, perDb);
  }
  let statement = perDb.get(source);
  if (!statement) {
    statement = db.prepare(source);
    perDb.set(source, statement);
  }
  return statement as Statement<Row>;
}

/**
 * The position after the last one in a list (0 for an empty list), where a
 * new row is appended; `lastPositionSql` selects `max(position) AS position`
 * of the list its one parameter names.
 */
export function positionAfterLast(db: Db, lastPositionSql: string, listId: number): number {
  const last = prepared<{ position: number | null }>(db, lastPositionSql).get(listId);
  return (last?.position ?? -1) + 1;
}

/** The statements that save one row of an ordered list (a meeting's tasks, a body's phrases). */
export interface ListRowStatements {
  /** `max(position) AS position` of the list its one parameter names (see positionAfterLast). */
  lastPosition: string;
  /** The list the row belongs to: the parameter of `lastPosition`. */
  listId: number;
  /** Adds the row with `@position` and the values. */
  insert: string;
  /** Changes the row `@id` with the values, only if it belongs to the list. */
  update: string;
  /** The refusal for an id that is not (or no longer) in the list. */
  notFound: { message: string; field: string };
}

/**
 * Saves a row of an ordered list: without an id it is appended after the
 * last one, with an id that row is changed. Returns the row's id.
 */
export function appendOrUpdateListRow(db: Db, id: number | undefined, values: Record<string, unknown>, sql: ListRowStatements): number {
  if (id === undefined) {
    const position = positionAfterLast(db, sql.lastPosition, sql.listId);
    return Number(prepared(db, sql.insert).run({ ...values, position }).lastInsertRowid);
  }
  if (prepared(db, sql.update).run({ ...values, id }).changes === 0) {
    throw new AppError('not_found', sql.notFound.message, sql.notFound.field);
  }
  return id;
}

/** SQLite has no boolean: stored as 0/1 (better-sqlite3 refuses to bind JS booleans). */
export function bit(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

/** Parses input at the storage boundary; the CLI and importer call storage without going through IPC. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = safeParseSwedish(schema, value);
  if (result.success) return result.data;
  const { message, field } = firstIssue(result.error);
  throw new AppError('validation', message, field);
}

/**
 * Parses a JSON column and checks it against its schema. A failure means the
 * file was changed outside the app or by a bug: reported, never guessed at.
 */
export function parseStoredJson<S extends z.ZodType>(schema: S, text: string, what: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('storage', `${what} kunde inte läsas från databasen (ogiltig JSON).`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new AppError('storage', `${what} kunde inte läsas från databasen (oväntat innehåll).`);
  }
  return result.data;
}

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
