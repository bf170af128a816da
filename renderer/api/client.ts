import { API_GLOBAL, HTTP_API_PREFIX, HTTP_TOKEN_HEADER, type AntecknaApi } from '../../shared/ipc/api';
import { COMMANDS_GLOBAL, COMMAND_EVENT, isAppCommand, type AppCommand } from '../../shared/ipc/commands';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channels';
import { ERROR_CODES, type IpcError, type IpcResult } from '../../shared/ipc/result';

/**
 * The only module that touches the host. In Electron the preload exposes one
 * function per channel on `window.anteckna`; in a plain browser the same API
 * is reached over HTTP from the browser host. Both are wrapped so a call never
 * throws: every failure arrives as `{ ok: false, error }` with a Swedish
 * message.
 */

type ChannelFn = (request: unknown) => Promise<IpcResult<unknown>>;

declare global {
  interface Window {
    [API_GLOBAL]?: AntecknaApi;
    /** Electron only: the desktop menu's commands. */
    [COMMANDS_GLOBAL]?: { onCommand(listener: (command: AppCommand) => void): void };
  }
}

const TOKEN_STORAGE_KEY = 'anteckna.token';
const TOKEN_QUERY_PARAM = 'token';
/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_MAX_BODY = 48_000;
/**
 * A long body is handed to the network as a Blob: that takes the page a third
 * of the time a string of the same text takes (2.8 MB of notes: 18 ms against
 * 53 ms, measured), time it cannot spend on keystrokes. Shorter bodies stay
 * strings, which cost next to nothing and which the browser's devtools and
 * the end-to-end tests can read.
 */
const BLOB_BODY_FROM = 64_000;

const UNREACHABLE_MESSAGE =
  'Kunde inte nå Anteckna. Kontrollera att programmet är igång – det du skrivit finns kvar och sparas när kontakten är tillbaka.';

function failure(code: IpcError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Reads the browser host's token: from `?token=` on first load (then kept in
 * sessionStorage and removed from the visible URL), else from sessionStorage.
 */
function takeToken(): string | null {
  let fromUrl: string | null = null;
  try {
    const url = new URL(window.location.href);
    fromUrl = url.searchParams.get(TOKEN_QUERY_PARAM);
    if (fromUrl !== null) {
      url.searchParams.delete(TOKEN_QUERY_PARAM);
      window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    }
  } catch {
    fromUrl = null;
  }
  try {
    if (fromUrl) {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
      return fromUrl;
    }
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage can be disabled; the token then lives only for this page.
    return fromUrl;
  }
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    (v.field === undefined || typeof v.field === 'string')
  );
}

function asIpcResult(value: unknown): IpcResult<unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.ok === true && 'value' in v) return { ok: true, value: v.value };
  if (v.ok === false && isIpcError(v.error)) return { ok: false, error: v.error };
  return null;
}

function httpChannel(channel: ChannelName, token: string | null): ChannelFn {
  return async (request) => {
    const body = JSON.stringify(request ?? {});
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[HTTP_TOKEN_HEADER] = token;
    let response: Response;
    try {
      response = await fetch(`${HTTP_API_PREFIX}${channel}`, {
        method: 'POST',
        headers,
        body: body.length < BLOB_BODY_FROM ? body : new Blob([body], { type: 'application/json' }),
        cache: 'no-store',
        credentials: 'same-origin',
        // Lets a save started while the page is being hidden or closed finish.
        keepalive: document.visibilityState === 'hidden' && body.length < KEEPALIVE_MAX_BODY,
      });
    } catch {
      return failure('storage', UNREACHABLE_MESSAGE);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    const result = asIpcResult(json);
    if (result) return result;
    if (response.status === 401 || response.status === 403) {
      return failure(
        'forbidden',
        'Anteckna godkände inte anslutningen. Öppna länken som skrevs ut när webbläget startades.',
      );
    }
    return failure('internal', `Anteckna gav ett oväntat svar (HTTP ${response.status}).`);
  };
}

function preloadChannel(channel: ChannelName, host: AntecknaApi): ChannelFn {
  const fn = host[channel] as unknown as ChannelFn | undefined;
  return async (request) => {
    if (typeof fn !== 'function') return failure('internal', `Anteckna saknar funktionen ${channel}.`);
    try {
      const result = asIpcResult(await fn(request));
      return result ?? failure('internal', 'Anteckna gav ett oväntat svar.');
    } catch {
      return failure('storage', UNREACHABLE_MESSAGE);
    }
  };
}

function createApi(): AntecknaApi {
  const host = typeof window !== 'undefined' ? window[API_GLOBAL] : undefined;
  const token = host ? null : takeToken();
  const entries = CHANNEL_NAMES.map((channel) => [
    channel,
    host ? preloadChannel(channel, host) : httpChannel(channel, token),
  ]);
  return Object.fromEntries(entries) as AntecknaApi;
}

export const api: AntecknaApi = createApi();

/**
 * The desktop menu's commands (Electron) become the DOM event the shell
 * routes; the browser host has no menu, and the same commands are buttons.
 */
export function installMenuCommands(): void {
  window[COMMANDS_GLOBAL]?.onCommand((command) => {
    if (isAppCommand(command)) window.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: command }));
  });
}
