import { AppError } from '../../../shared/ipc/result';
import { createHandlers } from '../../ipc/handlers';
import { rebuildSearchIndex } from '../../services/search/index-store';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, UsageError, VERSION, call, databasePath, printJson, withWritableDatabase } from '../support';

/** `search` and `reindex`: the archive's full-text search from scripts. */

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 200) {
    throw new UsageError(`Ogiltigt antal: ${value}. Ange ett heltal mellan 1 och 200.`);
  }
  return Number(value);
}

export async function search(options: Options, words: readonly string[]): Promise<number> {
  const text = words.join(' ');
  if (text.trim() === '') throw new UsageError('Ange vad du söker efter, till exempel: anteckna search hjälpmedel');
  const path = databasePath(options);
  const limit = parseLimit(options.limit);
  const db = openDatabase(path);
  let result;
  try {
    const handlers = createHandlers({ db, databasePath: path, version: VERSION });
    let bodyId: number | undefined;
    if (options.body !== undefined) {
      const wanted = options.body.trim().toLocaleLowerCase('sv');
      const bodies = await call(handlers, 'bodies:list', {});
      const body = bodies.find((b) => b.shortName.toLocaleLowerCase('sv') === wanted);
      if (!body) throw new AppError('not_found', `Det finns inget organ med kortnamnet ${options.body}.`);
      bodyId = body.id;
    }
    result = await call(handlers, 'search:query', { text, bodyId, from: options.from, to: options.to, limit });
  } finally {
    closeDatabase(db);
  }
  printJson({
    total: result.total,
    tookMs: result.tookMs,
    ...(result.hint ? { hint: result.hint } : {}),
    hits: result.hits.map((h) => ({
      meetingId: h.meetingId,
      itemId: h.itemId,
      date: h.date,
      body: h.body,
      meetingTitle: h.meetingTitle,
      itemTitle: h.itemTitle,
      snippet: h.snippet,
    })),
  });
  return 0;
}

export function reindex(options: Options): number {
  const path = databasePath(options);
  const started = performance.now();
  const built = withWritableDatabase(path, (db) => rebuildSearchIndex(db));
  printJson({ ...built, tookMs: Math.round(performance.now() - started) });
  return 0;
}
