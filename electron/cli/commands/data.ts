import { createHandlers } from '../../ipc/handlers';
import { seedDemo } from '../../services/demo/demo-data';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, VERSION, databasePath, printJson, withWritableDatabase, call } from '../support';

/** `demo` and `list`: data into and out of the database as JSON. */

export function demo(options: Options): number {
  const path = databasePath(options);
  const seeded = withWritableDatabase(path, (db) => seedDemo(db, new Date()));
  printJson({
    meetings: seeded.meetings.map((m) => ({ id: m.id, body: m.bodyShortName, title: m.title, date: m.date })),
  });
  return 0;
}

export async function list(options: Options): Promise<number> {
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
