import { test as base, expect, type Page } from '@playwright/test';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { AgendaItem, BodySummary, Meeting, MeetingSummary } from '../../shared/model/domain';
import { notesToPlainText } from '../../shared/notes/text';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';

const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'electron', 'cli.cjs');
const run = promisify(execFile);

/** One running browser host over its own fresh data folder, seeded with the demo. */
export interface RunningApp {
  /** The address the host printed, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  dbPath: string;
  bodies: BodySummary[];
  meetings: MeetingSummary[];
  /** A call with the token, as the renderer makes it; throws on `ok: false`. */
  api<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

/** Runs the built CLI; the JSON it prints on stdout. */
export async function cli<T>(...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, ANTECKNA_DB: '' } });
  return JSON.parse(stdout) as T;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) resolvePromise(match[1]);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`Webbvärden avslutades (kod ${code}) innan den skrev sin adress:\n${output}`)));
  });
}

export const test = base.extend<{ app: RunningApp }>({
  // Its own time budget: a host started while the machine is busy must not eat the test's.
  app: [async ({}, use) => {
    if (!existsSync(CLI)) throw new Error('dist/electron/cli.cjs saknas: kör "npm run build" först.');
    const dir = await mkdtemp(join(tmpdir(), 'anteckna-e2e-'));
    const dbPath = join(dir, 'anteckna.sqlite');
    await cli('demo', '--db', dbPath);
    const { bodies, meetings } = await cli<{ bodies: BodySummary[]; meetings: MeetingSummary[] }>('list', '--db', dbPath);

    const host = spawn(process.execPath, [CLI, 'web', '--db', dbPath, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ANTECKNA_DB: '' },
    });
    const exited = new Promise<number | null>((done) => host.once('exit', (code) => done(code)));
    try {
      const url = await waitForUrl(host);
      const parsed = new URL(url);
      const token = parsed.searchParams.get('token') ?? '';
      const api = async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
        const response = await fetch(`${parsed.origin}${HTTP_API_PREFIX}${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
          body: JSON.stringify(request),
        });
        const result = (await response.json()) as IpcResult<ResponseOf<C>>;
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value;
      };
      await use({ url, origin: parsed.origin, port: Number(parsed.port), token, dbPath, bodies, meetings, api });
    } finally {
      host.kill('SIGTERM');
      const code = await exited;
      await rm(dir, { recursive: true, force: true });
      expect(code, 'webbvärden ska avslutas rent på SIGTERM').toBe(0);
    }
  }, { timeout: 60_000 }],
});

export { expect };

/** The demo's draft meeting (PSN, 3 December 2026) and how it is stored before the test changes it. */
export async function demoDraft(app: RunningApp): Promise<{ summary: MeetingSummary; before: Meeting }> {
  const summary = app.meetings.find((m) => m.status === 'draft');
  if (!summary) throw new Error('Demodatan saknar ett utkast.');
  return { summary, before: await app.api('meetings:get', { id: summary.id }) };
}

/** The demo's draft meeting (see demoDraft) open in the meeting view. */
export async function openDemoDraft(
  page: Page,
  app: RunningApp,
): Promise<{ summary: MeetingSummary; before: Meeting; meeting: MeetingPage }> {
  const draft = await demoDraft(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, draft.summary);
  return { ...draft, meeting };
}

/**
 * The first subject item (not a standing one) of PSN's draft meeting of
 * 3 December 2026 in the demo data, which can be written to; with
 * `withNotes`, the first such item that already has notes.
 */
export async function psnDraftItem(
  app: RunningApp,
  { withNotes = false }: { withNotes?: boolean } = {},
): Promise<{ summary: MeetingSummary; item: AgendaItem }> {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
  if (!psn || !summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const item = meeting.agenda.find(
    (i) => !i.standing && i.parentId === null && (!withNotes || notesToPlainText(i.notes).trim() !== ''),
  );
  if (!item) throw new Error(withNotes ? 'Mötet saknar en sakpunkt med anteckningar.' : 'Mötet saknar en sakpunkt.');
  return { summary, item };
}

/** PSN's draft subject item (see psnDraftItem) open in live mode, the caret on a new empty paragraph after its notes. */
export async function draftItemOnNewParagraph(page: Page, app: RunningApp): Promise<{ summary: MeetingSummary; item: AgendaItem; live: LivePage }> {
  const { summary, item } = await psnDraftItem(app);
  const live = new LivePage(page);
  await live.openOnNewParagraph(app.url, summary.id, item.id);
  return { summary, item, live };
}
