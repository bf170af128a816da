import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/ipc/handlers';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../electron/web/server';
import { HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { openApp } from './app-support';
import { channelAndPayload, proseProblem, unknownChannel, validSamples } from './hostile-payloads';

// Point 5 of "Trust", through the browser host: the same hostile payloads as
// JSON over HTTP, plus bodies that are not JSON at all, to the in-process host
// over a real database. Every request gets a JSON refusal in Swedish, the
// host keeps serving, and the database file is unchanged byte for byte.

const PAYLOAD_RUNS = 10_000;
const UNKNOWN_CHANNEL_RUNS = 500;

interface Reply {
  status: number;
  text: string;
}

let dir: string | null = null;
let host: WebHost | null = null;
let db: Db | null = null;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

afterEach(async () => {
  await host?.close();
  if (db?.open) closeDatabase(db);
  if (dir) await rm(dir, { recursive: true, force: true });
  host = null;
  db = null;
  dir = null;
});

function fileDigest(path: string): string {
  const hash = createHash('sha256').update(readFileSync(path));
  if (existsSync(`${path}-wal`)) hash.update(readFileSync(`${path}-wal`));
  return hash.digest('hex');
}

function send(
  port: number,
  { method = 'POST', path, headers = {}, body }: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer | AsyncIterable<Buffer> },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
      void (async () => {
        for await (const chunk of body) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        req.end();
      })().catch(() => undefined);
    } else {
      req.end(body);
    }
  });
}

/** The reply as `{ ok: false, error }` with a Swedish message, or a failed expectation. */
function refusal(reply: Reply, what: string): { code: string; message: string } {
  let json: { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  try {
    json = JSON.parse(reply.text) as typeof json;
  } catch {
    return expect.fail(`${what}: svaret var inte JSON (HTTP ${reply.status}): ${reply.text.slice(0, 200)}`);
  }
  expect(json.ok, what).toBe(false);
  expect(typeof json.error?.code, what).toBe('string');
  expect(typeof json.error?.message, what).toBe('string');
  const error = json.error as { code: string; message: string };
  expect(proseProblem(error.message), what).toBeNull();
  return error;
}

/** The demo data in a closed file (its digest taken), then the host over it. */
async function startHost() {
  // The valid requests come from the same demo data, in a database of their own.
  const sampleApp = openApp();
  seedDemo(sampleApp.db, new Date());
  const samples = await validSamples(sampleApp);

  dir = await mkdtemp(join(tmpdir(), 'anteckna-hostile-host-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Anteckna</title><div id="app"></div>');
  const path = join(dir, 'anteckna.sqlite');
  const seedDb = openDatabase(path);
  seedDemo(seedDb, new Date());
  closeDatabase(seedDb);
  const before = fileDigest(path);

  const opened = openDatabase(path);
  db = opened;
  const started = await startWebHost({
    handlers: createHandlers({ db: opened, databasePath: path, version: '0.0.0-test', clock: () => new Date(2026, 10, 12, 13, 0) }),
    rendererDir,
    port: 0,
    log: () => undefined,
  });
  host = started;
  return { host: started, db: opened, path, samples, before };
}

describe('hostile requests to the browser host', () => {
  it(`refuses ${PAYLOAD_RUNS} invalid JSON payloads and a corpus of malformed bodies, keeps serving, and leaves the database unchanged`, async () => {
    const started = await startHost();
    const live = started.host;
    const headers = { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: live.token };

    let runs = 0;
    const perChannel = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(channelAndPayload(started.samples, true), async ({ channel, payload }) => {
        runs++;
        perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
        const body = payload === undefined ? '' : JSON.stringify(payload);
        const reply = await send(live.port, { path: `/api/${encodeURIComponent(channel)}`, headers, body });
        expect(reply.status).toBe(200);
        const error = refusal(reply, channel);
        expect(error.code).toBe('validation');
      }),
      { numRuns: PAYLOAD_RUNS, seed: 20261124, endOnFailure: true },
    );

    let unknownRuns = 0;
    await fc.assert(
      fc.asyncProperty(unknownChannel(), async (name) => {
        unknownRuns++;
        const reply = await send(live.port, { path: `/api/${encodeURIComponent(name)}`, headers, body: '{}' });
        const error = refusal(reply, name);
        // "/api/.." is the root once the URL is normalised: a refused POST to a page, not a channel.
        if (reply.status === 200) expect(error).toEqual({ code: 'forbidden', message: 'Okänd begäran.' });
        else expect(reply.status).toBe(405);
      }),
      { numRuns: UNKNOWN_CHANNEL_RUNS, seed: 20261125, endOnFailure: true },
    );

    // Bodies that never become a payload: each a 4xx with a Swedish JSON refusal.
    const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const raw: { what: string; path?: string; method?: string; headers?: Record<string, string>; body?: string | Buffer | AsyncIterable<Buffer>; status: number; code?: string }[] = [
      { what: 'not JSON', body: 'inte json alls', status: 400, code: 'validation' },
      { what: 'truncated JSON', body: '{"id": 1, "header": {"title": "Mö', status: 400, code: 'validation' },
      { what: 'single quotes', body: "{'id': 1}", status: 400, code: 'validation' },
      { what: 'trailing comma', body: '{"id": 1,}', status: 400, code: 'validation' },
      { what: 'NaN literal', body: '{"id": NaN}', status: 400, code: 'validation' },
      { what: 'BOM before JSON', body: '\uFEFF{"id": 1}', status: 400, code: 'validation' },
      { what: 'two documents', body: '{"id": 1}{"id": 2}', status: 400, code: 'validation' },
      { what: 'a lone NUL byte', body: Buffer.from([0]), status: 400, code: 'validation' },
      { what: 'invalid UTF-8 bytes', body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), status: 400, code: 'validation' },
      { what: 'text/plain', headers: { 'content-type': 'text/plain' }, body: '{"id":1}', status: 415 },
      { what: 'form encoded', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'id=1', status: 415 },
      { what: 'multipart', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--', status: 415 },
      { what: 'look-alike JSON type', headers: { 'content-type': 'application/jsonp' }, body: '{"id":1}', status: 415 },
      { what: 'no content type', headers: { 'content-type': '' }, body: '{"id":1}', status: 415 },
      { what: 'no token', headers: { [HTTP_TOKEN_HEADER]: '' }, body: '{"id":1}', status: 403 },
      { what: 'wrong token', headers: { [HTTP_TOKEN_HEADER]: `${live.token}x` }, body: '{"id":1}', status: 403 },
      { what: 'GET on the API', method: 'GET', status: 405 },
      { what: 'PUT on the API', method: 'PUT', body: '{"id":1}', status: 405 },
      { what: 'declared too large', headers: { 'content-length': String(MAX_BODY_BYTES + 1) }, body: undefined, status: 413 },
      {
        what: 'streamed past the limit',
        body: (async function* () {
          const chunk = Buffer.alloc(1024 * 1024, 0x20);
          for (let i = 0; i < MAX_BODY_BYTES / chunk.length + 2; i++) yield chunk;
        })(),
        status: 413,
      },
    ];
    for (const item of raw) {
      const reply = await send(live.port, {
        method: item.method ?? 'POST',
        path: item.path ?? '/api/meetings:get',
        headers: { ...headers, ...item.headers },
        body: item.body,
      });
      expect(reply.status, item.what).toBe(item.status);
      const error = refusal(reply, item.what);
      if (item.code) expect(error.code, item.what).toBe(item.code);
    }

    // JSON that parses but is hostile in shape or size: dispatch refuses it like any other payload.
    const parsed: { what: string; body: string }[] = [
      { what: 'huge number', body: '{"id": 1e999}' },
      { what: 'long number', body: `{"id": ${'9'.repeat(5000)}}` },
      { what: 'negative zero', body: '{"id": -0}' },
      { what: 'deeply nested arrays', body: deepArray },
      { what: 'deeply nested objects', body: deepObject },
      { what: 'prototype pollution', body: '{"__proto__": {"polluted": "ja"}, "constructor": {"prototype": {"polluted": "ja"}}, "id": 1}' },
      { what: 'an empty body', body: '' },
      { what: 'null', body: 'null' },
      { what: 'a string', body: '"meetings:get"' },
    ];
    for (const item of parsed) {
      const reply = await send(live.port, { path: '/api/meetings:get', headers, body: item.body });
      expect(reply.status, item.what).toBe(200);
      expect(refusal(reply, item.what).code, item.what).toBe('validation');
    }

    // What Node's HTTP parser itself refuses gets the same kind of answer.
    const rawRequests: { what: string; bytes: string; status: number }[] = [
      { what: 'not HTTP at all', bytes: 'HEJ HEJ\r\n\r\n', status: 400 },
      { what: 'a space in the path', bytes: `POST /api/meetings get HTTP/1.1\r\nHost: 127.0.0.1:${live.port}\r\n\r\n`, status: 400 },
      { what: 'a broken header line', bytes: `POST /api/meetings:get HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n`, status: 400 },
      { what: 'a bad chunk size', bytes: `POST /api/meetings:get HTTP/1.1\r\nHost: 127.0.0.1:${live.port}\r\nContent-Type: application/json\r\n${HTTP_TOKEN_HEADER}: ${live.token}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, status: 400 },
      { what: 'headers of 100 kB', bytes: `POST /api/meetings:get HTTP/1.1\r\nHost: 127.0.0.1:${live.port}\r\nX-Fyll: ${'a'.repeat(100_000)}\r\n\r\n`, status: 431 },
    ];
    for (const item of rawRequests) {
      const answer = await new Promise<string>((done, fail) => {
        const socket = connect(live.port, '127.0.0.1', () => socket.end(item.bytes));
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', fail);
        socket.on('close', () => done(Buffer.concat(chunks).toString('utf8')));
      });
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head, item.what).toMatch(new RegExp(`^HTTP/1\\.1 ${item.status} `));
      refusal({ status: item.status, text: body }, item.what);
    }

    // A client that gives up half-way through its body does not take the host down.
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port: live.port, method: 'POST', path: '/api/notes:save', headers: { ...headers, 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"meetingId": 1, "itemId": 1, "notes": {"ro');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });

    // Still serving, and nothing was written or polluted.
    const alive = await send(live.port, { path: '/api/bodies:list', headers, body: '{}' });
    expect(alive.status).toBe(200);
    expect((JSON.parse(alive.text) as { ok: boolean }).ok).toBe(true);
    expect(runs).toBe(PAYLOAD_RUNS);
    expect(unknownRuns).toBe(UNKNOWN_CHANNEL_RUNS);
    for (const channel of CHANNEL_NAMES) expect(perChannel.get(channel) ?? 0, channel).toBeGreaterThan(50);
    expect(Object.prototype).not.toHaveProperty('polluted');

    await live.close();
    host = null;
    closeDatabase(started.db);
    expect(fileDigest(started.path)).toBe(started.before);
    console.info(`hostile-ipc-host: ${runs} invalid JSON payloads, ${unknownRuns} unknown channels, ${raw.length + parsed.length + rawRequests.length} malformed requests`);
  });
});
