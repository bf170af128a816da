import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { createChromiumPrinter, type PdfPrinter } from '../services/export/pdf-printer';
import { renderPdf, renderPdfA } from '../services/export/render';
import { buildMinutesDocument } from '../../shared/document/build';
import { renderMinutesHtml } from '../../shared/document/html';
import { MEETING_FILE_MAX_BYTES, exportMeetingFile } from '../../shared/meetingfile/schema';
import type { Body, Meeting } from '../../shared/model/domain';
import { seedDemo } from '../services/demo/demo-data';
import { renderMinutesDocx } from '../services/export/docx';
import { writeFileAtomic } from '../services/export/files';
import { importMeetingFile } from '../services/meetingfile/import';
import { getBody, getDocxTemplate } from '../services/storage/bodies';
import { getMeeting } from '../services/storage/meetings';
import { closeDatabase, examineDatabaseFile, openDatabase, resolveDatabasePath, type Db } from '../services/storage/database';
import { acquireWriterLock } from '../services/storage/writer-lock';
import { assertNotDatabaseFile } from '../services/storage/protected-files';
import { createBackupService } from '../services/storage/backup';
import { parseMaxBackupMegabytes } from '../services/storage/backup-thinning';
import {
  BACKUP_FOLDER_NAME,
  backupDatabaseTo,
  backupFileName,
  backupFolder,
  fileStamp,
  parseKeepDays,
  restoreDatabaseFile,
  restoreRefusal,
} from '../services/storage/backup-files';
import { openDatabaseRecovering } from '../services/storage/recovery';
import { toLocalTimestamp } from '../../shared/format/datetime';
import { startWebHost } from '../web/server';
import { defaultDataDir } from './data-dir';

/**
 * The command-line host: the same services and handler table as the desktop
 * app, without Electron. Results go to stdout as JSON, messages to stderr in
 * Swedish. Exit codes: 0 done, 1 failed, 2 wrong use.
 */

declare const __APP_VERSION__: string;
const VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

const USAGE = `Användning: anteckna <kommando> [flaggor]

Kommandon:
  demo [--db FIL]              Skapar databasen om den saknas, lägger in demodata
                               och skriver ut mötena som JSON.
  list [--db FIL]              Skriver ut organ och möten som JSON.
  export --meeting ID --format FORMAT --out FIL [--db FIL] [--force] [--template MALL.docx]
                               Exporterar mötesanteckningen till FIL. Format:
                               docx, pdf, pdfa, html eller json (mötesfil).
                               En befintlig fil skrivs bara över med --force.
                               Med --template tar DOCX organisationens egna
                               formatmallar från MALL.docx; utan --template
                               används organets sparade Wordmall, om det har en.
  import --file MÖTESFIL [--db FIL]
                               Läser in en mötesfil (JSON) som ett nytt möte.
  web  [--db FIL] [--port N] [--export-dir MAPP] [--keep-days N]
                               Startar Anteckna i webbläsaren på 127.0.0.1.
                               Port 0 (standard) väljer en ledig port. Exporterade
                               filer hamnar i MAPP, annars i mappen Export bredvid
                               databasen. Säkerhetskopior görs vid start och
                               sedan högst var tionde minut när något har ändrats,
                               i mappen ${BACKUP_FOLDER_NAME} bredvid databasen, och
                               sparas i N dagar (standard 30, eller
                               miljövariabeln ANTECKNA_BACKUP_DAYS).
  backup [--db FIL] [--out SÖKVÄG] [--force]
                               Gör en säkerhetskopia av databasen medan den kan
                               vara i bruk. Utan --out hamnar den i mappen
                               ${BACKUP_FOLDER_NAME}; är SÖKVÄG en mapp hamnar den där.
                               En befintlig fil skrivs bara över med --force.
  restore --from SÄKERHETSKOPIA [--db FIL]
                               Återställer databasen från en säkerhetskopia. Den
                               nuvarande databasen flyttas åt sidan (raderas
                               aldrig). Går inte medan Anteckna är igång.
  help                         Visar den här hjälpen.

Databasen: --db FIL, annars miljövariabeln ANTECKNA_DB, annars
anteckna.sqlite i ${defaultDataDir()}.
`;

class UsageError extends Error {}

type Options = {
  db?: string | undefined;
  port?: string | undefined;
  meeting?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  force?: boolean | undefined;
  template?: string | undefined;
  file?: string | undefined;
  'export-dir'?: string | undefined;
  'keep-days'?: string | undefined;
  from?: string | undefined;
};

const COMMAND_OPTIONS = {
  demo: { db: { type: 'string' } },
  list: { db: { type: 'string' } },
  export: {
    db: { type: 'string' },
    meeting: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    template: { type: 'string' },
  },
  import: { db: { type: 'string' }, file: { type: 'string' } },
  web: { db: { type: 'string' }, port: { type: 'string' }, 'export-dir': { type: 'string' }, 'keep-days': { type: 'string' } },
  backup: { db: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  restore: { db: { type: 'string' }, from: { type: 'string' } },
  help: {},
} as const;
type Command = keyof typeof COMMAND_OPTIONS;

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('Ange ett kommando.');
    if (command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!(command in COMMAND_OPTIONS)) throw new UsageError(`Okänt kommando: ${command}`);
    const options = parseOptions(command as Command, rest);
    switch (command as Command) {
      case 'demo':
        return demo(options);
      case 'list':
        return await list(options);
      case 'web':
        return await web(options);
      case 'export':
        return await exportMeeting(options);
      case 'import':
        return importMeeting(options);
      case 'backup':
        return await backup(options);
      case 'restore':
        return restore(options);
      case 'help':
        process.stdout.write(USAGE);
        return 0;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`anteckna: ${error.message}\nSkriv "anteckna help" för att se kommandona.\n`);
      return 2;
    }
    if (error instanceof AppError) {
      process.stderr.write(`anteckna: ${error.message}\n`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`anteckna: Ett oväntat fel uppstod: ${detail}\n`);
    return 1;
  }
}

function parseOptions(command: Command, args: string[]): Options {
  try {
    const { values } = parseArgs({ args, options: COMMAND_OPTIONS[command], strict: true, allowPositionals: false });
    return values as Options;
  } catch (error) {
    throw new UsageError(swedishParseError(error));
  }
}

/** node:util parseArgs speaks English; its error codes are stable. */
function swedishParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : '';
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  const positional = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänd flagga: ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Flaggan ${option} behöver ett värde.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Oväntat argument: ${positional}`;
    default:
      return `Felaktiga argument: ${message}`;
  }
}

function databasePath(options: Options): string {
  return resolveDatabasePath({ cliPath: options.db, env: process.env, dataDir: defaultDataDir() });
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`Ogiltig port: ${value}. Ange ett tal mellan 0 och 65535.`);
  }
  return Number(value);
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function withDatabase<T>(path: string, work: (db: Db) => T): T {
  const db = openDatabase(path);
  try {
    return work(db);
  } finally {
    closeDatabase(db);
  }
}

/** A writing command takes the writer lock, so it never writes beside a running app (refused with its message). */
function withWritableDatabase<T>(path: string, work: (db: Db) => T): T {
  const lock = acquireWriterLock(path);
  try {
    return withDatabase(path, work);
  } finally {
    lock.release();
  }
}

/** One call through the same entry as Electron's IPC; an error result becomes an AppError. */
async function call<C extends ChannelName>(handlers: Handlers, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await dispatch(handlers, channel, request, { host: 'cli' });
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
  return result.value as ResponseOf<C>;
}

function demo(options: Options): number {
  const path = databasePath(options);
  const seeded = withWritableDatabase(path, (db) => seedDemo(db));
  printJson({
    meetings: seeded.meetings.map((m) => ({ id: m.id, body: m.bodyShortName, title: m.title, date: m.date })),
  });
  return 0;
}

async function list(options: Options): Promise<number> {
  const path = databasePath(options);
  const db = openDatabase(path);
  try {
    const handlers = createHandlers({ db, databasePath: path, version: VERSION });
    const bodies = await call(handlers, 'bodies:list', {});
    const meetings = await call(handlers, 'meetings:list', {});
    printJson({ bodies, meetings });
    return 0;
  } finally {
    closeDatabase(db);
  }
}

async function web(options: Options): Promise<number> {
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
    const exporter = { printPdf: printer.print, exportDir, showInFolder: () => false };
    const handlers = createHandlers({ db, databasePath: path, version: VERSION, exporter, backups });
    const host = await startWebHost({
      handlers,
      rendererDir,
      port,
      log: (line) => process.stderr.write(`${line}\n`),
    });
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

/** `anteckna backup`: an online backup (the app may be running), checked before it is put in place. */
async function backup(options: Options): Promise<number> {
  const path = databasePath(options);
  if (!existsSync(path)) throw new AppError('not_found', `Databasen ${path} finns inte.`);
  const problem = examineDatabaseFile(path);
  if (problem) throw problem.error;
  const now = new Date();
  let out = options.out === undefined ? join(backupFolder(path), backupFileName(now)) : resolvePath(requireOption(options.out, '--out SÖKVÄG'));
  if (existsSync(out) && statSync(out).isDirectory()) out = join(out, backupFileName(now));
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  assertNotDatabaseFile(out, path, { newBackup: true });
  // Read-write, though it only reads: the last connection to close then tidies up -wal/-shm
  // the way the app does, where a read-only one would leave them beside the database.
  const source = new Database(path, { fileMustExist: true, timeout: 5000 });
  try {
    await backupDatabaseTo(source, out, { overwrite: options.force === true });
  } finally {
    source.close();
  }
  printJson({ database: path, file: out, takenAt: toLocalTimestamp(now), bytes: statSync(out).size });
  return 0;
}

/**
 * `anteckna restore`: only while no host has the database open for writing.
 * The current file is moved aside, never deleted; every refusal leaves it as it was.
 */
function restore(options: Options): number {
  const from = resolvePath(requireOption(options.from, '--from SÄKERHETSKOPIA'));
  const path = databasePath(options);
  if (from === path) throw new UsageError('Säkerhetskopian och databasen är samma fil.');
  const refusal = restoreRefusal(from);
  if (refusal) throw new AppError('validation', refusal);
  const lock = acquireWriterLock(path);
  try {
    const movedAside = restoreDatabaseFile(path, from, `före-återställning-${fileStamp(new Date())}`);
    // Opening brings an older backup's schema up to date now, not at the next start.
    closeDatabase(openDatabase(path));
    printJson({ database: path, restoredFrom: from, movedAside });
    return 0;
  } finally {
    lock.release();
  }
}

/**
 * One entry per export format: what the file holds, given the meeting and
 * its body. DOCX, PDF and PDF/A are added beside HTML and JSON.
 */
interface ExportOptions {
  /** The organisation's own .docx whose styles the DOCX takes (--template). */
  templateDocx?: Uint8Array;
}

interface Exporter {
  render(meeting: Meeting, body: Body, options: ExportOptions): string | Uint8Array | Promise<string | Uint8Array>;
}

const EXPORTERS: Record<string, Exporter> = {
  docx: {
    render: (meeting, body, options) => renderMinutesDocx(buildMinutesDocument(meeting, body), options),
  },
  html: {
    render: (meeting, body) => renderMinutesHtml(buildMinutesDocument(meeting, body), { embedCss: true, forPrint: false }),
  },
  json: {
    render: (meeting, body) => `${JSON.stringify(exportMeetingFile(meeting, body), null, 2)}\n`,
  },
  pdf: { render: (meeting, body) => withPrinter((print) => renderPdf(buildMinutesDocument(meeting, body), print)) },
  pdfa: { render: (meeting, body) => withPrinter((print) => renderPdfA(buildMinutesDocument(meeting, body), print)) },
};

/** The machine's Chromium (CHROMIUM_PATH or /usr/bin/chromium) for one export, closed afterwards. */
async function withPrinter(work: (print: PdfPrinter) => Promise<Uint8Array>): Promise<Uint8Array> {
  const printer = createChromiumPrinter();
  try {
    return await work(printer.print);
  } finally {
    await printer.close();
  }
}

function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Ange ${flag}.`);
  return value;
}

function parseMeetingId(value: string | undefined): number {
  const raw = requireOption(value, '--meeting ID');
  if (!/^\d{1,12}$/.test(raw) || Number(raw) < 1) throw new UsageError(`Ogiltigt mötes-id: ${raw}. Ange ett positivt heltal.`);
  return Number(raw);
}

async function exportMeeting(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const format = requireOption(options.format, `--format (${Object.keys(EXPORTERS).join(', ')})`);
  const exporter = Object.hasOwn(EXPORTERS, format) ? EXPORTERS[format] : undefined;
  if (!exporter) throw new UsageError(`Okänt format: ${format}. Välj ett av ${Object.keys(EXPORTERS).join(', ')}.`);
  const out = resolvePath(requireOption(options.out, '--out FIL'));
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  const { meeting, body, bodyTemplate } = withDatabase(path, (db) => {
    const meeting = getMeeting(db, meetingId);
    // Without --template, the DOCX takes the body's own template as the app's export does.
    const bodyTemplate = format === 'docx' && options.template === undefined ? getDocxTemplate(db, meeting.bodyId) : null;
    return { meeting, body: getBody(db, meeting.bodyId), bodyTemplate };
  });
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  if (options.template !== undefined && format !== 'docx') {
    throw new UsageError('--template gäller bara formatet docx.');
  }
  const templateDocx = options.template === undefined ? bodyTemplate : readTemplate(options.template);
  const exportOptions: ExportOptions = templateDocx === null ? {} : { templateDocx };
  const data = await exporter.render(meeting, body, exportOptions);
  writeFileAtomic(out, data, { overwrite: options.force === true });
  printJson({ file: out });
  return 0;
}

function readTemplate(file: string): Uint8Array {
  try {
    return readFileSync(resolvePath(file));
  } catch {
    throw new AppError('not_found', `Mallen ${resolvePath(file)} finns inte eller går inte att läsa.`);
  }
}

function importMeeting(options: Options): number {
  const file = resolvePath(requireOption(options.file, '--file MÖTESFIL'));
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('not_found', `Filen ${file} finns inte eller går inte att läsa.`);
  }
  if (size > MEETING_FILE_MAX_BYTES) {
    throw new AppError('validation', `Filen är för stor för att vara en mötesfil (högst ${MEETING_FILE_MAX_BYTES / 1024 / 1024} MB).`);
  }
  const text = readFileSync(file, 'utf8');
  const path = databasePath(options);
  const result = withWritableDatabase(path, (db) => importMeetingFile(db, text));
  printJson(result);
  return 0;
}

// The entry point of dist/electron/cli.cjs (also loaded by build/bin/anteckna.cjs).
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`anteckna: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
