import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createHandlers } from '../../electron/ipc/handlers';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../electron/web/server';

// The browser host in-process on a free port, with the real handler table over
// a fresh database, and a small stand-in for the built renderer.

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

interface Call {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer | (() => AsyncIterable<Buffer>);
}

let dir: string;
let rendererDir: string;
let db: Db;
let host: WebHost;
let log: string[];
let seeded: ReturnType<typeof seedDemo>;

/** A raw HTTP/1.1 request, so Host, Origin and the path go out exactly as written. */
function send({ method = 'GET', path, headers = {}, body }: Call): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    if (typeof body === 'function') {
      void (async () => {
        for await (const chunk of body()) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        req.end();
      })().catch(() => undefined);
    } else {
      req.end(body);
    }
  });
}

function api(channel: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(payload),
  });
}

/**
 * A write a hostile page would want: renaming the first meeting. Refused
 * requests carry it, so a test can check afterwards that nothing was written.
 */
async function hijack(): Promise<{ payload: string; expectUnchanged: () => Promise<void> }> {
  const meeting = seeded.meetings[0]!;
  const before = (await api('meetings:get', { id: meeting.id })).json().value as Record<string, unknown>;
  const header = Object.fromEntries(
    ['title', 'subtitle', 'date', 'startTime', 'endTime', 'meetingForm', 'place', 'calledText', 'diaryNumber'].map((k) => [k, before[k]]),
  );
  const payload = JSON.stringify({ id: meeting.id, header: { ...header, title: 'Kapad titel' } });
  // The payload is a valid write: with the right token, host and origin it would go through.
  expect(payload).toContain('Kapad titel');
  return {
    payload,
    expectUnchanged: async () => {
      expect((await api('meetings:get', { id: meeting.id })).json().value).toMatchObject({ title: before['title'] });
    },
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-webhost-'));
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'fonts'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Anteckna</title><div id="app"></div>');
  await writeFile(join(rendererDir, 'app.js'), 'console.log("anteckna");');
  await mkdir(join(rendererDir, 'spelling'), { recursive: true });
  await writeFile(join(rendererDir, 'spelling-worker.js'), 'self.postMessage({ type: "ready" });');
  await writeFile(join(rendererDir, 'spelling', 'sv.aff'), 'SET UTF-8\n');
  await writeFile(join(rendererDir, 'spelling', 'sv.dic'), '1\nsammanträde/A\n');
  await writeFile(join(dir, 'hemlig.txt'), 'HEMLIGT INNEHÅLL');
  db = openDatabase(join(dir, 'anteckna.sqlite'));
  seeded = seedDemo(db, new Date());
  log = [];
  host = await startWebHost({
    handlers: createHandlers({ db, databasePath: join(dir, 'anteckna.sqlite'), version: '0.0.0-test' }),
    rendererDir,
    port: 0,
    log: (line) => log.push(line),
  });
});

afterEach(async () => {
  await host.close();
  closeDatabase(db);
  await rm(dir, { recursive: true, force: true });
});

describe('browser host: start', () => {
  it('listens on 127.0.0.1 with a fresh random token in the printed URL', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startWebHost({ handlers: createHandlers({ db, databasePath: 'x', version: '0' }), rendererDir, log: () => {} });
    try {
      expect(other.port).not.toBe(host.port);
      expect(other.token).not.toBe(host.token);
    } finally {
      await other.close();
    }
  });
});

describe('browser host: renderer files', () => {
  it('serves index.html for / with the security headers', async () => {
    const reply = await send({ path: `/?token=${host.token}` });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<div id="app">');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves scripts as JavaScript', async () => {
    const reply = await send({ path: '/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.text).toContain('anteckna');
  });

  it('serves the spelling worker as JavaScript and the dictionary as UTF-8 text, each with the CSP (the worker runs under it)', async () => {
    const worker = await send({ path: '/spelling-worker.js' });
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const file of ['sv.aff', 'sv.dic']) {
      const reply = await send({ path: `/spelling/${file}` });
      expect(reply.status, file).toBe(200);
      expect(reply.headers['content-type'], file).toBe('text/plain; charset=utf-8');
      expect(reply.headers['x-content-type-options'], file).toBe('nosniff');
    }
    expect((await send({ path: '/spelling/sv.dic' })).text).toContain('sammanträde');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/../hemlig.txt',
      '/..%2fhemlig.txt',
      '/%2e%2e/hemlig.txt',
      '/fonts/..%2f..%2fhemlig.txt',
      '/..%5chemlig.txt',
      '/app.js%00.html',
      '/finns-inte.js',
    ]) {
      const reply = await send({ path });
      expect(reply.status, path).toBe(404);
      expect(reply.text, path).not.toContain('HEMLIGT');
    }
  });

  it('answers a request line it cannot read as an address ("GET //[") with 400, logging no error', async () => {
    for (const path of ['//[', '/%', '//[::1', '/api/%E0%A4%A']) {
      const reply = await send({ path });
      expect([400, 404, 405], path).toContain(reply.status);
      expect(reply.json(), path).toMatchObject({ ok: false });
    }
    expect((await send({ path: '//[' })).status).toBe(400);
    expect(log.filter((line) => line.startsWith('Fel i webbvärden'))).toEqual([]);
  });

  it('refuses anything but GET for files', async () => {
    const reply = await send({ method: 'POST', path: '/index.html', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(405);
  });
});

describe('browser host: API', () => {
  it('answers a valid call through the handler table', async () => {
    const reply = await api('bodies:list', {});
    expect(reply.status).toBe(200);
    const result = reply.json();
    expect(result.ok).toBe(true);
    expect((result.value as { shortName: string }[]).map((b) => b.shortName).sort()).toEqual(
      seeded.bodies.map((b: { shortName: string }) => b.shortName).sort(),
    );
  });

  it('accepts the channel percent-encoded too', async () => {
    const meeting = seeded.meetings[0]!;
    const reply = await api('meetings%3Aget', { id: meeting.id });
    expect(reply.json()).toMatchObject({ ok: true, value: { id: meeting.id, title: meeting.title } });
  });

  it('returns refusals from dispatch with HTTP 200 and ok:false', async () => {
    expect((await api('meetings:get', { id: 'sju' })).json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    const unknown = await api('fs:readFile', { path: '/etc/passwd' });
    expect(unknown.status).toBe(200);
    expect(unknown.json()).toEqual({ ok: false, error: { code: 'forbidden', message: 'Okänd begäran.' } });
  });

  it('refuses a missing or wrong token with 403, and nothing is written', async () => {
    const meeting = seeded.meetings[0]!;
    const before = (await api('meetings:get', { id: meeting.id })).json().value as { title: string };
    const full = before as Record<string, unknown>;
    const header = Object.fromEntries(
      ['title', 'subtitle', 'date', 'startTime', 'endTime', 'meetingForm', 'place', 'calledText', 'diaryNumber'].map((k) => [k, full[k]]),
    );
    const payload = JSON.stringify({ id: meeting.id, header: { ...header, title: 'Kapad titel' } });
    const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [undefined, '', 'fel', wrong, `${host.token}x`]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token !== undefined) headers[HTTP_TOKEN_HEADER] = token;
      const reply = await send({ method: 'POST', path: '/api/meetings:updateHeader', headers, body: payload });
      expect(reply.status, String(token)).toBe(403);
      const result = reply.json();
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(result.error?.message).toContain('åtkomstnyckeln');
    }
    expect((await api('meetings:get', { id: meeting.id })).json().value).toMatchObject({ title: before.title });
  });

  it('refuses a Host other than 127.0.0.1:<port>, for the API and for files (DNS rebinding), and nothing is written', async () => {
    const { payload, expectUnchanged } = await hijack();
    for (const hostHeader of [`evil.example:${host.port}`, `localhost:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`]) {
      const viaApi = await api('bodies:list', {}, { host: hostHeader });
      expect(viaApi.status, hostHeader).toBe(403);
      expect(viaApi.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const write = await send({
        method: 'POST',
        path: '/api/meetings:updateHeader',
        headers: { host: hostHeader, 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token },
        body: payload,
      });
      expect(write.status, hostHeader).toBe(403);
      const viaPage = await send({ path: '/', headers: { host: hostHeader } });
      expect(viaPage.status, hostHeader).toBe(403);
      expect(viaPage.text).not.toContain('<div id="app">');
    }
    await expectUnchanged();
  });

  it('refuses a foreign Origin even with the token, writes nothing, and accepts its own', async () => {
    const { payload, expectUnchanged } = await hijack();
    for (const origin of ['http://evil.example', 'null', `http://localhost:${host.port}`, `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port + 1}`]) {
      const reply = await api('bodies:list', {}, { origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.json().error?.message).toMatch(/annan webbplats/);
      const write = await send({
        method: 'POST',
        path: '/api/meetings:updateHeader',
        headers: { origin, 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token },
        body: payload,
      });
      expect(write.status, origin).toBe(403);
    }
    await expectUnchanged();
    expect((await api('bodies:list', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses other methods than POST', async () => {
    const reply = await send({ path: '/api/bodies:list', headers: { [HTTP_TOKEN_HEADER]: host.token } });
    expect(reply.status).toBe(405);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a body that is not declared as JSON', async () => {
    const reply = await api('bodies:list', {}, { 'content-type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(reply.json().error?.message).toContain('JSON');
  });

  it('refuses a body over the limit with 413, declared or streamed, and nothing is written', async () => {
    const { payload, expectUnchanged } = await hijack();
    // A valid write, padded with JSON whitespace past the limit.
    const big = Buffer.concat([Buffer.from(payload), Buffer.alloc(MAX_BODY_BYTES + 1024 - payload.length, 0x20)]);
    const declared = await send({
      method: 'POST',
      path: '/api/meetings:updateHeader',
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token, 'content-length': big.length },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const streamed = await send({
      method: 'POST',
      path: '/api/meetings:updateHeader',
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token, 'transfer-encoding': 'chunked' },
      body: async function* () {
        yield Buffer.from(payload);
        for (let sent = 0; sent <= MAX_BODY_BYTES; sent += 1024 * 1024) yield Buffer.alloc(1024 * 1024, 0x20);
      },
    });
    expect(streamed.status).toBe(413);
    await expectUnchanged();
    // The host still answers afterwards.
    expect((await api('bodies:list', {})).status).toBe(200);
  });

  it('answers invalid JSON with 400 and a Swedish message', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/bodies:list',
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token },
      body: '{"id": 1,',
    });
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Begäran kunde inte läsas: innehållet är inte giltig JSON.' },
    });
  });
});

describe('browser host: close', () => {
  it('stops listening, also with a keep-alive connection open, and can be called twice', async () => {
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: host.port, path: '/', agent, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      })
        .on('error', reject)
        .end();
    });
    await host.close();
    await host.close();
    await expect(send({ path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    agent.destroy();
  });
});
