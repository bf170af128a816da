import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/services/export/pdf-printer';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * The demo data behind the handler table, exporting with the machine's
 * Chromium as the printer: opened once for a describe block (beforeAll) and
 * closed after it (afterAll), since starting Chromium is slow.
 */
export interface PrintingApp {
  /** The temporary folder: database, Export/ and whatever the test converts there. */
  dir: string;
  db: Db;
  seeded: ReturnType<typeof seedDemo>;
  /** Where export:file writes. */
  exportDir: string;
  /** The Chromium printer itself, for tests that render a document without the handlers. */
  printPdf: ChromiumPrinter['print'];
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Calls and expects success; returns the value. */
  ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  close(): Promise<void>;
}

function openPrintingApp(prefix: string): PrintingApp {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = openDatabase(join(dir, 'anteckna.sqlite'));
  const seeded = seedDemo(db, new Date());
  const printer = createChromiumPrinter();
  const exportDir = join(dir, 'Export');
  const handlers = createHandlers({
    db,
    databasePath: join(dir, 'anteckna.sqlite'),
    version: '0.0.0-test',
    exporter: { printPdf: printer.print, exportDir, showInFolder: () => false, openPath: () => Promise.resolve(false) },
  });
  const call: PrintingApp['call'] = async (channel, request) =>
    (await dispatch(handlers, channel, request, { host: 'cli' }, { validateResponses: true })) as IpcResult<ResponseOf<typeof channel>>;
  return {
    dir,
    db,
    seeded,
    exportDir,
    printPdf: printer.print,
    call,
    async ok(channel, request) {
      const result = await call(channel, request);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async close() {
      await printer.close();
      if (db.open) closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The printing app of one describe block: opened before its tests, then
 * `prepare` runs on it (to change the demo data the tests export), and closed
 * after them. Its fields can be read in hooks and tests, once it is open.
 */
export function printingAppForBlock(prefix: string, prepare: (app: PrintingApp) => Promise<void>): PrintingApp {
  let app: PrintingApp | undefined;
  const open = (): PrintingApp => {
    if (!app) throw new Error('Utskriftsappen är inte öppnad än.');
    return app;
  };
  beforeAll(async () => {
    app = openPrintingApp(prefix);
    await prepare(app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });
  return {
    get dir() {
      return open().dir;
    },
    get db() {
      return open().db;
    },
    get seeded() {
      return open().seeded;
    },
    get exportDir() {
      return open().exportDir;
    },
    printPdf: (html, options) => open().printPdf(html, options),
    call: (channel, request) => open().call(channel, request),
    ok: (channel, request) => open().ok(channel, request),
    close: () => open().close(),
  };
}
