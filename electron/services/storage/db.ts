import type Database from 'better-sqlite3';

/** The better-sqlite3 connection every storage function takes as its first argument. */
export type Db = Database.Database;
