import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { realpath, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, relative } from 'node:path';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { AppError, type ErrorCode, type IpcResult } from '../../shared/ipc/result';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { ChannelName } from '../../shared/ipc/channels';
import { LARGE_REQUEST_BYTES } from '../../shared/ipc/contract-attachments';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { contentTypeFor, resolveStaticPath, securityHeaders } from './static';

/**
 * The browser host: the built renderer and the IPC handler table served on
 * loopback, for machines without Electron. It only moves bytes and checks who
 * is calling; every request goes through `dispatch`, like Electron's IPC.
 *
 * Who may call: the page that was opened with the printed URL. The API wants
 * the per-start token; every request must name exactly 127.0.0.1:<port> as
 * Host (DNS rebinding) and, when a browser sends an Origin, our own origin.
 */

export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or undefined: a free port. */
  port?: number;
  log: (line: string) => void;
  /** For tests; defaults to MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MESSAGES = {
  host: 'Begäran nekades: den var ställd till en annan adress än 127.0.0.1.',
  origin: 'Begäran nekades: den kom från en annan webbplats.',
  token: 'Begäran nekades: åtkomstnyckeln saknas eller är fel. Öppna adressen som Anteckna skrev ut vid starten.',
  apiMethod: 'Begäran nekades: API:et tar bara emot POST.',
  staticMethod: 'Begäran nekades: bara GET är tillåtet här.',
  contentType: 'Begäran nekades: innehållet måste skickas som JSON (Content-Type: application/json).',
  invalidJson: 'Begäran kunde inte läsas: innehållet är inte giltig JSON.',
  badRequest: 'Begäran kunde inte läsas: den följer inte HTTP-protokollet.',
  headersTooLarge: 'Begäran nekades: rubrikerna är för stora.',
  notFound: 'Filen finns inte.',
  internal: 'Ett oväntat fel uppstod i Anteckna. Inget har ändrats.',
} as const;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { handlers, rendererDir, log } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const token = randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  const realRendererDir = await realpath(rendererDir);
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Fel i webbvärden: ${describe(error)}`);
      if (!res.headersSent) sendJson(res, 500, failure('internal', MESSAGES.internal));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const ownHost = `${LOOPBACK}:${port}`;
    if (req.headers.host !== ownHost) return refuse(res, 403, MESSAGES.host);
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${ownHost}`) return refuse(res, 403, MESSAGES.origin);
    const target = req.url ?? '';
    if (!target.startsWith('/')) return refuse(res, 400, MESSAGES.notFound, 'validation');
    let pathname: string;
    try {
      pathname = new URL(target, `http://${ownHost}`).pathname;
    } catch {
      // "GET //[" and the like: not an address of this host, and not an error of it.
      return refuse(res, 400, MESSAGES.notFound, 'validation');
    }
    if (pathname.startsWith(HTTP_API_PREFIX)) return handleApi(req, res, pathname.slice(HTTP_API_PREFIX.length));
    return serveStatic(req, res, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refuse(res, 405, MESSAGES.apiMethod);
    }
    if (!tokenMatches(req.headers[HTTP_TOKEN_HEADER], tokenDigest)) return refuse(res, 403, MESSAGES.token);
    if (!isJsonContentType(req.headers['content-type'])) return refuse(res, 415, MESSAGES.contentType);
    const declared = Number(req.headers['content-length'] ?? 0);
    const limit = Math.max(maxBodyBytes, LARGE_REQUEST_BYTES[rawChannel as ChannelName] ?? 0);
    if (declared > limit) {
      // Read and dropped first (see readBody), unless the size is absurd.
      if (declared <= limit * DRAIN_FACTOR) await readBody(req, 0, limit * DRAIN_FACTOR);
      return refuse(res, 413, tooLargeMessage(limit), 'forbidden', true);
    }
    const body = await readBody(req, limit, limit * DRAIN_FACTOR);
    if (body === 'drained' || body === null) return refuse(res, 413, tooLargeMessage(limit), 'forbidden', true);

    let payload: unknown;
    if (body.length > 0) {
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, 400, MESSAGES.invalidJson, 'validation');
      }
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      channel = rawChannel;
    }
    const result = await dispatch(handlers, channel, payload, { host: 'browser' }, {
      onInternalError: (name, error) => log(`Internt fel i ${name}: ${describe(error)}`),
    });
    sendJson(res, 200, result);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return refuse(res, 405, MESSAGES.staticMethod);
    }
    const file = await existingFileInside(realRendererDir, resolveStaticPath(realRendererDir, pathname));
    if (file === null) return refuse(res, 404, MESSAGES.notFound, 'not_found');
    const data = await readFile(file);
    res.writeHead(200, {
      ...securityHeaders(CONTENT_SECURITY_POLICY),
      'Content-Type': contentTypeFor(file),
      'Content-Length': data.length,
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError('conflict', `Porten ${options.port ?? 0} är upptagen. Välj en annan med --port.`)
          : error,
      );
    };
    server.once('error', onError);
    server.listen({ port: options.port ?? 0, host: LOOPBACK, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  server.on('error', (error) => log(`Fel i webbvärden: ${describe(error)}`));
  // Node answers requests its parser cannot read with an empty 400; ours says why, in JSON like every refusal.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify(failure(tooLarge ? 'forbidden' : 'validation', tooLarge ? MESSAGES.headersTooLarge : MESSAGES.badRequest));
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  let closing: Promise<void> | null = null;
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    token,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function tooLargeMessage(limit: number): string {
  return `Begäran nekades: innehållet är större än ${Math.floor(limit / (1024 * 1024))} MB.`;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time: both sides are hashed to the same length first. */
function tokenMatches(given: string | string[] | undefined, expectedDigest: Buffer): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), expectedDigest);
}

function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** The body, or null as soon as it passes `limit` bytes. */
/**
 * A body over the limit is read to its end and dropped ('drained') before the
 * 413 goes out: closing the connection while the client is still uploading
 * gives it a broken pipe instead of our answer. Past `drainCap` bytes, or when
 * the client stops sending for IDLE_MS, we stop listening (null).
 */
const DRAIN_FACTOR = 4;
const IDLE_MS = 2_000;

function readBody(req: IncomingMessage, limit: number, drainCap: number): Promise<Buffer | 'drained' | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | 'drained' | null) => {
      settled = true;
      clearTimeout(idle);
      resolve(value);
    };
    let idle = setTimeout(() => settle(null), IDLE_MS);
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      clearTimeout(idle);
      idle = setTimeout(() => settle(null), IDLE_MS);
      size += chunk.length;
      if (size > drainCap) return settle(null);
      if (size > limit) {
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settle(size > limit ? 'drained' : Buffer.concat(chunks, size));
    });
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      reject(error);
    });
  });
}

async function existingFileInside(root: string, candidate: string | null): Promise<string | null> {
  if (candidate === null) return null;
  try {
    const real = await realpath(candidate);
    const rel = relative(root, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function failure(code: ErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  code: ErrorCode = 'forbidden',
  closeConnection = false,
): void {
  if (closeConnection) res.setHeader('Connection', 'close');
  sendJson(res, status, failure(code, message));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...securityHeaders(CONTENT_SECURITY_POLICY),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
  });
  res.end(data);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
