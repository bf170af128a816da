import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { AppError } from '../../../shared/ipc/result';
import { applyMigrations } from './migrations';
import type { Db } from './db';
import { DEFAULT_KEEP_DAYS, backupFolder, createBackup, describe, listBackups, restoreRefusal, type BackupInfo } from './backup-files';
import { DEFAULT_MAX_BACKUP_MB, backupSpace, pruneBackups, type BackupSpace } from './backup-thinning';

/** At most one automatic backup per interval, and only after something was written. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface BackupServiceOptions {
  db: Db;
  databasePath: string;
  clock?: () => Date;
  keepDays?: number;
  /** All backups together may take at most this much; the oldest go first. */
  maxTotalBytes?: number;
  intervalMs?: number;
  /** How often the host looks whether a backup is due; 0 turns the timer off (tests call `tick`). */
  checkEveryMs?: number;
  log?: (line: string) => void;
  /** What the secretary should be told after a damaged database was replaced at start. */
  startupNotice?: string | null;
}

export interface RestoreOutcome {
  restored: BackupInfo;
  /** The state just before the restore, kept as an ordinary backup. */
  safety: BackupInfo;
}

/**
 * The backups of one running host: the start-up backup, the automatic ones
 * (at most one per interval, only after a write), "Gör en säkerhetskopia nu"
 * and "Återställ från säkerhetskopia". Backups run in the background; a
 * failure is logged and never reaches the typing path.
 */
export interface BackupService {
  readonly databasePath: string;
  readonly folder: string;
  readonly keepDays: number;
  readonly maxTotalBytes: number;
  readonly startupNotice: string | null;
  /** The start-up backup (after a successful open) and the timer. Never rejects. */
  start(): Promise<BackupInfo | null>;
  /** Called after every successful write. */
  noteWrite(): void;
  /** Takes the automatic backup if one is due. Never rejects. */
  tick(): Promise<BackupInfo | null>;
  backupNow(): Promise<BackupInfo>;
  list(): BackupInfo[];
  /** What the backups take and what is left on the disk. */
  space(): BackupSpace;
  restore(fileName: string): Promise<RestoreOutcome>;
  /** True while a restore runs: writes are refused meanwhile. */
  isRestoring(): boolean;
  /** Stops the timer and waits for a running backup. */
  stop(): Promise<void>;
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { db, databasePath } = options;
  const clock = options.clock ?? (() => new Date());
  const keepDays = options.keepDays ?? DEFAULT_KEEP_DAYS;
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_BACKUP_MB * 1024 * 1024;
  const intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
  const log = options.log ?? (() => undefined);

  const databaseBytes = () => {
    try {
      return statSync(databasePath).size;
    } catch {
      return 0;
    }
  };

  let dirty = false;
  let lastAttempt: number | null = null;
  let running: Promise<BackupInfo | null> | null = null;
  let restoring = false;
  let timer: ReturnType<typeof setInterval> | null = null;

  /** One backup, then thinning; `protect` (a backup about to be restored) is never thinned away. */
  async function runBackup(protect?: string): Promise<BackupInfo> {
    const now = clock();
    lastAttempt = now.getTime();
    // Writes during the backup mark it dirty again, so they get a backup of their own later.
    dirty = false;
    const info = await createBackup(db, databasePath, now);
    try {
      const policy = { keepDays, maxTotalBytes };
      pruneBackups(databasePath, clock(), policy, protect === undefined ? {} : { protect });
    } catch (error) {
      log(`Gamla säkerhetskopior kunde inte rensas: ${describe(error)}`);
    }
    return info;
  }

  /** Runs one backup at a time; `running` lets the next one (or a restore) wait for it. */
  function serialized(protect?: string): Promise<BackupInfo> {
    const previous = running ?? Promise.resolve(null);
    const job = previous.then(() => runBackup(protect));
    const settled: Promise<BackupInfo | null> = job.then(
      (info) => info,
      () => null,
    );
    running = settled;
    void settled.then(() => {
      if (running === settled) running = null;
    });
    return job;
  }

  function background(): Promise<BackupInfo | null> {
    return serialized().then(
      (info) => info,
      (error: unknown) => {
        dirty = true;
        log(`Säkerhetskopian kunde inte göras: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      },
    );
  }

  const service: BackupService = {
    databasePath,
    folder: backupFolder(databasePath),
    keepDays,
    maxTotalBytes,
    startupNotice: options.startupNotice ?? null,
    start() {
      const checkEvery = options.checkEveryMs ?? 60_000;
      if (checkEvery > 0 && timer === null) {
        timer = setInterval(() => void service.tick(), checkEvery);
        timer.unref();
      }
      return background();
    },
    noteWrite() {
      dirty = true;
      void service.tick();
    },
    tick() {
      if (!dirty || running !== null || restoring || !db.open) return Promise.resolve(null);
      if (lastAttempt !== null && clock().getTime() - lastAttempt < intervalMs) return Promise.resolve(null);
      return background();
    },
    backupNow: () => serialized(),
    list: () => listBackups(databasePath),
    space: () => backupSpace(databasePath, databaseBytes()),
    async restore(fileName) {
      const chosen = listBackups(databasePath).find((b) => b.fileName === fileName);
      if (!chosen) throw new AppError('not_found', 'Säkerhetskopian finns inte längre. Välj en annan i listan.');
      const refusal = restoreRefusal(chosen.path);
      if (refusal) throw new AppError('validation', refusal);
      if (restoring) throw new AppError('conflict', 'En säkerhetskopia återställs redan. Vänta tills den är klar.');
      restoring = true;
      try {
        // The state just before is kept first; the file chosen is never thinned away by it.
        const safety = await serialized(chosen.path);
        if (restoreRefusal(chosen.path) !== null) {
          throw new AppError(
            'not_found',
            `Säkerhetskopian ${chosen.fileName} finns inte längre eller går inte att läsa. Databasen har inte ändrats; ` +
              `det du hade sparades just som säkerhetskopian ${safety.fileName}.`,
          );
        }
        // Copy the chosen backup INTO the live database through a second
        // connection: the handlers' connection stays open and sees the
        // restored content as soon as the backup's write transaction commits.
        const source = new Database(chosen.path, { readonly: true, fileMustExist: true });
        try {
          await source.backup(databasePath);
        } finally {
          source.close();
        }
        // The connection still holds the old schema in its cache, and DDL is
        // parsed against that cache: one statement that reads the file sees
        // the changed schema cookie and makes SQLite load the restored schema.
        db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
        // An older backup has an older schema: bring it up to date, as a start would.
        applyMigrations(db);
        dirty = true;
        return { restored: chosen, safety };
      } finally {
        restoring = false;
      }
    },
    isRestoring: () => restoring,
    async stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      if (running) await running;
    },
  };
  return service;
}
