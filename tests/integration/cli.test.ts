import Database from 'better-sqlite3';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { defaultDataDir } from '../../electron/cli/data-dir';
import { openDatabase, closeDatabase } from '../../electron/services/storage/database';
import { CLI, ROOT, freshCliFolderPerTest, runCli, startWebProcess, type Run } from './cli-support';

// The built command-line host, run as a user would run it.

const LAUNCHER = join(ROOT, 'build', 'bin', 'anteckna.cjs');

const testFolder = freshCliFolderPerTest('anteckna-cli-');

/** Runs the CLI with a clean environment: no ANTECKNA_DB, HOME in the temp folder. */
function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}, entry = CLI): Promise<Run> {
  return runCli(args, { ...testFolder.env, ...extraEnv }, entry);
}

interface DemoOutput {
  meetings: { id: number; body: string; title: string; date: string }[];
}
interface ListOutput {
  bodies: { id: number; name: string; shortName: string }[];
  meetings: { id: number; bodyId: number; bodyShortName: string; title: string; date: string }[];
}


describe('anteckna demo', () => {
  it('creates the database, seeds the demo and prints its meetings as JSON', async () => {
    const db = join(testFolder.dir, 'ny', 'anteckna.sqlite');
    const run = await cli(['demo', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as DemoOutput;
    expect(output.meetings.length).toBeGreaterThanOrEqual(2);
    for (const meeting of output.meetings) {
      expect(meeting).toEqual({ id: expect.any(Number), body: expect.any(String), title: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(meeting.title.length).toBeGreaterThan(0);
    }
    expect(new Set(output.meetings.map((m) => m.body)).size).toBeGreaterThanOrEqual(2);
    expect(existsSync(db)).toBe(true);
  });
});

describe('anteckna list', () => {
  it('prints the bodies and meetings stored by demo', async () => {
    const db = join(testFolder.dir, 'anteckna.sqlite');
    const demo = JSON.parse((await cli(['demo', '--db', db])).stdout) as DemoOutput;
    const run = await cli(['list', '--db', db]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as ListOutput;
    expect(output.bodies.map((b) => b.shortName).sort()).toEqual([...new Set(demo.meetings.map((m) => m.body))].sort());
    expect(output.meetings.map((m) => m.id).sort()).toEqual(demo.meetings.map((m) => m.id).sort());
    for (const meeting of output.meetings) {
      const body = output.bodies.find((b) => b.id === meeting.bodyId);
      expect(body?.shortName).toBe(meeting.bodyShortName);
    }
  });

  it('uses ANTECKNA_DB when --db is not given, and --db over it', async () => {
    const fromEnv = join(testFolder.dir, 'env.sqlite');
    await cli(['demo'], { ANTECKNA_DB: fromEnv });
    expect(existsSync(fromEnv)).toBe(true);
    const viaEnv = JSON.parse((await cli(['list'], { ANTECKNA_DB: fromEnv })).stdout) as ListOutput;
    expect(viaEnv.meetings.length).toBeGreaterThan(0);
    const viaFlag = JSON.parse((await cli(['list', '--db', join(testFolder.dir, 'tom.sqlite')], { ANTECKNA_DB: fromEnv })).stdout) as ListOutput;
    expect(viaFlag).toEqual({ bodies: [], meetings: [] });
  });

  it('falls back to the per-user data folder', async () => {
    const run = await cli(['list']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ bodies: [], meetings: [] });
    const expected = join(defaultDataDir(process.platform, testFolder.env, testFolder.env['HOME']), 'anteckna.sqlite');
    expect(existsSync(expected)).toBe(true);
  });
});

describe('per-user data folder', () => {
  it('follows each system’s convention', () => {
    // The same folders Electron's app.getPath('userData') gives the desktop app.
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/config' }, '/home/eva')).toBe('/x/config/Anteckna');
    expect(defaultDataDir('linux', {}, '/home/eva')).toBe('/home/eva/.config/Anteckna');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relativ' }, '/home/eva')).toBe('/home/eva/.config/Anteckna');
    expect(defaultDataDir('darwin', {}, '/Users/eva')).toBe('/Users/eva/Library/Application Support/Anteckna');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\eva\\AppData\\Roaming' }, 'C:\\Users\\eva')).toBe(
      'C:\\Users\\eva\\AppData\\Roaming\\Anteckna',
    );
  });
});

describe('errors', () => {
  it('names an unknown command in Swedish on stderr and exits non-zero', async () => {
    const run = await cli(['exportera']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Okänt kommando: exportera');
  });

  it('says when a flag lacks its value or is unknown', async () => {
    const missing = await cli(['list', '--db']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Flaggan --db behöver ett värde.');
    const unknown = await cli(['list', '--format', 'json']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Okänd flagga: --format');
    const port = await cli(['web', '--db', join(testFolder.dir, 'a.sqlite'), '--port', 'åtta']);
    expect(port.code).not.toBe(0);
    expect(port.stderr).toContain('Ogiltig port: åtta');
  });

  it('refuses a damaged database without touching it', async () => {
    const db = join(testFolder.dir, 'skadad.sqlite');
    const garbage = Buffer.from('Det här är ingen databas utan bara text. '.repeat(200));
    await writeFile(db, garbage);
    const run = await cli(['list', '--db', db]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/skadad|inte en Anteckna-databas/);
    expect(await readFile(db)).toEqual(garbage);
  });

  it('refuses a database from a newer Anteckna', async () => {
    const db = join(testFolder.dir, 'nyare.sqlite');
    await cli(['demo', '--db', db]);
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const run = await cli(['list', '--db', db]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('nyare version av Anteckna');
  });

  it('prints help in Swedish', async () => {
    const run = await cli(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Användning: anteckna <kommando>');
  });
});

describe('anteckna web', () => {
  const startWeb = (db: string) => startWebProcess(db, testFolder.env);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves the app and its API, and on ${signal} closes the server and the database and exits 0`, async () => {
      const db = join(testFolder.dir, 'anteckna.sqlite');
      await cli(['demo', '--db', db]);
      const web = await startWeb(db);

      const page = await fetch(new URL('/', web.url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="app"');
      const token = web.url.searchParams.get('token') ?? '';
      const bodies = await fetch(new URL('/api/bodies:list', web.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: '{}',
      });
      expect(await bodies.json()).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ shortName: expect.any(String) })]) });
      expect(existsSync(`${db}-wal`)).toBe(true);

      web.child.kill(signal);
      expect(await web.exited).toBe(0);
      await expect(fetch(new URL('/', web.url))).rejects.toThrow();
      // closeDatabase checkpointed the WAL into the file: nothing left beside it.
      expect(!existsSync(`${db}-wal`) || statSync(`${db}-wal`).size === 0).toBe(true);
      const reopened = openDatabase(db);
      try {
        expect(reopened.prepare('SELECT count(*) FROM meetings').pluck().get()).toBeGreaterThan(0);
      } finally {
        closeDatabase(reopened);
      }
    });
  }

  it('refuses to start on a damaged database', async () => {
    const db = join(testFolder.dir, 'skadad.sqlite');
    await writeFile(db, Buffer.from('inte sqlite '.repeat(500)));
    const run = await cli(['web', '--db', db, '--port', '0']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/skadad|inte en Anteckna-databas/);
  });
});

describe('bin/anteckna', () => {
  it('runs the built CLI', async () => {
    const run = await cli(['help'], {}, LAUNCHER);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Användning: anteckna');
  });

  it('tells the user to build first when the build is missing', async () => {
    const copy = join(testFolder.dir, 'projekt', 'build', 'bin', 'anteckna.cjs');
    await mkdir(join(testFolder.dir, 'projekt', 'build', 'bin'), { recursive: true });
    await copyFile(LAUNCHER, copy);
    const run = await cli(['help'], {}, copy);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('npm run build');
  });
});
