import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach } from 'vitest';

/** The built command-line host, run as a user runs it: its output, its exit code, its web host. */

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'electron', 'cli.cjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI (or another entry, such as the launcher) with `env`; never throws. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv, entry = CLI): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [entry, ...args], { env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Builds dist/ from the current sources, whether or not `npm test` built them already. */
export function buildCli(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'build', 'scripts', 'build.mjs'), '--quiet'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Bygget misslyckades:\n${build.stdout}${build.stderr}`);
}

/** A clean environment in `dir`: no ANTECKNA_DB or ANTECKNA_BACKUP_DAYS, HOME and the config folders inside it. */
export function cleanEnv(dir: string): NodeJS.ProcessEnv {
  const { ANTECKNA_DB: _db, ANTECKNA_BACKUP_DAYS: _days, ...rest } = process.env;
  return { ...rest, HOME: join(dir, 'home'), XDG_CONFIG_HOME: join(dir, 'xdg'), APPDATA: join(dir, 'appdata') };
}

export interface CliFolder {
  /** The current test's temporary folder. */
  dir: string;
  /** Its clean environment (see cleanEnv). */
  env: NodeJS.ProcessEnv;
}

/**
 * For a file of CLI tests: builds the CLI once, gives each test a fresh
 * temporary folder with a clean environment, and removes the folder after
 * the test (even one the test made read-only). Hooks the file adds later run
 * after the folder is made and before it is removed.
 */
export function freshCliFolderPerTest(prefix: string): CliFolder {
  const folder: CliFolder = { dir: '', env: {} };
  beforeAll(() => buildCli(), 180_000);
  beforeEach(() => {
    folder.dir = mkdtempSync(join(tmpdir(), prefix));
    folder.env = cleanEnv(folder.dir);
  });
  afterEach(() => {
    chmodSync(folder.dir, 0o755);
    rmSync(folder.dir, { recursive: true, force: true });
  });
  return folder;
}

export interface WebProcess {
  child: ChildProcess;
  /** The address it printed, with its token. */
  url: URL;
  exited: Promise<number | null>;
  output(): string;
  stderr(): string;
}

/** `anteckna web --db DB --port 0`, once it has printed where it runs. */
export async function startWebProcess(db: string, env: NodeJS.ProcessEnv): Promise<WebProcess> {
  const child = spawn(process.execPath, [CLI, 'web', '--db', db, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<URL>((done, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      const match = /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
      if (match?.[1]) done(new URL(match[1]));
    });
    void exited.then((code) => fail(new Error(`avslutades med ${code}: ${stdout}${stderr}`)));
  });
  return { child, url, exited, output: () => stdout + stderr, stderr: () => stderr };
}
