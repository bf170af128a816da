import { request as httpRequest } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { createHandlers } from '../../electron/ipc/handlers';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { bodyWithRoster, openApp } from './app-support';

/** Bilagor through the browser host: a file of up to 50 MB gets through, a 2 GB one is refused by its declared length. */

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

function post(port: number, path: string, headers: Record<string, string | number>, body?: Buffer): Promise<{ status: number; json: { ok: boolean; error?: { message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as never }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function hostWithMeeting() {
  const app = openApp();
  const bodyId = await bodyWithRoster(app);
  const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-10' });
  const item = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: null, title: 'Budget 2027' });
  const rendererDir = join(app.path, '..', 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Anteckna</title>');
  host = await startWebHost({
    handlers: createHandlers({ db: app.db, databasePath: app.path, version: '0.0.0-test' }),
    rendererDir,
    log: () => undefined,
  });
  return { app, host, meetingId, itemId: item.id };
}

describe('bilagor through the browser host', () => {
  it('takes a 20 MB file, larger than other requests may be', async () => {
    const { app, host, meetingId, itemId } = await hostWithMeeting();
    const pdf = Buffer.alloc(20 * 1024 * 1024, 0x20);
    pdf.write('%PDF-1.7\n');
    const body = Buffer.from(JSON.stringify({ meetingId, itemId, fileName: 'Stor rapport.pdf', contentBase64: pdf.toString('base64') }));
    const reply = await post(host.port, '/api/attachments:add', { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token, 'content-length': body.length }, body);
    expect(reply.json.ok).toBe(true);
    expect((await app.ok('meetings:get', { id: meetingId })).attachments.map((a) => [a.fileName, a.size])).toEqual([['Stor rapport.pdf', pdf.length]]);
  });

  it('refuses a 2 GB file by the declared length, without waiting for its bytes', async () => {
    const { app, host, meetingId } = await hostWithMeeting();
    const reply = await post(host.port, '/api/attachments:add', {
      'content-type': 'application/json',
      [HTTP_TOKEN_HEADER]: host.token,
      'content-length': Math.ceil((2 * 1024 * 1024 * 1024 * 4) / 3),
    });
    expect(reply.status).toBe(413);
    expect(reply.json.error?.message).toMatch(/^Begäran nekades: innehållet är större än \d+ MB\.$/);
    expect((await app.ok('meetings:get', { id: meetingId })).attachments).toEqual([]);
  });
});
