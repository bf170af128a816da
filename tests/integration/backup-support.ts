import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { createHandlers } from '../../electron/ipc/handlers';
import { createBackupService, type BackupService } from '../../electron/services/storage/backup';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { ANTECKNA_APPLICATION_ID } from '../../electron/services/storage/migrations';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { callsInto } from './app-support';

/** Temporary folders and open connections of one test, cleaned up after it. */
const dirs: string[] = [];
const dbs: Db[] = [];
const services: BackupService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.stop();
  for (const db of dbs.splice(0)) if (db.open) closeDatabase(db);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-backup-'));
  dirs.push(dir);
  return dir;
}

export function track(db: Db): Db {
  dbs.push(db);
  return db;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Damages a database file the way a failing disk would: the header of a
 * b-tree page in the middle of the file is overwritten with garbage.
 */
export function damage(path: string): void {
  const pageSize = readFileSync(path).readUInt16BE(16) || 4096;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, pageSize * 2);
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, pageSize * 3);
  } finally {
    closeSync(fd);
  }
}

/** What a user checks of a backup file: it opens on its own, is whole and is Anteckna's. */
export function expectWholeAnteckna(path: string): void {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('application_id', { simple: true })).toBe(ANTECKNA_APPLICATION_ID);
  } finally {
    db.close();
  }
}

/** What the secretary is told after a restore from the backup these tests take at 07.15 on Sunday 22 November 2026. */
export const RESTORED_FROM_0715_NOTICE =
  'Dina data har återställts från säkerhetskopian från söndag 22 november 2026 kl. 07.15. Det som skrevs efter den tiden finns inte med.';

/** Body names stored in a database file, read without changing it. */
export function bodyNamesIn(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM bodies ORDER BY name').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

export interface BackupApp {
  db: Db;
  path: string;
  backups: BackupService;
  now: { value: Date };
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

/**
 * A running host as the browser host builds it: database, backup service
 * (with its start-up backup, unless `start: false`) and handler table.
 */
export async function openBackupApp(path: string, now: Date, { keepDays = 30, start = true } = {}): Promise<BackupApp> {
  const db = track(openDatabase(path));
  const clock = { value: now };
  const backups = createBackupService({ db, databasePath: path, clock: () => clock.value, keepDays, checkEveryMs: 0 });
  services.push(backups);
  const handlers = createHandlers({ db, databasePath: path, version: '0.0.0-test', clock: () => clock.value, backups });
  const app: BackupApp = {
    db,
    path,
    backups,
    now: clock,
    ...callsInto(handlers, 'browser'),
  };
  if (start) expect(await backups.start()).not.toBeNull();
  return app;
}

export function minutes(from: Date, n: number): Date {
  return new Date(from.getTime() + n * 60_000);
}
