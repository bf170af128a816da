import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { createChromiumPrinter } from '../../electron/services/export/pdf-printer';
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
  ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  close(): Promise<void>;
}

export function openPrintingApp(prefix: string): PrintingApp {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = openDatabase(join(dir, 'anteckna.sqlite'));
  const seeded = seedDemo(db, new Date());
  const printer = createChromiumPrinter();
  const handlers = createHandlers({
    db,
    databasePath: join(dir, 'anteckna.sqlite'),
    version: '0.0.0-test',
    exporter: { printPdf: printer.print, exportDir: join(dir, 'Export'), showInFolder: () => false },
  });
  return {
    dir,
    db,
    seeded,
    async ok(channel, request) {
      const result = (await dispatch(handlers, channel, request, { host: 'cli' }, { validateResponses: true })) as IpcResult<
        ResponseOf<typeof channel>
      >;
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
