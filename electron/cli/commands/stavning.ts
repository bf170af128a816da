import { createHandlers } from '../../ipc/handlers';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, VERSION, call, databasePath, parseMeetingId, printJson } from '../support';

/**
 * `anteckna stavning --meeting ID`: the whole meeting's spelling check from
 * scripts, the same list as "Stavningskontroll" in the app, as JSON
 * `[{ "word", "count", "itemIds", "suggestions" }]` in the order the minutes
 * first print each word.
 */
export async function stavning(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const path = databasePath(options);
  const db = openDatabase(path);
  let words;
  try {
    const handlers = createHandlers({ db, databasePath: path, version: VERSION });
    ({ words } = await call(handlers, 'spelling:check', { meetingId }));
  } finally {
    closeDatabase(db);
  }
  printJson(words.map(({ word, count, itemIds, suggestions }) => ({ word, count, itemIds, suggestions })));
  return 0;
}
