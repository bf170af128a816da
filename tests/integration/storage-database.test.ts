import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeDatabase, openDatabase, resolveDatabasePath } from '../../electron/services/storage/database';
import { SCHEMA_VERSION } from '../../electron/services/storage/migrations';
import { createBody, listBodies } from '../../electron/services/storage/bodies';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { AppError } from '../../shared/ipc/result';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-db-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A real, closed Anteckna database with demo data in it. */
function seededFile(dir: string): string {
  const path = join(dir, 'anteckna.sqlite');
  const db = openDatabase(path);
  seedDemo(db, new Date());
  closeDatabase(db);
  return path;
}

function openError(path: string): AppError {
  try {
    closeDatabase(openDatabase(path));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`openDatabase(${path}) should have refused the file`);
}

describe('openDatabase', () => {
  it('creates a missing folder and a new database with WAL, synchronous FULL, foreign keys and a busy timeout', () => {
    const path = join(tempDir(), 'ny', 'mapp', 'anteckna.sqlite');
    const db = openDatabase(path);
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    closeDatabase(db);
  });

  it('reopens an existing database with its data, with the same settings', () => {
    const dir = tempDir();
    const path = seededFile(dir);
    const db = openDatabase(path);
    expect(listBodies(db, '2026-11-12').map((b) => b.shortName).sort()).toEqual(['LGS-N', 'PSN']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeDatabase(db);
  });

  it('accepts an empty file as a new database', () => {
    const path = join(tempDir(), 'tom.sqlite');
    writeFileSync(path, '');
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    closeDatabase(db);
  });

  it('refuses a database from a newer Anteckna and leaves the file byte for byte untouched', () => {
    const dir = tempDir();
    const path = seededFile(dir);
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const hash = sha256(path);
    const files = readdirSync(dir).sort();

    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/^Databasen .* skapades av en nyare version av Anteckna/);
    expect(error.message).toContain(path);
    expect(sha256(path)).toBe(hash);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('reports a database with damaged pages and does not write to it', () => {
    const dir = tempDir();
    const original = seededFile(dir);
    const path = join(dir, 'skadad.sqlite');
    copyFileSync(original, path);
    const pageSize = 4096;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize * 3, 0xab), 0, pageSize * 3, pageSize * 2);
    closeSync(fd);
    const hash = sha256(path);
    const files = readdirSync(dir).sort();

    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toContain('är skadad');
    expect(error.message).toContain(path);
    expect(sha256(path)).toBe(hash);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('reports a file that is not a database at all and does not overwrite it', () => {
    const dir = tempDir();
    const path = join(dir, 'anteckningar.sqlite');
    writeFileSync(path, 'Det här är ett textdokument och ingen databas.\n'.repeat(200));
    const hash = sha256(path);

    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toContain('är skadad');
    expect(sha256(path)).toBe(hash);
    expect(readdirSync(dir)).toEqual(['anteckningar.sqlite']);
  });

  it("refuses another program's SQLite database instead of adding tables to it", () => {
    const dir = tempDir();
    const path = join(dir, 'annat.sqlite');
    const other = new Database(path);
    other.exec("CREATE TABLE recept (namn TEXT); INSERT INTO recept VALUES ('kanelbullar')");
    other.close();
    const hash = sha256(path);

    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toContain('inte en Anteckna-databas');
    expect(sha256(path)).toBe(hash);
  });
});

describe('closeDatabase', () => {
  it('folds the write-ahead log into the main file, so a copy of the file alone has everything', () => {
    const dir = tempDir();
    const path = join(dir, 'anteckna.sqlite');
    const db = openDatabase(path);
    createBody(db, {
      name: 'Styrgrupp för hjälpmedel',
      shortName: 'SGH',
      formalName: 'SGH',
      documentTitle: 'Minnesanteckningar',
      defaultPlace: '',
      defaultMeetingForm: 'Digitalt',
      defaultStartTime: '',
      defaultEndTime: '',
      dateStyle: 'iso',
      standpointPlacement: 'endOfItem',
      summaryOfStandpoints: false,
      attendanceStyle: 'markers',
      plannedDates: [],
      sides: [],
    }, new Date().toISOString());
    // Another connection keeps SQLite from checkpointing on its own at close.
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM bodies').pluck().get()).toBe(1);
    closeDatabase(db);
    expect(db.open).toBe(false);

    const copy = join(dir, 'kopia.sqlite');
    copyFileSync(path, copy);
    const reopened = openDatabase(copy);
    expect(listBodies(reopened, '2026-11-12').map((b) => b.shortName)).toEqual(['SGH']);
    closeDatabase(reopened);
    reader.close();
  });
});

describe('resolveDatabasePath', () => {
  const dataDir = resolve('/home/sekreterare/.local/share/anteckna');

  it('uses --db first', () => {
    expect(resolveDatabasePath({ cliPath: '/data/möten.sqlite', env: { ANTECKNA_DB: '/env/x.sqlite' }, dataDir })).toBe(
      resolve('/data/möten.sqlite'),
    );
  });

  it('uses ANTECKNA_DB when there is no --db', () => {
    expect(resolveDatabasePath({ env: { ANTECKNA_DB: '/env/x.sqlite' }, dataDir })).toBe(resolve('/env/x.sqlite'));
    expect(resolveDatabasePath({ cliPath: '  ', env: { ANTECKNA_DB: '/env/x.sqlite' }, dataDir })).toBe(resolve('/env/x.sqlite'));
  });

  it('falls back to anteckna.sqlite in the data folder', () => {
    expect(resolveDatabasePath({ env: {}, dataDir })).toBe(join(dataDir, 'anteckna.sqlite'));
    expect(resolveDatabasePath({ env: { ANTECKNA_DB: '' }, dataDir })).toBe(join(dataDir, 'anteckna.sqlite'));
  });

  it('makes a relative path absolute, so the app can show where the file is', () => {
    expect(resolveDatabasePath({ cliPath: 'prov.sqlite', env: {}, dataDir })).toBe(resolve('prov.sqlite'));
  });
});
