import { parseArgs } from 'node:util';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { closeDatabase, openDatabase, resolveDatabasePath, type Db } from '../services/storage/database';
import { acquireWriterLock } from '../services/storage/writer-lock';
import { createChromiumPrinter, type PdfPrinter } from '../services/export/pdf-printer';
import { defaultDataDir } from './data-dir';

/**
 * What every command uses: its options parsed (in Swedish), the database
 * opened (and locked for writing), one call through the IPC entry, JSON to stdout.
 */

/** Wrong use of the command line: exit code 2, with a pointer to the help. */
export class UsageError extends Error {}

export type Options = {
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
  to?: string | undefined;
  body?: string | undefined;
  limit?: string | undefined;
  open?: boolean | undefined;
  cancel?: boolean | undefined;
  owner?: string | undefined;
  dir?: string | undefined;
  apply?: boolean | undefined;
  year?: string | undefined;
  'redact-all'?: boolean | undefined;
  due?: string | undefined;
  reviewer?: string[] | undefined;
};

export const COMMAND_OPTIONS = {
  demo: { db: { type: 'string' } },
  list: { db: { type: 'string' } },
  tasks: { db: { type: 'string' }, open: { type: 'boolean' }, owner: { type: 'string' } },
  export: {
    db: { type: 'string' },
    meeting: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    template: { type: 'string' },
    'redact-all': { type: 'boolean' },
  },
  import: { db: { type: 'string' }, file: { type: 'string' }, dir: { type: 'string' }, body: { type: 'string' } },
  web: { db: { type: 'string' }, port: { type: 'string' }, 'export-dir': { type: 'string' }, 'keep-days': { type: 'string' } },
  backup: { db: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  restore: { db: { type: 'string' }, from: { type: 'string' } },
  search: { db: { type: 'string' }, body: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
  reindex: { db: { type: 'string' } },
  teams: { db: { type: 'string' }, meeting: { type: 'string' }, file: { type: 'string' }, apply: { type: 'boolean' } },
  kallelse: { db: { type: 'string' }, meeting: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  handlingar: { db: { type: 'string' }, meeting: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  calendar: { db: { type: 'string' }, body: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  invite: { db: { type: 'string' }, meeting: { type: 'string' }, out: { type: 'string' }, cancel: { type: 'boolean' }, force: { type: 'boolean' } },
  archive: { db: { type: 'string' }, meeting: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  verify: { db: { type: 'string' }, file: { type: 'string' } },
  check: { db: { type: 'string' }, meeting: { type: 'string' } },
  stavning: { db: { type: 'string' }, meeting: { type: 'string' } },
  'send-review': {
    db: { type: 'string' },
    meeting: { type: 'string' },
    out: { type: 'string' },
    due: { type: 'string' },
    reviewer: { type: 'string', multiple: true },
    force: { type: 'boolean' },
  },
  help: {},
} as const;
export type Command = keyof typeof COMMAND_OPTIONS;

declare const __APP_VERSION__: string;
export const VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** Commands that take words after their flags (`search` takes what to search for). */
const TAKES_WORDS: ReadonlySet<Command> = new Set(['search']);

export function parseOptions(command: Command, args: string[]): Options & { words: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: COMMAND_OPTIONS[command],
      strict: true,
      allowPositionals: TAKES_WORDS.has(command),
    });
    return { ...(values as Options), words: positionals };
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

export function databasePath(options: Options): string {
  return resolveDatabasePath({ cliPath: options.db, env: process.env, dataDir: defaultDataDir() });
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`Ogiltig port: ${value}. Ange ett tal mellan 0 och 65535.`);
  }
  return Number(value);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function withDatabase<T>(path: string, work: (db: Db) => T): T {
  const db = openDatabase(path);
  try {
    return work(db);
  } finally {
    closeDatabase(db);
  }
}

/** A writing command takes the writer lock, so it never writes beside a running app (refused with its message). */
export function withWritableDatabase<T>(path: string, work: (db: Db) => T): T {
  const lock = acquireWriterLock(path);
  try {
    return withDatabase(path, work);
  } finally {
    lock.release();
  }
}

/**
 * A writing command that prints PDFs: the writer lock, one Chromium printer
 * (started at the first print) and the database, all closed afterwards.
 */
export async function withPrintingDatabase<T>(path: string, work: (db: Db, printPdf: PdfPrinter) => Promise<T>): Promise<T> {
  const lock = acquireWriterLock(path);
  const printer = createChromiumPrinter();
  try {
    const db = openDatabase(path);
    try {
      return await work(db, printer.print);
    } finally {
      closeDatabase(db);
    }
  } finally {
    await printer.close();
    lock.release();
  }
}

/** One call through the same entry as Electron's IPC; an error result becomes an AppError. */
export async function call<C extends ChannelName>(handlers: Handlers, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await dispatch(handlers, channel, request, { host: 'cli' });
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
  return result.value as ResponseOf<C>;
}

export function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Ange ${flag}.`);
  return value;
}

export function parseMeetingId(value: string | undefined): number {
  const raw = requireOption(value, '--meeting ID');
  if (!/^\d{1,12}$/.test(raw) || Number(raw) < 1) throw new UsageError(`Ogiltigt mötes-id: ${raw}. Ange ett positivt heltal.`);
  return Number(raw);
}
