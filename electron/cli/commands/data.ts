import { readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { createHandlers } from '../../ipc/handlers';
import { MEETING_FILE_MAX_BYTES } from '../../../shared/meetingfile/schema';
import { seedDemo } from '../../services/demo/demo-data';
import { importMeetingFile } from '../../services/meetingfile/import';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, VERSION, databasePath, printJson, withWritableDatabase, call, requireOption } from '../support';

/** `demo`, `list` and `import`: data into and out of the database as JSON. */

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

export function importMeeting(options: Options): number {
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
  const result = withWritableDatabase(path, (db) => importMeetingFile(db, text, new Date()));
  printJson(result);
  return 0;
}
