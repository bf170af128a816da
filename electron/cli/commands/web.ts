import { existsSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { createHandlers } from '../../ipc/handlers';
import { createChromiumPrinter } from '../../services/export/pdf-printer';
import { closeDatabase } from '../../services/storage/database';
import { acquireWriterLock } from '../../services/storage/writer-lock';
import { createBackupService } from '../../services/storage/backup';
import { parseMaxBackupMegabytes } from '../../services/storage/backup-thinning';
import { parseKeepDays } from '../../services/storage/backup-files';
import { openDatabaseRecovering } from '../../services/storage/recovery';
import { startWebHost } from '../../web/server';
import { warmPdfReader } from '../../services/import/pdf';
import { UsageError, type Options, VERSION, databasePath, parsePort } from '../support';

/** `web`: the browser host on 127.0.0.1, with backups while it runs. */

export async function web(options: Options): Promise<number> {
  const port = parsePort(options.port);
  // The bundle lives in dist/electron/, the built renderer in dist/renderer/.
  const rendererDir = join(__dirname, '..', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new AppError('internal', 'Gränssnittet är inte byggt. Kör "npm run build" och försök igen.');
  }
  const path = databasePath(options);
  const keepDays = keepDaysOption(options['keep-days']);
  const maxBackupMegabytes = parseMaxBackupMegabytes(process.env['ANTECKNA_BACKUP_MAX_MB']);
  // One writer per file: refused here, before anything opens the database for writing.
  const lock = acquireWriterLock(path);
  let opened: ReturnType<typeof openDatabaseRecovering>;
  try {
    opened = openDatabaseRecovering(path);
  } catch (error) {
    lock.release();
    throw error;
  }
  const { db, notice } = opened;
  if (notice !== null) process.stderr.write(`anteckna: ${notice}\n`);
  const backups = createBackupService({
    db,
    databasePath: path,
    keepDays,
    maxTotalBytes: maxBackupMegabytes * 1024 * 1024,
    startupNotice: notice,
    log: (line) => process.stderr.write(`anteckna: ${line}\n`),
  });
  void backups.start();
  try {
    const exportDir = resolvePath(options['export-dir'] ?? join(dirname(path), 'Export'));
    const printer = createChromiumPrinter(undefined, (line) => process.stderr.write(`anteckna: ${line}\n`));
    // The browser host cannot open the visitor's file manager: the UI shows the path instead.
    const exporter = { printPdf: printer.print, exportDir, showInFolder: () => false, openPath: () => Promise.resolve(false) };
    const handlers = createHandlers({ db, databasePath: path, version: VERSION, exporter, backups });
    const host = await startWebHost({
      handlers,
      rendererDir,
      port,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    // pdf.js takes a good part of a second to load: spend it before the first PDF is imported.
    warmPdfReader();
    process.stdout.write(`Anteckna körs på ${host.url}\n`);
    process.stdout.write(`Databas: ${path}\nExportmapp: ${exportDir}\nAvsluta med Ctrl+C.\n`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    await host.close();
    await printer.close();
    process.stdout.write(`Anteckna har stängts (${signal}).\n`);
    return 0;
  } finally {
    await backups.stop();
    closeDatabase(db);
    lock.release();
  }
}

/** `--keep-days` wins over ANTECKNA_BACKUP_DAYS; a wrong flag is wrong use (exit 2), like a wrong port. */
function keepDaysOption(flag: string | undefined): number {
  if (flag === undefined) return parseKeepDays(process.env['ANTECKNA_BACKUP_DAYS']);
  try {
    return parseKeepDays(flag);
  } catch (error) {
    throw error instanceof AppError ? new UsageError(error.message) : error;
  }
}
