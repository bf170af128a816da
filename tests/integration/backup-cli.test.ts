import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { ANTECKNA_APPLICATION_ID } from '../../electron/services/storage/migrations';
import { settings } from './app-support';
import { RESTORED_FROM_0715_NOTICE, bodyNamesIn, damage, expectWholeAnteckna, sha256 } from './backup-support';
import { CLI, freshCliFolderPerTest, runCli, startWebProcess, type Run } from './cli-support';

// `anteckna backup`, `anteckna restore` and the browser host's backups, run as a user runs them.


const testFolder = freshCliFolderPerTest('anteckna-backup-cli-');
const children: ChildProcess[] = [];

function cli(args: string[]): Promise<Run> {
  return runCli(args, testFolder.env);
}

async function ok<T>(args: string[]): Promise<T> {
  const run = await cli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface WebHost {
  url: URL;
  stderr: () => string;
  api<T>(channel: string, request: unknown): Promise<T>;
  stop(): Promise<number | null>;
}

async function startWeb(db: string): Promise<WebHost> {
  const { child, url, exited, stderr } = await startWebProcess(db, testFolder.env);
  children.push(child);
  const token = url.searchParams.get('token') ?? '';
  return {
    url,
    stderr,
    async api<T>(channel: string, request: unknown): Promise<T> {
      const response = await fetch(new URL(`/api/${channel}`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: JSON.stringify(request),
      });
      const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
      return result.value;
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Waits (generously: two cores shared) until `check` holds. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Väntade förgäves på: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The demo data, as `anteckna demo` writes it to anteckna.sqlite in the test's folder. */
async function demoDatabase(): Promise<string> {
  const db = join(testFolder.dir, 'anteckna.sqlite');
  await ok(['demo', '--db', db]);
  return db;
}

/** Where the host keeps its backups: Säkerhetskopior beside the database. */
function backupFolder(): string {
  return join(testFolder.dir, 'Säkerhetskopior');
}

function renameFirstBody(db: string, name: string): void {
  const conn = new Database(db);
  conn.prepare('UPDATE bodies SET name = ? WHERE id = (SELECT min(id) FROM bodies)').run(name);
  conn.pragma('wal_checkpoint(TRUNCATE)');
  conn.close();
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('anteckna backup', () => {
  it('backs up a database while the browser host is running, to --out, to a folder or to Säkerhetskopior', async () => {
    const db = await demoDatabase();
    const web = await startWeb(db);
    await web.api('bodies:create', { settings: settings({ name: 'Samverkansgrupp Ekby', shortName: 'SGE' }) });

    const out = join(testFolder.dir, 'kopia.sqlite');
    const made = await ok<{ file: string; bytes: number }>(['backup', '--db', db, '--out', out]);
    expect(made.file).toBe(out);
    expectWholeAnteckna(out);
    // The write the running host made a moment ago is in the copy (read through SQLite, WAL included).
    expect(bodyNamesIn(out)).toContain('Samverkansgrupp Ekby');

    mkdirSync(join(testFolder.dir, 'usb'));
    const intoFolder = await ok<{ file: string }>(['backup', '--db', db, '--out', join(testFolder.dir, 'usb')]);
    expect(intoFolder.file).toMatch(/usb\/anteckna \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\.sqlite$/);
    expectWholeAnteckna(intoFolder.file);

    // The host made its start-up backup in Säkerhetskopior beside the database.
    await eventually(() => existsSync(backupFolder()) && readdirSync(backupFolder()).some((f) => f.endsWith('.sqlite')), 'start-up backup');
    const listed = await web.api<{ backups: { fileName: string }[] }>('backups:list', {});
    expect(listed.backups.length).toBeGreaterThanOrEqual(1);
    expect(await web.stop()).toBe(0);
  });

  it('refuses to overwrite an existing file without --force, and refuses a damaged database; nothing changes', async () => {
    const db = await demoDatabase();
    const out = join(testFolder.dir, 'kopia.sqlite');
    writeFileSync(out, 'viktig fil');
    const outHash = sha256(out);
    const dbHash = sha256(db);

    const refused = await cli(['backup', '--db', db, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`anteckna: Filen ${out} finns redan. Ange --force för att skriva över den.\n`);
    expect(sha256(out)).toBe(outHash);
    expect(readdirSync(testFolder.dir).filter((f) => f.includes('.tmp'))).toEqual([]);

    await ok(['backup', '--db', db, '--out', out, '--force']);
    expectWholeAnteckna(out);
    expect(sha256(db)).toBe(dbHash);

    damage(db);
    const damagedHash = sha256(db);
    const fromDamaged = await cli(['backup', '--db', db, '--out', join(testFolder.dir, 'ny.sqlite')]);
    expect(fromDamaged.code).toBe(1);
    expect(fromDamaged.stderr).toMatch(/är skadad och kan inte öppnas\. Filen har inte ändrats\./);
    expect(existsSync(join(testFolder.dir, 'ny.sqlite'))).toBe(false);
    expect(sha256(db)).toBe(damagedHash);
  });
});

describe('anteckna restore', () => {
  it('puts the backup in place and keeps the current database aside', async () => {
    const db = await demoDatabase();
    const backup = join(testFolder.dir, 'kopia.sqlite');
    await ok(['backup', '--db', db, '--out', backup]);
    renameFirstBody(db, 'Skrivet efter kopian');
    const currentHash = sha256(db);

    const restored = await ok<{ database: string; restoredFrom: string; movedAside: string }>(['restore', '--db', db, '--from', backup]);
    expect(restored.database).toBe(db);
    expect(restored.restoredFrom).toBe(backup);
    expect(restored.movedAside).toMatch(/anteckna\.sqlite\.före-återställning-\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}$/);
    // The database that was there is kept, whole, under the new name.
    expect(sha256(restored.movedAside)).toBe(currentHash);
    expect(bodyNamesIn(restored.movedAside)).toContain('Skrivet efter kopian');
    expect(bodyNamesIn(db)).not.toContain('Skrivet efter kopian');
    const list = await ok<{ bodies: unknown[] }>(['list', '--db', db]);
    expect(list.bodies.length).toBeGreaterThan(0);
  });

  it('refuses a damaged file, a file from a newer Anteckna, another program\'s file and a missing file; the database is unchanged', async () => {
    const db = await demoDatabase();
    const before = sha256(db);
    const filesBefore = readdirSync(testFolder.dir).sort();

    const damaged = join(testFolder.dir, 'skadad.sqlite');
    await ok(['backup', '--db', db, '--out', damaged]);
    damage(damaged);

    const newer = join(testFolder.dir, 'nyare.sqlite');
    await ok(['backup', '--db', db, '--out', newer]);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();

    const foreign = join(testFolder.dir, 'kunder.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE kunder (namn TEXT)');
    f.close();

    const emptySqlite = join(testFolder.dir, 'tom.sqlite');
    new Database(emptySqlite).close();

    const text = join(testFolder.dir, 'anteckningar.txt');
    writeFileSync(text, 'Det här är ingen databas.\n'.repeat(200));

    const cases: [string, RegExp][] = [
      [damaged, /skadad eller ingen Anteckna-databas och kan inte återställas\. Databasen har inte ändrats\./],
      [newer, /kommer från en nyare version av Anteckna\. Uppdatera Anteckna först\. Databasen har inte ändrats\./],
      [foreign, /är inte en Anteckna-databas och kan inte återställas\. Databasen har inte ändrats\./],
      [emptySqlite, /är inte en Anteckna-databas och kan inte återställas\. Databasen har inte ändrats\./],
      [text, /skadad eller ingen Anteckna-databas och kan inte återställas\. Databasen har inte ändrats\./],
      [join(testFolder.dir, 'finns-inte.sqlite'), /finns inte\. Databasen har inte ändrats\./],
    ];
    for (const [from, message] of cases) {
      const run = await cli(['restore', '--db', db, '--from', from]);
      expect(run.code, from).toBe(1);
      expect(run.stdout, from).toBe('');
      expect(run.stderr, from).toMatch(message);
      expect(sha256(db), from).toBe(before);
    }
    expect(readdirSync(testFolder.dir).sort()).toEqual([...filesBefore, 'anteckningar.txt', 'kunder.sqlite', 'nyare.sqlite', 'skadad.sqlite', 'tom.sqlite'].sort());
    expect(new Database(newer, { readonly: true }).pragma('application_id', { simple: true })).toBe(ANTECKNA_APPLICATION_ID);
  });

  it('refuses while the app has the database open, and changes nothing', async () => {
    const db = await demoDatabase();
    const backup = join(testFolder.dir, 'kopia.sqlite');
    await ok(['backup', '--db', db, '--out', backup]);
    const web = await startWeb(db);
    await eventually(() => existsSync(backupFolder()), 'start-up backup');
    const names = bodyNamesIn(db);

    const run = await cli(['restore', '--db', db, '--from', backup]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^anteckna: .+\n$/);
    expect(readdirSync(testFolder.dir).filter((f) => f.includes('före-återställning'))).toEqual([]);
    expect(bodyNamesIn(db)).toEqual(names);
    expect(await web.stop()).toBe(0);
  });
});

describe('how long backups are kept', () => {
  it('thins by --keep-days at start (one a week beyond them), keeping younger backups, and refuses a wrong value', async () => {
    const db = await demoDatabase();
    const folder = backupFolder();
    mkdirSync(folder);
    // Two in the week of Monday 13 January 2020: only the newer of them is kept.
    const old = join(folder, 'anteckna 2020-01-14 10.00.00.sqlite');
    await ok(['backup', '--db', db, '--out', old]);
    const weekly = join(folder, 'anteckna 2020-01-15 10.00.00.sqlite');
    await ok(['backup', '--db', db, '--out', weekly]);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const young = join(
      folder,
      `anteckna ${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())} ${pad(yesterday.getHours())}.00.00.sqlite`,
    );
    await ok(['backup', '--db', db, '--out', young]);

    const wrong = await cli(['web', '--db', db, '--keep-days', 'trettio']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Ogiltigt antal dagar för säkerhetskopior: trettio\./);

    const child = spawn(process.execPath, [CLI, 'web', '--db', db, '--port', '0', '--keep-days', '7'], { env: testFolder.env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    await eventually(() => stdout.includes('Avsluta med Ctrl+C'), 'the host running');
    await eventually(() => !existsSync(old), 'the old backup pruned');
    expect(existsSync(young)).toBe(true);
    expect(existsSync(weekly)).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith('.sqlite'))).toHaveLength(3);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('the browser host on a damaged database', () => {
  it('moves it aside, restores the newest backup, prints the notice and shows it through app:info', async () => {
    const db = await demoDatabase();
    const backups = backupFolder();
    mkdirSync(backups);
    await ok(['backup', '--db', db, '--out', join(backups, 'anteckna 2026-11-22 07.15.03.sqlite')]);
    const demoNames = bodyNamesIn(db);
    renameFirstBody(db, 'Skrivet efter kopian');
    damage(db);
    const damagedHash = sha256(db);

    const web = await startWeb(db);
    expect(web.stderr()).toContain('anteckna: Databasen var skadad och har flyttats till');
    expect(web.stderr()).toContain(RESTORED_FROM_0715_NOTICE);

    const aside = readdirSync(testFolder.dir).find((f) => f.startsWith('anteckna.sqlite.skadad-'));
    expect(aside).toBeDefined();
    expect(sha256(join(testFolder.dir, aside!))).toBe(damagedHash);

    const info = await web.api<{ startupNotice?: string | null }>('app:info', {});
    expect(info.startupNotice).toContain(join(testFolder.dir, aside!));
    expect(info.startupNotice).toContain(RESTORED_FROM_0715_NOTICE);
    const bodies = await web.api<{ name: string }[]>('bodies:list', {});
    expect(bodies.map((b) => b.name).sort()).toEqual([...demoNames].sort());
    expect(await web.stop()).toBe(0);
  });

  it('refuses to start without a good backup and leaves the damaged file as it was', async () => {
    const db = await demoDatabase();
    damage(db);
    const before = sha256(db);
    const run = await cli(['web', '--db', db, '--port', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/är skadad och det finns ingen hel säkerhetskopia .*Filen har inte ändrats\./);
    expect(sha256(db)).toBe(before);
    expect(readdirSync(testFolder.dir).filter((f) => f.includes('skadad'))).toEqual([]);
  });
});
