import Database from 'better-sqlite3';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page, Request } from 'playwright-core';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import type { IpcResult } from '../../shared/ipc/result';
import type { BodySummary, Meeting, MeetingSummary } from '../../shared/model/domain';
import { notesToPlainText } from '../../shared/notes/text';

/**
 * The kill test's rounds, shared by the Playwright spec (kill-notes.spec.ts,
 * 20 rounds) and the soak (build/scripts/soak.mjs bundles this file with
 * esbuild and runs hundreds of rounds outside the test runner). Only
 * playwright-core's Page is used, so both runners can drive it.
 *
 * One round: the browser host runs on the database; the page opens a meeting
 * item in live mode and types words into a new paragraph of its notes; at a
 * random moment the host is killed with SIGKILL; the database file must then
 * pass `PRAGMA integrity_check`; the host is started again on the same file
 * (so a lock or journal the dead host left behind must not get in the way)
 * and the stored notes are read through its API. The restarted host is the
 * one the next round types into, so the notes grow round after round.
 *
 * Loss window of a round: how long before the kill the oldest lost word was
 * typed, i.e. kill time minus the time its last key was sent, where "lost"
 * means typed before the kill but not in the stored notes after the restart.
 * 0 when every word typed before the kill was stored. The promise is that
 * everything typed more than 1 s before the kill survives, so a round fails
 * when its loss window reaches 1000 ms.
 */

export const DURABLE_AFTER_MS = 1_000;

export interface KillRoundsOptions {
  /** The built CLI (dist/electron/cli.cjs). */
  cliPath: string;
  /** The database file; created with the demo data by prepare(). */
  dbPath: string;
  /** The host is killed at a random moment this many ms after typing starts. */
  killBetweenMs?: readonly [number, number];
  /** Environment of the host processes. */
  env?: NodeJS.ProcessEnv;
}

export interface KillRoundResult {
  round: number;
  /** Planned kill moment, ms after typing started. */
  killAfterMs: number;
  /** Words typed before the kill. */
  wordsBeforeKill: number;
  /** Words typed more than DURABLE_AFTER_MS before the kill: these had to be stored. */
  wordsDue: number;
  /**
   * Words of this round found in the stored notes after the restart. Can be
   * one more than wordsBeforeKill: the word being typed at the kill may have
   * been sent, and saved, before Playwright reported it typed.
   */
  wordsStored: number;
  /** See the module comment; 0 when nothing typed before the kill was lost. */
  lossWindowMs: number;
  /** Notes saves answered before the kill, and the slowest one (request to response, ms). */
  savesAnswered: number;
  slowestSaveMs: number;
  /** Result of PRAGMA integrity_check on the file the killed host left. */
  integrity: string;
  /** What went wrong, in words; empty when the round passed. */
  failures: string[];
}

interface Host {
  child: ChildProcess;
  url: string;
  exited: Promise<NodeJS.Signals | number | null>;
  output: () => string;
}

interface Target {
  meetingId: number;
  itemId: number;
}

const run = promisify(execFile);

export class KillRounds {
  private readonly killBetweenMs: readonly [number, number];
  private readonly env: NodeJS.ProcessEnv;
  private host: Host | null = null;
  private target: Target | null = null;
  /** The stored paragraph of every earlier round, exactly as it was stored. */
  private readonly kept: string[] = [];

  constructor(private readonly options: KillRoundsOptions) {
    this.killBetweenMs = options.killBetweenMs ?? [1_200, 3_000];
    this.env = { ...(options.env ?? process.env), ANTECKNA_DB: '' };
  }

  /** Seeds the demo into the database and picks PSN's meeting on 2026-12-03 and its first business item. */
  async prepare(): Promise<void> {
    if (!existsSync(this.options.cliPath)) throw new Error(`${this.options.cliPath} saknas: kör "npm run build" först.`);
    const { cliPath, dbPath } = this.options;
    await run(process.execPath, [cliPath, 'demo', '--db', dbPath], { env: this.env });
    const { stdout } = await run(process.execPath, [cliPath, 'list', '--db', dbPath], { env: this.env });
    const { bodies, meetings } = JSON.parse(stdout) as { bodies: BodySummary[]; meetings: MeetingSummary[] };
    const psn = bodies.find((b) => b.shortName === 'PSN');
    const summary = meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
    if (!summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
    this.host = await this.startHost();
    const meeting = await this.getMeeting(this.host, summary.id);
    const item = meeting.agenda.find((i) => !i.standing && i.parentId === null);
    if (!item) throw new Error('Mötet saknar en sakpunkt.');
    this.target = { meetingId: summary.id, itemId: item.id };
  }

  /** One round; throws only when it cannot go on at all (the host does not start again). */
  async round(round: number, page: Page): Promise<KillRoundResult> {
    const target = this.target;
    if (!target) throw new Error('prepare() har inte körts.');
    const host = this.host ?? (await this.startHost());
    this.host = host;
    const failures: string[] = [];

    await page.goto(`${host.url}#/meeting/${target.meetingId}/live/${target.itemId}`);
    await page.locator('#app[data-app-state="ready"]').waitFor({ timeout: 30_000 });
    const notes = page.locator('.live-item [data-lexical-editor="true"]');
    await notes.waitFor({ timeout: 30_000 });
    if (this.kept.length > 0) {
      // The editor shows what earlier rounds stored before anything new is typed.
      await page.getByText(this.kept[this.kept.length - 1] ?? '', { exact: true }).waitFor({ timeout: 30_000 });
    }
    await notes.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');

    // How long the autosave's requests take (explains a loss window, should one grow).
    const saveStarted = new Map<Request, number>();
    const saveTimes: number[] = [];
    const onRequest = (request: Request) => {
      if (request.url().includes('notes:save')) saveStarted.set(request, Date.now());
    };
    const onAnswered = (request: Request) => {
      const startedAt = saveStarted.get(request);
      if (startedAt !== undefined) saveTimes.push(Date.now() - startedAt);
    };
    page.on('request', onRequest);
    page.on('requestfinished', onAnswered);

    // Words typed into a paragraph of their own; `sentAt` is when the word's last key was sent.
    const [min, max] = this.killBetweenMs;
    const killAfterMs = min + Math.floor(Math.random() * (max - min + 1));
    const typed: { word: string; sentAt: number }[] = [];
    let killedAt = 0;
    const killer = new Promise<void>((done) => {
      setTimeout(() => {
        killedAt = Date.now();
        host.child.kill('SIGKILL');
        done();
      }, killAfterMs);
    });
    for (let n = 1; killedAt === 0; n += 1) {
      const word = `k${round}w${n}`;
      await page.keyboard.type(`${word} `);
      const sentAt = Date.now();
      if (killedAt === 0 || sentAt <= killedAt) typed.push({ word, sentAt });
    }
    await killer;
    page.off('request', onRequest);
    page.off('requestfinished', onAnswered);
    this.host = null;
    const exit = await host.exited;
    if (exit !== 'SIGKILL') failures.push(`webbvärden avslutades med ${String(exit)}, inte SIGKILL`);
    const beforeKill = typed.filter((t) => t.sentAt <= killedAt);

    const integrity = integrityCheck(this.options.dbPath);
    if (integrity !== 'ok') failures.push(`integrity_check: ${integrity}`);

    // Start again at once on the same file: nothing the killed host left may block it.
    this.host = await this.startHost();
    const meeting = await this.getMeeting(this.host, target.meetingId);
    const stored = notesToPlainText(meeting.agenda.find((i) => i.id === target.itemId)?.notes ?? null).split('\n');

    const prefix = `k${round}w1`;
    const mine = stored.filter((line) => line === prefix || line.startsWith(`${prefix} `));
    if (mine.length > 1) failures.push(`rundans stycke finns ${mine.length} gånger`);
    const storedWords = (mine[0] ?? '').split(' ');
    let wordsStored = 0;
    while (wordsStored < storedWords.length && storedWords[wordsStored] === `k${round}w${wordsStored + 1}`) wordsStored += 1;

    const firstLost = beforeKill[wordsStored];
    const lossWindowMs = firstLost ? killedAt - firstLost.sentAt : 0;
    if (lossWindowMs >= DURABLE_AFTER_MS) {
      failures.push(
        `förlorat: ${firstLost?.word ?? ''} skrevs ${lossWindowMs} ms före avbrottet (sparat ${wordsStored} av ${beforeKill.length} ord)`,
      );
    }
    const missing = this.kept.filter((line) => !stored.includes(line));
    if (missing.length > 0) failures.push(`${missing.length} stycken från tidigare rundor saknas, t.ex. "${missing[0]?.slice(0, 40)}…"`);

    // Kept exactly as stored (a last word may be cut: autosave took the text mid-word);
    // later rounds must find the line unchanged.
    if (mine[0] !== undefined) this.kept.push(mine[0]);
    return {
      round,
      killAfterMs,
      wordsBeforeKill: beforeKill.length,
      wordsDue: beforeKill.filter((t) => t.sentAt <= killedAt - DURABLE_AFTER_MS).length,
      wordsStored,
      lossWindowMs,
      savesAnswered: saveTimes.length,
      slowestSaveMs: Math.max(0, ...saveTimes),
      integrity,
      failures,
    };
  }

  /** Stops the running host the ordinary way (SIGTERM); its exit code. */
  async close(): Promise<NodeJS.Signals | number | null> {
    const host = this.host;
    this.host = null;
    if (!host) return 0;
    host.child.kill('SIGTERM');
    return host.exited;
  }

  private startHost(): Promise<Host> {
    const child = spawn(process.execPath, [this.options.cliPath, 'web', '--db', this.options.dbPath, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: this.env,
    });
    let output = '';
    const exited = new Promise<NodeJS.Signals | number | null>((done) => child.once('exit', (code, signal) => done(signal ?? code)));
    return new Promise((resolve, reject) => {
      const collect = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
        if (match?.[1]) resolve({ child, url: match[1], exited, output: () => output });
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      child.once('exit', (code) => reject(new Error(`Webbvärden avslutades (kod ${code}) innan den skrev sin adress:\n${output}`)));
    });
  }

  private async getMeeting(host: Host, id: number): Promise<Meeting> {
    const parsed = new URL(host.url);
    const response = await fetch(`${parsed.origin}${HTTP_API_PREFIX}meetings:get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: parsed.searchParams.get('token') ?? '' },
      body: JSON.stringify({ id }),
    });
    const result = (await response.json()) as IpcResult<Meeting>;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }
}

function integrityCheck(dbPath: string): string {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((r) => r.integrity_check).join('; ');
    } finally {
      db.close();
    }
  } catch (error) {
    return `databasen kunde inte öppnas: ${error instanceof Error ? error.message : String(error)}`;
  }
}
