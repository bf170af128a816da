import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { createBackup, listBackups } from '../../electron/services/storage/backup-files';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { openDatabaseRecovering } from '../../electron/services/storage/recovery';
import { RESTORED_FROM_0715_NOTICE, bodyNamesIn, damage, sha256, tempDir, track } from './backup-support';

const BACKUP_TIME = new Date(2026, 10, 22, 7, 15, 3);
const START_TIME = new Date(2026, 10, 22, 9, 40, 0);

/** A demo database with one backup, then more written after it, then closed. */
async function demoWithBackupThenMore(path: string): Promise<string[]> {
  const db = openDatabase(path);
  seedDemo(db, new Date());
  const demoBodies = (db.prepare('SELECT name FROM bodies ORDER BY name').pluck().all() as string[]);
  await createBackup(db, path, BACKUP_TIME);
  db.prepare("UPDATE bodies SET name = 'Skrivet efter säkerhetskopian' WHERE id = (SELECT min(id) FROM bodies)").run();
  closeDatabase(db);
  return demoBodies;
}

describe('a damaged database at start', () => {
  it('is moved aside unchanged, the newest good backup is restored, and the secretary is told from when', async () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    const demoBodies = await demoWithBackupThenMore(path);
    damage(path);
    const damagedHash = sha256(path);
    expect(() => track(openDatabase(path))).toThrow(/skadad/);

    const opened = openDatabaseRecovering(path, { clock: () => START_TIME });
    track(opened.db);

    // The damaged file still exists, byte for byte, beside the database.
    const aside = join(dir, 'anteckna.sqlite.skadad-2026-11-22-09.40.00');
    expect(opened.damagedFile).toBe(aside);
    expect(existsSync(aside)).toBe(true);
    expect(sha256(aside)).toBe(damagedHash);

    // The data is the backup's: the demo bodies, without what was written afterwards.
    const names = opened.db.prepare('SELECT name FROM bodies ORDER BY name').pluck().all();
    expect(names).toEqual(demoBodies);
    expect(opened.db.pragma('quick_check', { simple: true })).toBe('ok');

    expect(opened.notice).toBe(`Databasen var skadad och har flyttats till ${aside}. ${RESTORED_FROM_0715_NOTICE}`);
    // The backup itself is still there for another time.
    expect(listBackups(path)).toHaveLength(1);
  });

  it('skips a damaged newer backup and restores the newest good one', async () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    const demoBodies = await demoWithBackupThenMore(path);
    writeFileSync(join(dir, 'Säkerhetskopior', 'anteckna 2026-11-22 08.00.00.sqlite'), 'inte en databas');
    damage(path);

    const opened = openDatabaseRecovering(path, { clock: () => START_TIME });
    track(opened.db);
    expect(opened.restoredFrom?.takenAt).toBe('2026-11-22T07:15:03');
    expect(opened.db.prepare('SELECT name FROM bodies ORDER BY name').pluck().all()).toEqual(demoBodies);
    expect(opened.notice).toContain('söndag 22 november 2026 kl. 07.15');
  });

  it('refuses and changes nothing when there is no good backup', () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    const db = openDatabase(path);
    seedDemo(db, new Date());
    closeDatabase(db);
    damage(path);
    const before = sha256(path);
    const filesBefore = readdirSync(dir).sort();

    expect(() => openDatabaseRecovering(path)).toThrow(/skadad och det finns ingen hel säkerhetskopia.*Filen har inte ändrats/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('opens a healthy database without a notice, and never "recovers" another program\'s file', async () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    await demoWithBackupThenMore(path);
    const healthy = openDatabaseRecovering(path);
    track(healthy.db);
    expect(healthy.notice).toBeNull();
    closeDatabase(healthy.db);

    const foreign = join(dir, 'annat.sqlite');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(foreign);
    db.exec('CREATE TABLE kunder (namn TEXT)');
    db.close();
    const before = sha256(foreign);
    expect(() => openDatabaseRecovering(foreign)).toThrow(/inte en Anteckna-databas/);
    expect(sha256(foreign)).toBe(before);
    expect(bodyNamesIn(path)).toContain('Skrivet efter säkerhetskopian');
  });
});

describe('an empty or missing database next to backups at start', () => {
  it('keeps the empty file aside, restores the newest backup and says so', async () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    const demoBodies = await demoWithBackupThenMore(path);
    // A sync tool or a full disk left a file of 0 bytes.
    writeFileSync(path, '');

    const opened = openDatabaseRecovering(path, { clock: () => START_TIME });
    track(opened.db);
    const aside = join(dir, 'anteckna.sqlite.tom-2026-11-22-09.40.00');
    expect(existsSync(aside)).toBe(true);
    expect(opened.damagedFile).toBe(aside);
    expect(opened.db.prepare('SELECT name FROM bodies ORDER BY name').pluck().all()).toEqual(demoBodies);
    expect(opened.notice).toBe(
      `Databasfilen ${path} var tom (0 byte) fast det finns säkerhetskopior. Den tomma filen har flyttats till ${aside}. ${RESTORED_FROM_0715_NOTICE}`,
    );
    // The restored data, not an empty start, is what the next backup holds.
    expect(listBackups(path)).toHaveLength(1);
  });

  it('restores the newest backup when the file is missing, and starts empty when there are no backups', async () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    const demoBodies = await demoWithBackupThenMore(path);
    rmSync(path);
    const opened = openDatabaseRecovering(path, { clock: () => START_TIME });
    track(opened.db);
    expect(opened.db.prepare('SELECT name FROM bodies ORDER BY name').pluck().all()).toEqual(demoBodies);
    expect(opened.notice).toMatch(/^Databasfilen .* saknades fast det finns säkerhetskopior\. Dina data har återställts/);

    const fresh = join(tempDir(), 'anteckna.sqlite');
    const first = openDatabaseRecovering(fresh, { clock: () => START_TIME });
    track(first.db);
    expect(first.notice).toBeNull();
    expect(first.db.prepare('SELECT count(*) FROM bodies').pluck().get()).toBe(0);
  });
});
