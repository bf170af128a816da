import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { acquireWriterLock } from '../../electron/services/storage/writer-lock';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupFolder, createBackup, listBackups, parseBackupFileName } from '../../electron/services/storage/backup-files';
import { backupSpace, pruneBackups } from '../../electron/services/storage/backup-thinning';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { MIGRATIONS, SCHEMA_VERSION, applyMigrations } from '../../electron/services/storage/migrations';
import { formatBackupTime, formatBytes, formatLocalTimestamp } from '../../shared/format/datetime';
import type { ResponseOf } from '../../shared/ipc/contract';
import { settings } from './app-support';
import { bodyNamesIn, expectWholeAnteckna, minutes, openBackupApp, tempDir, track, type BackupApp } from './backup-support';

const START = new Date(2026, 10, 22, 7, 15, 3);
const NOW_ISO = START.toISOString();

async function addBody(app: BackupApp, name: string, shortName: string): Promise<void> {
  await app.ok('bodies:create', { settings: settings({ name, shortName }) });
}

/** A running host holding one body, Samverkansgrupp Ekby, and a backup of it made through the channel at 07.20. */
async function ekbyWithBackup(): Promise<{ app: BackupApp; backup: ResponseOf<'backups:create'> }> {
  const app = await openBackupApp(join(tempDir(), 'anteckna.sqlite'), START);
  await addBody(app, 'Samverkansgrupp Ekby', 'SGE');
  app.now.value = minutes(START, 5);
  return { app, backup: await app.ok('backups:create', {}) };
}

describe('backup files', () => {
  it('names backups by their local time and reads the time back', () => {
    expect(backupFileName(START)).toBe('anteckna 2026-11-22 07.15.03.sqlite');
    expect(parseBackupFileName('anteckna 2026-11-22 07.15.03.sqlite')).toEqual({ takenAt: '2026-11-22T07:15:03', sequence: 1 });
    expect(parseBackupFileName('anteckna 2026-11-22 07.15.03 (2).sqlite')).toEqual({ takenAt: '2026-11-22T07:15:03', sequence: 2 });
    expect(parseBackupFileName('anteckna.sqlite')).toBeNull();
    expect(formatLocalTimestamp('2026-11-22T07:15:03')).toBe('söndag 22 november 2026 kl. 07.15');
    expect(formatLocalTimestamp('2027-03-01T18:05:00')).toBe('måndag 1 mars 2027 kl. 18.05');
    expect(formatLocalTimestamp('2026-11-22T07:15:03', { seconds: true })).toBe('söndag 22 november 2026 kl. 07.15.03');
    const list = [
      { fileName: 'anteckna 2026-11-22 07.15.03 (2).sqlite', takenAt: '2026-11-22T07:15:03' },
      { fileName: 'anteckna 2026-11-22 07.15.03.sqlite', takenAt: '2026-11-22T07:15:03' },
      { fileName: 'anteckna 2026-11-22 07.15.01.sqlite', takenAt: '2026-11-22T07:15:01' },
      { fileName: 'anteckna 2026-11-22 06.05.00.sqlite', takenAt: '2026-11-22T06:05:00' },
    ];
    expect(list.map((b) => formatBackupTime(b, list))).toEqual([
      'söndag 22 november 2026 kl. 07.15.03 (2)',
      'söndag 22 november 2026 kl. 07.15.03 (1)',
      'söndag 22 november 2026 kl. 07.15.01',
      'söndag 22 november 2026 kl. 06.05',
    ]);
    expect([formatBytes(900), formatBytes(1536), formatBytes(245_760), formatBytes(3 * 1024 * 1024)]).toEqual([
      '900 byte',
      '1,5 kB',
      '240 kB',
      '3,0 MB',
    ]);
  });

  it('makes a whole, openable copy while the database is open and being written', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START);
    await addBody(app, 'Samverkansgrupp Ekby', 'SGE');

    const backup = createBackup(app.db, app.path, minutes(START, 1));
    // Keep writing while the backup runs: the app never stops for a backup.
    const writes = [];
    for (let i = 0; i < 20; i++) writes.push(addBody(app, `Arbetsgrupp ${i}`, `AG${i}`));
    await Promise.all(writes);
    const info = await backup;

    expect(info.path).toBe(join(backupFolder(app.path), 'anteckna 2026-11-22 07.16.03.sqlite'));
    expectWholeAnteckna(info.path);
    expect(bodyNamesIn(info.path)).toContain('Samverkansgrupp Ekby');
    // Self-contained: no -wal beside it, and no temporary files left in the folder.
    expect(readdirSync(backupFolder(app.path)).sort()).toEqual(['anteckna 2026-11-22 07.15.03.sqlite', 'anteckna 2026-11-22 07.16.03.sqlite']);
    // The copy opens as the app's own database.
    const reopened = track(openDatabase(info.path));
    expect(reopened.prepare('SELECT count(*) FROM bodies').pluck().get()).toBeGreaterThanOrEqual(1);
  });

  it('backs up at start, then at most once per ten minutes and only after a write', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START);
    // The start-up backup was made when the host opened.
    expect(listBackups(app.path).map((b) => b.takenAt)).toEqual(['2026-11-22T07:15:03']);

    app.now.value = minutes(START, 1);
    await addBody(app, 'Samverkansgrupp Ekby', 'SGE');
    app.now.value = minutes(START, 9);
    expect(await app.backups.tick()).toBeNull();
    expect(listBackups(app.path)).toHaveLength(1);

    app.now.value = minutes(START, 10);
    const second = await app.backups.tick();
    expect(second?.takenAt).toBe('2026-11-22T07:25:03');
    expect(bodyNamesIn(second!.path)).toEqual(['Samverkansgrupp Ekby']);

    // Nothing written since: no backup, however long it is quiet.
    app.now.value = minutes(START, 45);
    expect(await app.backups.tick()).toBeNull();
    expect(listBackups(app.path)).toHaveLength(2);

    // A write after a long quiet spell is backed up right away (the last backup is old enough).
    await addBody(app, 'Vårdsamverkan Norr', 'VSN');
    await app.backups.stop();
    const list = listBackups(app.path);
    expect(list.map((b) => b.takenAt)).toEqual(['2026-11-22T08:00:03', '2026-11-22T07:25:03', '2026-11-22T07:15:03']);
    expect(bodyNamesIn(list[0]!.path)).toEqual(['Samverkansgrupp Ekby', 'Vårdsamverkan Norr']);
  });

  it('lists backups newest first, also two in the same second', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START);
    await createBackup(app.db, app.path, minutes(START, -60));
    await createBackup(app.db, app.path, START);
    writeFileSync(join(backupFolder(app.path), 'anteckningar.txt'), 'inte en säkerhetskopia');
    expect(listBackups(app.path).map((b) => b.fileName)).toEqual([
      'anteckna 2026-11-22 07.15.03 (2).sqlite',
      'anteckna 2026-11-22 07.15.03.sqlite',
      'anteckna 2026-11-22 06.15.03.sqlite',
    ]);
  });

  it('thins like Time Machine: all of the last day, one a day for the kept days, one a week after that', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START, { start: false });
    const at = (days: number, hour: number) => new Date(START.getFullYear(), START.getMonth(), START.getDate() - days, hour, 0, 0);
    // Sunday 22 November 2026 07.15: two this morning, two on the 19th, two in the week of Monday 12 October, one before.
    const taken = [at(0, 6), at(0, 2), at(3, 16), at(3, 10), at(29, 12), at(40, 12), at(41, 12), at(60, 12)];
    for (const when of taken) await createBackup(app.db, app.path, when);

    const removed = pruneBackups(app.path, START, { keepDays: 30, maxTotalBytes: 1e12 });
    expect(removed.sort()).toEqual([backupFileName(at(3, 10)), backupFileName(at(41, 12))].sort());
    expect(listBackups(app.path).map((b) => b.fileName)).toEqual(
      [at(0, 6), at(0, 2), at(3, 16), at(29, 12), at(40, 12), at(60, 12)].map((d) => backupFileName(d)),
    );

    // Fewer kept days (configurable): one a week from then on.
    pruneBackups(app.path, START, { keepDays: 2, maxTotalBytes: 1e12 });
    expect(listBackups(app.path).map((b) => b.fileName)).toEqual(
      [at(0, 6), at(0, 2), at(3, 16), at(29, 12), at(40, 12), at(60, 12)].map((d) => backupFileName(d)),
    );
    pruneBackups(app.path, minutes(START, 60 * 24 * 7), { keepDays: 2, maxTotalBytes: 1e12 });
    // A week later, the two of this morning share their day and week: the newer stays.
    expect(listBackups(app.path).map((b) => b.fileName)).not.toContain(backupFileName(at(0, 2)));
  });

  it('keeps the backups within a size cap, the oldest going first, never the newest', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START, { start: false });
    const hours = (n: number) => minutes(START, -60 * n);
    for (const n of [1, 2, 3, 4]) await createBackup(app.db, app.path, hours(n));
    const size = listBackups(app.path)[0]!.bytes;
    pruneBackups(app.path, START, { keepDays: 30, maxTotalBytes: size * 2.5 });
    expect(listBackups(app.path).map((b) => b.fileName)).toEqual([hours(1), hours(2)].map((d) => backupFileName(d)));
    pruneBackups(app.path, START, { keepDays: 30, maxTotalBytes: 1 });
    expect(listBackups(app.path).map((b) => b.fileName)).toEqual([backupFileName(hours(1))]);
  });

  it('never deletes the newest good backup, however old', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START, { start: false });
    const days = (n: number) => new Date(START.getTime() - n * 24 * 3600_000);
    await createBackup(app.db, app.path, days(90));
    const good = await createBackup(app.db, app.path, days(60));
    // The newest "backup" is not a database at all: it must not count as the one to keep.
    writeFileSync(join(backupFolder(app.path), backupFileName(days(45))), 'trasig');

    pruneBackups(app.path, START, { keepDays: 30, maxTotalBytes: 1 });
    expect(listBackups(app.path).map((b) => b.fileName)).toEqual([good.fileName]);
    expect(existsSync(good.path)).toBe(true);
  });
});

describe('restore inside a running host', () => {
  it('lists the backups and restores the chosen one through dispatch, keeping the current data as a backup first', async () => {
    const { app } = await ekbyWithBackup();
    app.now.value = minutes(START, 30);
    await addBody(app, 'Vårdsamverkan Norr', 'VSN');

    const listed = await app.ok('backups:list', {});
    expect(listed.keepDays).toBe(30);
    expect(listed.folder).toBe(backupFolder(app.path));
    // "Gör en säkerhetskopia nu" at 07.20 and the start-up backup.
    expect(listed.backups.map((b) => b.takenAt)).toEqual(['2026-11-22T07:20:03', '2026-11-22T07:15:03']);

    app.now.value = minutes(START, 31);
    const outcome = await app.ok('backups:restore', { fileName: listed.backups[0]!.fileName });
    expect(outcome.restored.takenAt).toBe('2026-11-22T07:20:03');
    expect(outcome.safety.takenAt).toBe('2026-11-22T07:46:03');

    // The running host now shows the older data, and keeps working on it.
    expect((await app.ok('bodies:list', {})).map((b) => b.name)).toEqual(['Samverkansgrupp Ekby']);
    await addBody(app, 'Äldreomsorgsrådet', 'ÄOR');
    expect((await app.ok('bodies:list', {})).map((b) => b.name).sort()).toEqual(['Samverkansgrupp Ekby', 'Äldreomsorgsrådet']);
    expect(app.db.pragma('quick_check', { simple: true })).toBe('ok');

    // What was there before the restore is in the safety backup.
    const safety = listBackups(app.path).find((b) => b.fileName === outcome.safety.fileName)!;
    expect(bodyNamesIn(safety.path)).toEqual(['Samverkansgrupp Ekby', 'Vårdsamverkan Norr']);
  });

  it('restores a backup older than the kept days without deleting it first', async () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    // Two old backups from a week with several, taken long ago and never thinned since (the host was closed).
    const old = await openBackupApp(path, minutes(START, -60 * 24 * 50), { start: false });
    await addBody(old, 'Samverkansgrupp Ekby', 'SGE');
    const older = await createBackup(old.db, path, minutes(START, -60 * 24 * 50));
    await addBody(old, 'Vårdsamverkan Norr', 'VSN');
    const chosen = await createBackup(old.db, path, minutes(START, -60 * 24 * 49 - 60));
    closeDatabase(old.db);

    const app = await openBackupApp(path, START, { start: false });
    // The older one of the same week would go at the next thinning: restore it.
    const outcome = await app.ok('backups:restore', { fileName: older.fileName });
    expect(outcome.restored.fileName).toBe(older.fileName);
    expect(existsSync(older.path)).toBe(true);
    expect((await app.ok('bodies:list', {})).map((b) => b.name)).toEqual(['Samverkansgrupp Ekby']);
    expect(existsSync(chosen.path)).toBe(true);
  });

  it('says what happened when the chosen backup disappears during the restore', async () => {
    const { app, backup: chosen } = await ekbyWithBackup();
    // Another program (or a thinning by another host) removes the file as the restore starts.
    app.now.value = minutes(START, 10);
    const restoring = app.call('backups:restore', { fileName: chosen.fileName });
    rmSync(join(backupFolder(app.path), chosen.fileName));
    const result = await restoring;
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Säkerhetskopian (\S.* )?finns inte längre/);
    expect(result.error.message).not.toMatch(/går inte att skriva/);
    expect((await app.ok('bodies:list', {})).map((b) => b.name)).toEqual(['Samverkansgrupp Ekby']);
  });

  it('shows the space the backups take and the free space on the disk', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START);
    const listed = await app.ok('backups:list', {});
    expect(listed.space.count).toBe(1);
    expect(listed.space.totalBytes).toBe(listed.backups[0]!.bytes);
    expect(listed.space.freeBytes).toBeGreaterThan(0);
    expect(backupSpace(app.path, 1024, 10 * 1024 * 1024).warning).toMatch(/^Disken börjar bli full: bara 10 MB ledigt\./);
    expect(backupSpace(app.path, 1024, 50 * 1024 * 1024 * 1024).warning).toBeNull();
  });

  it('refuses writes while a restore runs, and restores nothing that is not in the list', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START);
    await addBody(app, 'Samverkansgrupp Ekby', 'SGE');
    const { fileName } = await app.ok('backups:create', {});

    const restoring = app.call('backups:restore', { fileName });
    const write = await app.call('bodies:create', { settings: settings({ name: 'Under återställning', shortName: 'UÅ' }) });
    expect(write.ok).toBe(false);
    if (!write.ok) expect(write.error.message).toMatch(/återställs just nu/);
    expect((await restoring).ok).toBe(true);

    for (const name of ['../anteckna.sqlite', 'anteckna.sqlite', 'anteckna 2020-01-01 00.00.00.sqlite']) {
      const refused = await app.call('backups:restore', { fileName: name });
      expect(refused.ok, name).toBe(false);
      if (!refused.ok) expect(refused.error.message).toBe('Säkerhetskopian finns inte längre. Välj en annan i listan.');
    }
  });

  it('brings a backup from an older schema up to date when it is restored', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START);
    // A backup made by an older Anteckna: only the first migration has run.
    const oldPath = join(backupFolder(app.path), backupFileName(minutes(START, -60)));
    const old = new Database(oldPath);
    applyMigrations(old, MIGRATIONS.slice(0, 1));
    old
      .prepare("INSERT INTO bodies (name, short_name, created_at, updated_at) VALUES ('Samverkansgrupp Ekby', 'SGE', ?, ?)")
      .run(NOW_ISO, NOW_ISO);
    old.close();

    const listed = await app.ok('backups:list', {});
    const fileName = listed.backups.find((b) => b.takenAt === '2026-11-22T06:15:03')!.fileName;
    await app.ok('backups:restore', { fileName });
    expect(app.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((await app.ok('bodies:list', {})).map((b) => b.name)).toEqual(['Samverkansgrupp Ekby']);
    await addBody(app, 'Vårdsamverkan Norr', 'VSN');
  });

  it('refuses the backup channels in a host without backups', async () => {
    const { openApp } = await import('./app-support');
    const app = openApp();
    const result = await app.call('backups:list', {});
    expect(result.ok).toBe(false);
    expect((await app.ok('app:info', {})).startupNotice ?? null).toBeNull();
  });
});

describe('a backup carrying schema objects the app did not create', () => {
  it('is refused for restore with a Swedish message naming them, and the database is unchanged', async () => {
    const { app, backup: chosen } = await ekbyWithBackup();
    const file = join(backupFolder(app.path), chosen.fileName);
    // Someone adds a trigger that would copy every note elsewhere, and a view.
    const raw = new Database(file);
    raw.exec(`
      CREATE TABLE spy (text TEXT);
      CREATE TRIGGER spy_notes AFTER UPDATE ON agenda_items BEGIN INSERT INTO spy VALUES (new.notes_json); END;
      CREATE VIEW everything AS SELECT * FROM agenda_items;
    `);
    raw.close();

    const refused = await app.call('backups:restore', { fileName: chosen.fileName });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('innehåller delar som Anteckna inte har skapat');
    expect(refused.error.message).toContain('triggern spy_notes');
    expect(refused.error.message).toContain('vyn everything');
    // Only the app's own trigger (the search index follows deleted documents).
    expect(app.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')").pluck().all()).toEqual(['search_documents_removed']);

    // A changed table definition is refused as well.
    const altered = await app.ok('backups:create', {});
    const other = new Database(join(backupFolder(app.path), altered.fileName));
    other.exec("ALTER TABLE bodies ADD COLUMN extra TEXT DEFAULT 'x'");
    other.close();
    const refusedAgain = await app.call('backups:restore', { fileName: altered.fileName });
    expect(refusedAgain.ok).toBe(false);
    if (!refusedAgain.ok) expect(refusedAgain.error.message).toContain('tabellen bodies');
  });

  it('opens the database with trusted_schema off and SQLite defensive mode on', async () => {
    const dir = tempDir();
    const app = await openBackupApp(join(dir, 'anteckna.sqlite'), START, { start: false });
    expect(app.db.pragma('trusted_schema', { simple: true })).toBe(0);
    app.db.pragma('writable_schema = ON');
    expect(() => app.db.prepare("UPDATE sqlite_master SET sql = 'x' WHERE name = 'bodies'").run()).toThrow();
  });
});

describe('private files', () => {
  it('creates the data folder and backup folder for the user alone (0700), and the database, its lock and backups 0600', async () => {
    const dir = tempDir();
    const path = join(dir, 'ny mapp', 'anteckna.sqlite');
    const lock = acquireWriterLock(path);
    try {
      const app = await openBackupApp(path, START);
      await app.ok('backups:create', {});
      const mode = (p: string) => statSync(p).mode & 0o777;
      expect(mode(join(dir, 'ny mapp'))).toBe(0o700);
      expect(mode(path)).toBe(0o600);
      expect(mode(`${path}.lock`)).toBe(0o600);
      expect(mode(backupFolder(path))).toBe(0o700);
      for (const backup of listBackups(path)) expect(mode(backup.path), backup.fileName).toBe(0o600);
      if (existsSync(`${path}-wal`)) expect(mode(`${path}-wal`)).toBe(0o600);
    } finally {
      lock.release();
    }
  });
});
