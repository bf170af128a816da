import { createHandlers } from '../../ipc/handlers';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, VERSION, call, databasePath, parseMeetingId, printJson } from '../support';

/**
 * `anteckna check --meeting ID`: the publication check from scripts, the
 * personal data found in the minutes as JSON
 * `[{ "kind", "text", "itemId", "context" }]`, in reading order.
 */
export async function check(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const path = databasePath(options);
  const db = openDatabase(path);
  let findings;
  try {
    const handlers = createHandlers({ db, databasePath: path, version: VERSION });
    ({ findings } = await call(handlers, 'publication:check', { meetingId }));
  } finally {
    closeDatabase(db);
  }
  printJson(findings.map((f) => ({ kind: f.kind, text: f.text, itemId: f.itemId, context: f.context })));
  return 0;
}
