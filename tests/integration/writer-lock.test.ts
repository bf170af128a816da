import Database from 'better-sqlite3';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, linkSync, rmSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { acquireWriterLock, type WriterLock } from '../../electron/services/storage/writer-lock';
import { appError } from './storage-support';
import { buildChildScript } from './child-script';

// One writer per database file, across processes: the lock is checked from
// real child processes (a lock inside one process is a different thing), and
// through the built browser host as a user would start it twice.

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'electron', 'cli.cjs');
let CHILD = '';

let dir: string;
let dbPath: string;
let children: ChildProcess[];
let held: WriterLock[];
let links: string[];

beforeAll(async () => {
  // A process that takes the lock, says "held", and keeps it until killed.
  CHILD = await buildChildScript(
    'writer-lock-child',
    `
        import { acquireWriterLock } from './electron/services/storage/writer-lock';
        try {
          acquireWriterLock(process.argv[2] ?? '');
          process.stdout.write('held\\n');
          setInterval(() => undefined, 60_000);
        } catch (error) {
          process.stderr.write((error instanceof Error ? error.message : String(error)) + '\\n');
          process.exit(1);
        }`,
  );
  // The host tests run the current sources, as a user would run them.
  const built = spawnSync(process.execPath, [join(ROOT, 'build', 'scripts', 'build.mjs'), '--quiet'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`Bygget misslyckades:\n${built.stdout}${built.stderr}`);
}, 120_000);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-lock-'));
  dbPath = join(dir, 'anteckna.sqlite');
  children = [];
  held = [];
  links = [];
});

afterEach(async () => {
  for (const lock of held) lock.release();
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await gone;
    }
  }
  for (const link of links) rmSync(link, { force: true });
  await rm(dir, { recursive: true, force: true });
});

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
}

/** Starts a process that holds the lock on `path`; resolves once it holds it. */
function holdInChild(path: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CHILD, path], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('held')) resolvePromise(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`Låsprocessen avslutades (kod ${code}): ${output}`)));
  });
}

/** Runs a process that tries to take the lock; its exit code and messages. */
function tryInChild(path: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [CHILD, path], { timeout: 5_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    // It holds the lock forever when it gets it: stop it once it says so.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('held')) child.kill('SIGKILL');
    });
  });
}

describe('writer lock', () => {
  it('refuses a second writer while another process holds the file, naming the file in Swedish', async () => {
    await holdInChild(dbPath);
    const error = appError(() => acquireWriterLock(dbPath));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(dbPath);
    expect(error.message).toContain('används redan av Anteckna');
    expect(error.message).toContain('--db');
  });

  it('is let go by the operating system when the holder is killed, though the lock file stays', async () => {
    const holder = await holdInChild(dbPath);
    holder.kill('SIGKILL');
    expect(await exited(holder)).toBe('SIGKILL');
    expect(existsSync(`${dbPath}.lock`)).toBe(true);
    const lock = acquireWriterLock(dbPath);
    held.push(lock);
    expect(lock.path).toBe(`${dbPath}.lock`);
  });

  it('held here, it keeps other processes out until released', async () => {
    const lock = acquireWriterLock(dbPath);
    held.push(lock);
    const refused = await tryInChild(dbPath);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('används redan av Anteckna');
    expect(appError(() => acquireWriterLock(dbPath)).code).toBe('storage');

    lock.release();
    lock.release();
    const granted = await tryInChild(dbPath);
    expect(granted.stdout).toContain('held');
  });

  it('does not stop other processes from reading the database itself', async () => {
    const create = new Database(dbPath);
    create.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('anteckning')");
    create.close();
    await holdInChild(dbPath);
    const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      expect(reader.prepare('SELECT x FROM t').pluck().get()).toBe('anteckning');
    } finally {
      reader.close();
    }
  });

  it('locks the real file: a symbolic link, a linked folder and a hard link reach the same lock', async () => {
    const create = new Database(dbPath);
    create.exec('CREATE TABLE t (x TEXT)');
    create.close();
    const viaLink = join(dir, 'genväg.sqlite');
    symlinkSync(dbPath, viaLink);
    const linkedFolder = join(dir, '..', `${basename(dir)}-länkad`);
    symlinkSync(dir, linkedFolder);
    links.push(linkedFolder);
    const hardLink = join(dir, 'hårdlänk.sqlite');
    linkSync(dbPath, hardLink);

    await holdInChild(dbPath);
    for (const other of [viaLink, join(linkedFolder, 'anteckna.sqlite'), hardLink]) {
      const error = appError(() => acquireWriterLock(other));
      expect(error.message, other).toContain('används redan av Anteckna');
    }
  });

  it('held through a hard link, it keeps out a writer by the ordinary path', async () => {
    new Database(dbPath).close();
    const hardLink = join(dir, 'hårdlänk.sqlite');
    linkSync(dbPath, hardLink);
    await holdInChild(hardLink);
    expect(appError(() => acquireWriterLock(dbPath)).message).toContain('används redan av Anteckna');
  });

  it('locks each database on its own', async () => {
    await holdInChild(dbPath);
    const other = acquireWriterLock(join(dir, 'annan.sqlite'));
    held.push(other);
    expect(other.path).toBe(join(dir, 'annan.sqlite.lock'));
  });
});

interface Host {
  child: ChildProcess;
  url: string;
}

function startHost(path: string): Promise<Host> {
  const child = spawn(process.execPath, [CLI, 'web', '--db', path, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANTECKNA_DB: '' },
  });
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) resolvePromise({ child, url: match[1] });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`Webbvärden avslutades (kod ${code}):\n${output}`)));
  });
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ANTECKNA_DB: '' }, timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function meetingTitles(host: Host): Promise<string[]> {
  const url = new URL(host.url);
  const response = await fetch(`${url.origin}${HTTP_API_PREFIX}meetings:list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: url.searchParams.get('token') ?? '' },
    body: '{}',
  });
  const result = (await response.json()) as { ok: boolean; value: { title: string }[] };
  expect(result.ok).toBe(true);
  return result.value.map((m) => m.title).sort();
}

describe('browser host: one writer', () => {
  it('the writing commands demo, import and restore refuse while a host holds the database', async () => {
    expect((await runCli(['demo', '--db', dbPath])).code).toBe(0);
    const backup = join(dir, 'kopia.sqlite');
    expect((await runCli(['backup', '--db', dbPath, '--out', backup])).code).toBe(0);
    const meetingFile = join(dir, 'möte.json');
    const exported = await runCli(['export', '--db', dbPath, '--meeting', '1', '--format', 'json', '--out', meetingFile]);
    expect(exported.code).toBe(0);
    const host = await startHost(dbPath);
    const before = await meetingTitles(host);
    for (const args of [
      ['demo', '--db', dbPath],
      ['import', '--db', dbPath, '--file', meetingFile],
      ['restore', '--db', dbPath, '--from', backup],
    ]) {
      const refused = await runCli(args);
      expect(refused.code, args[0]).toBe(1);
      expect(refused.stderr, args[0]).toContain('används redan av Anteckna');
    }
    expect(await meetingTitles(host)).toEqual(before);
  });

  it('a second host on the same database exits with a clear message; the first keeps working; after a kill a new one starts', async () => {
    expect((await runCli(['demo', '--db', dbPath])).code).toBe(0);
    const first = await startHost(dbPath);
    const titles = await meetingTitles(first);
    expect(titles.length).toBeGreaterThan(0);

    const second = await runCli(['web', '--db', dbPath, '--port', '0']);
    expect(second.code).toBe(1);
    expect(second.stdout).not.toContain('Anteckna körs på');
    expect(second.stderr).toContain(`Databasen ${dbPath} används redan av Anteckna`);
    expect(second.stderr).toContain('Stäng det först eller välj en annan fil med --db.');

    expect(await meetingTitles(first)).toEqual(titles);
    // Reading the file from the CLI still works while the host runs.
    const listed = await runCli(['list', '--db', dbPath]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { meetings: unknown[] }).meetings).toHaveLength(titles.length);

    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toBe('SIGKILL');
    const third = await startHost(dbPath);
    expect(await meetingTitles(third)).toEqual(titles);
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
  });
});
