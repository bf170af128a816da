import { AppError } from '../../shared/ipc/result';
import { resolveStaticPath } from '../web/static';
import { isSafeLink } from '../../shared/security/links';

/**
 * The decisions of the Electron glue, as plain functions without Electron so
 * they can be unit-tested: which URLs the window may show, which frames may
 * call IPC, which links open in the system browser, the window's
 * webPreferences and where files come from. main.ts and ipc.ts only wire these
 * to Electron's events.
 */

export { contentTypeFor, securityHeaders } from '../web/static';

export const APP_SCHEME = 'app';
export const APP_HOST = 'anteckna';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
/** Privileges of the app:// scheme (registered before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  allowServiceWorkers: false,
  bypassCSP: false,
  corsEnabled: false,
  stream: false,
} as const;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://anteckna/… (no credentials, no port). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The window may only ever show the app's own pages. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

export interface SenderInfo {
  /** URL of the frame that sent the IPC message; null when the frame is gone. */
  frameUrl: string | null;
  /** The frame is the top frame of the app's own window (not a subframe, not another window). */
  isMainFrameOfAppWindow: boolean;
}

/** IPC is answered only for the main frame of our window showing app://anteckna/. */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.isMainFrameOfAppWindow && sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}

/**
 * A link the renderer asked to open in a new window: http(s) links without
 * credentials go to the system browser, mailto: links (the notes may hold
 * them) to the mail program, everything else is dropped.
 * Returns the URL to hand to shell.openExternal, or null.
 */
export function externalUrlToOpen(url: string): string | null {
  // The same rule as the exports and the editor (shared/security/links.ts), then the URL parser's own check.
  if (!isSafeLink(url)) return null;
  const parsed = parse(url.trim());
  if (parsed === null) return null;
  if (parsed.protocol === 'mailto:') return parsed.pathname === '' ? null : parsed.href;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

/**
 * window.open and target=_blank links: never a new Electron window; a safe
 * link goes to the system's browser or mail program instead
 * (the answer of setWindowOpenHandler, plus what to hand to shell.openExternal).
 */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalUrlToOpen(url) };
}

/**
 * Permission requests and checks of the renderer (camera, microphone,
 * notifications, geolocation, clipboard reads, HID/USB/serial …): the app
 * needs none, and Electron grants everything when no handler says otherwise.
 */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** The parts of a BrowserWindow that bringing it forward needs (a fake in tests). */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/**
 * A second start of the app (requestSingleInstanceLock said no) ends at once;
 * the first instance brings its window forward instead, restored if it was
 * minimized. No window yet (still starting): nothing to do.
 */
export function showExistingWindow(window: FocusableWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** <webview> is off in webPreferences; an attach that still happens is refused. */
export function isWebviewAttachAllowed(): boolean {
  return false;
}

/** The main window's webPreferences: Electron's security checklist, item by item. */
export function windowWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's checker has no Swedish dictionary on Windows and Linux and would fetch one;
    // the notes editor checks spelling itself (renderer/spelling/), alike on every platform.
    spellcheck: false,
  } as const;
}

/** The built file an app:// request asks for, or null (wrong host, outside the folder, malformed). */
export function rendererFileForRequest(rendererDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  return resolveStaticPath(rendererDir, pathname);
}

/** The value of `--db FILE` or `--db=FILE` among the process arguments. */
export function databaseArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') return undefined;
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
    if (arg === '--db') {
      const next = argv[i + 1];
      return next === undefined || next.startsWith('--') ? undefined : next;
    }
  }
  return undefined;
}

/** What the error dialog says when the database cannot be opened at start. */
export function startupErrorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Anteckna kunde inte starta: ${detail}`;
}
