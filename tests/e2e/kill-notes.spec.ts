import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import type { IpcResult } from '../../shared/ipc/result';
import type { BodySummary, Meeting, MeetingSummary } from '../../shared/model/domain';
import { notesToPlainText } from '../../shared/notes/text';
import { CLI, cli } from './fixtures';
import { LivePage } from './pages/LivePage';

/** Notes typed until the host is killed: what was typed more than 1 s before the kill is stored. */

interface Host {
  child: ChildProcess;
  url: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

function startHost(dbPath: string): Promise<Host> {
  const child = spawn(process.execPath, [CLI, 'web', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANTECKNA_DB: '' },
  });
  const exited = new Promise<NodeJS.Signals | number | null>((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], exited });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`Webbvärden avslutades (kod ${code}):\n${output}`)));
  });
}

async function getMeeting(url: string, id: number): Promise<Meeting> {
  const parsed = new URL(url);
  const response = await fetch(`${parsed.origin}${HTTP_API_PREFIX}meetings:get`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: parsed.searchParams.get('token') ?? '' },
    body: JSON.stringify({ id }),
  });
  const result = (await response.json()) as IpcResult<Meeting>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test('notes typed more than a second before the host is killed survive, and the database is intact', async ({ page }) => {
  test.setTimeout(60_000);
  if (!existsSync(CLI)) throw new Error('dist/electron/cli.cjs saknas: kör "npm run build" först.');
  const dir = await mkdtemp(join(tmpdir(), 'anteckna-kill-'));
  const dbPath = join(dir, 'anteckna.sqlite');
  let host: Host | null = null;
  try {
    await cli('demo', '--db', dbPath);
    const { bodies, meetings } = await cli<{ bodies: BodySummary[]; meetings: MeetingSummary[] }>('list', '--db', dbPath);
    const psn = bodies.find((b) => b.shortName === 'PSN');
    const summary = meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
    if (!summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');

    host = await startHost(dbPath);
    const before = await getMeeting(host.url, summary.id);
    const item = before.agenda.find((i) => !i.standing && i.parentId === null);
    if (!item) throw new Error('Mötet saknar en sakpunkt.');

    const live = new LivePage(page);
    await page.goto(`${host.url}#/meeting/${summary.id}/live/${item.id}`);
    await live.waitUntilReady();
    await expect(live.notes).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');

    // Type in a loop; kill the host at a random moment 1.5–4 s in.
    const typed: { text: string; at: number }[] = [];
    let text = '';
    const killAfter = 1_500 + Math.floor(Math.random() * 2_500);
    const started = Date.now();
    let killedAt = 0;
    const running = host;
    const killer = new Promise<void>((done) => {
      setTimeout(() => {
        killedAt = Date.now();
        running.child.kill('SIGKILL');
        done();
      }, killAfter);
    });
    for (let n = 1; killedAt === 0 || Date.now() - killedAt < 300; n += 1) {
      const word = `ord${n} `;
      await page.keyboard.type(word);
      text += word;
      typed.push({ text, at: Date.now() });
      if (Date.now() - started > 15_000) break;
    }
    await killer;
    expect(await running.exited).toBe('SIGKILL');
    host = null;

    // Everything typed up to one second before the kill.
    const durable = [...typed].reverse().find((t) => t.at <= killedAt - 1_000);
    expect(durable, 'the test typed for more than a second before the kill').toBeDefined();

    host = await startHost(dbPath);
    const after = await getMeeting(host.url, summary.id);
    const stored = notesToPlainText(after.agenda.find((i) => i.id === item.id)?.notes ?? null);
    expect(stored).toContain(durable?.text.trimEnd() ?? '\u0000');

    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  } finally {
    if (host) {
      host.child.kill('SIGTERM');
      await host.exited;
    }
    await rm(dir, { recursive: true, force: true });
  }
});
