import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve as resolvePath } from 'node:path';
import { localDate } from '../../../shared/format/clock';
import { recogniseMinutes } from '../../../shared/import/recognise';
import { MAX_IMPORT_BYTES } from '../../../shared/import/source';
import { AppError } from '../../../shared/ipc/result';
import { MEETING_FILE_MAX_BYTES } from '../../../shared/meetingfile/schema';
import { readImportFile } from '../../services/import/read';
import { importMeetingFile, saveMeetingFile } from '../../services/meetingfile/import';
import type { Db } from '../../services/storage/database';
import { type Options, databasePath, printJson, withWritableDatabase } from '../support';

/**
 * `import`: earlier minutes into the database. A meeting file (.json) is
 * read as it is; a Word file, a PDF or a text file is recognised as minutes
 * and saved as an approved meeting, and what needed a guess is printed for
 * a look in the app. `--dir` takes every such file in a folder, one
 * transaction each, so one bad file spoils nothing else.
 */

const DOCUMENT_TYPES = new Set(['.docx', '.pdf', '.txt']);
/** Files of minutes the readers refuse, with a message that says what to do: listed as failed, never passed over in silence. */
const REFUSED_TYPES = new Set(['.doc', '.rtf', '.odt', '.docm', '.dotx']);

export interface ImportedFile {
  file: string;
  meetingId: number;
  bodyId: number;
  date: string;
  title: string;
  review: { line: number | null; text: string; message: string }[];
}

export async function importCommand(options: Options): Promise<number> {
  const bodyId = options.body === undefined ? null : bodyIdOf(options.body);
  const path = databasePath(options);
  if (options.dir !== undefined) {
    if (options.file !== undefined) throw new AppError('validation', 'Ange antingen --file eller --dir, inte båda.');
    const folder = resolvePath(options.dir);
    const files = documentsIn(folder);
    const imported: ImportedFile[] = [];
    const failed: { file: string; message: string }[] = [];
    // Read (slow, async) outside the database lock; save each in its own transaction.
    for (const [i, file] of files.entries()) {
      process.stderr.write(`Läser ${i + 1} av ${files.length}: ${basename(file)}\n`);
      try {
        const result = await importOne(path, file, bodyId);
        imported.push(result);
      } catch (error) {
        failed.push({ file: basename(file), message: error instanceof Error ? error.message : String(error) });
      }
    }
    printJson({
      imported: imported.length,
      failed,
      needsLook: imported.filter((f) => f.review.length > 0).map((f) => ({ file: f.file, meetingId: f.meetingId, review: f.review })),
      meetings: imported.map(({ review, ...rest }) => ({ ...rest, review: review.length })),
    });
    return failed.length > 0 && imported.length === 0 ? 1 : 0;
  }
  const file = resolvePath(options.file ?? '');
  if (options.file === undefined) throw new AppError('validation', 'Ange vilken fil som ska läsas in: --file FIL eller --dir MAPP.');
  if (extname(file).toLowerCase() === '.json') {
    const text = readChecked(file, MEETING_FILE_MAX_BYTES, `Filen är för stor för att vara en mötesfil (högst ${MEETING_FILE_MAX_BYTES / 1024 / 1024} MB).`);
    printJson(withWritableDatabase(path, (db) => importMeetingFile(db, text.toString('utf8'), new Date())));
    return 0;
  }
  const { review, meetingId, bodyId: savedBody } = await importOne(path, file, bodyId);
  printJson({ meetingId, bodyId: savedBody, review });
  return 0;
}

async function importOne(path: string, file: string, bodyId: number | null): Promise<ImportedFile> {
  const bytes = readChecked(file, MAX_IMPORT_BYTES);
  const source = await readImportFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file));
  const now = new Date();
  const { lines, draft } = recogniseMinutes(source, { today: localDate(now) });
  const saved = withWritableDatabase(path, (db: Db) => saveMeetingFile(db, draft.file, bodyId, now));
  return {
    file: basename(file),
    ...saved,
    date: draft.file.meeting.date,
    title: draft.file.meeting.title,
    review: draft.review.map((n) => ({ line: n.line, text: n.line === null ? '' : (lines[n.line]?.text.slice(0, 200) ?? ''), message: n.message })),
  };
}

function readChecked(file: string, limit: number, tooLarge?: string): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('not_found', `Filen ${file} finns inte eller går inte att läsa.`);
  }
  if (size > limit) throw new AppError('validation', tooLarge ?? `Filen ${basename(file)} är större än ${limit / 1024 / 1024} MB och kan inte läsas in.`);
  return readFileSync(file);
}

function documentsIn(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new AppError('not_found', `Mappen ${folder} finns inte eller går inte att läsa.`);
  }
  const files = names
    .filter((n) => (DOCUMENT_TYPES.has(extname(n).toLowerCase()) || REFUSED_TYPES.has(extname(n).toLowerCase())) && !n.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .map((n) => join(folder, n));
  if (files.length === 0) throw new AppError('validation', `Mappen ${folder} innehåller inga .docx-, .pdf- eller .txt-filer.`);
  return files;
}

function bodyIdOf(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new AppError('validation', `--body ska vara ett organs id (ett heltal), inte "${text}".`);
  return id;
}
