import { app, BrowserWindow, dialog, Menu, protocol, session, shell, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createHandlers } from '../ipc/handlers';
import { warmPdfReader } from '../services/import/pdf';
import { createElectronPrinter } from './pdf-print';
import { closeDatabase, resolveDatabasePath, type Db } from '../services/storage/database';
import { acquireWriterLock, type WriterLock } from '../services/storage/writer-lock';
import { createBackupService, type BackupService } from '../services/storage/backup';
import { parseKeepDays } from '../services/storage/backup-files';
import { parseMaxBackupMegabytes } from '../services/storage/backup-thinning';
import { openDatabaseRecovering } from '../services/storage/recovery';
import { registerIpc } from './ipc';
import { applicationMenu, isDeveloperStart } from './menu';
import { COMMAND_CHANNEL } from '../../shared/ipc/commands';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  contentTypeFor,
  databaseArgument,
  isNavigationAllowed,
  isPermissionGranted,
  isWebviewAttachAllowed,
  rendererFileForRequest,
  securityHeaders,
  showExistingWindow,
  startupErrorMessage,
  windowOpenDecision,
  windowWebPreferences,
} from './policy';

// Electron glue only: every decision lives in policy.ts (unit-tested), every
// piece of work in the services behind the handler table.

declare const __APP_VERSION__: string;

// dist/electron/main.cjs → dist/renderer, dist/electron/preload.cjs
const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;
let writerLock: WriterLock | null = null;
let backups: BackupService | null = null;

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showExistingWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void backups?.stop();
    backups = null;
    if (db) closeDatabase(db);
    db = null;
    writerLock?.release();
    writerLock = null;
  });
  app.whenReady().then(start).catch(fail);
}

function start(): void {
  const databasePath = resolveDatabasePath({
    cliPath: databaseArgument(process.argv),
    env: process.env,
    dataDir: app.getPath('userData'),
  });
  try {
    // The single-instance lock only covers Electron; the writer lock also
    // keeps out a browser host or CLI `web` running on the same file.
    writerLock = acquireWriterLock(databasePath);
    const opened = openDatabaseRecovering(databasePath);
    db = opened.db;
    backups = createBackupService({
      db,
      databasePath,
      keepDays: parseKeepDays(process.env['ANTECKNA_BACKUP_DAYS']),
      maxTotalBytes: parseMaxBackupMegabytes(process.env['ANTECKNA_BACKUP_MAX_MB']) * 1024 * 1024,
      startupNotice: opened.notice,
      log: (line) => console.error(line),
    });
    void backups.start();
  } catch (error) {
    return fail(error);
  }

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  ses.setDevicePermissionHandler((details) => isPermissionGranted(details.deviceType));
  // Chromium's checker is on per session by default and would fetch a dictionary for the system's
  // language from Google's CDN; the notes check spelling themselves (renderer/spelling/).
  ses.setSpellCheckerEnabled(false);
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileForRequest(rendererDir, request.url);
    const headers = securityHeaders(CONTENT_SECURITY_POLICY);
    if (file === null) return new Response('Hittades inte.', { status: 404, headers });
    try {
      return new Response(await readFile(file), { headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return new Response('Hittades inte.', { status: 404, headers });
    }
  });

  const exporter = {
    printPdf: createElectronPrinter(),
    exportDir: join(app.getPath('documents'), 'Anteckna'),
    showInFolder: (path: string) => {
      shell.showItemInFolder(path);
      return true;
    },
    // shell.openPath resolves to an error text, empty when the program opened the file.
    openPath: async (path: string) => (await shell.openPath(path)) === '',
  };
  registerIpc(createHandlers({ db, databasePath, version: __APP_VERSION__, exporter, backups }), () => mainWindow);
  warmPdfReader();

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenu({
        platform: process.platform,
        developer: isDeveloperStart(process.argv, process.env),
        send: (command) => mainWindow?.webContents.send(COMMAND_CHANNEL, command),
        about: () => void dialog.showMessageBox({ type: 'info', title: 'Om Anteckna', message: `Anteckna ${__APP_VERSION__}` }),
      }),
    ),
  );

  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Anteckna',
    webPreferences: windowWebPreferences(preloadPath),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_START_URL);
}

/** Applied to every webContents: stay on app://anteckna/, no new windows, no webviews. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  // will-navigate covers the top frame only; frames have their own event.
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!isWebviewAttachAllowed()) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const { action, openExternally } = windowOpenDecision(url);
    if (openExternally !== null) void shell.openExternal(openExternally);
    return { action };
  });
}

function fail(error: unknown): void {
  dialog.showErrorBox('Anteckna kan inte starta', startupErrorMessage(error));
  app.exit(1);
}
