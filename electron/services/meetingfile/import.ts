import { localDate } from '../../../shared/format/clock';
import { AppError } from '../../../shared/ipc/result';
import {
  MEETING_FILE_MAX_BYTES,
  checkMeetingFile,
  type MeetingFile,
  type MeetingFileSubItem,
} from '../../../shared/meetingfile/schema';
import { meetingHeaderOf } from '../../../shared/model/meeting';
import type { NewAgendaItem, NewMeeting } from '../../../shared/model/new-meeting';
import type { NotesDocument } from '../../../shared/notes/schema';
import { createBody, listBodies } from '../storage/bodies';
import type { Db } from '../storage/database';
import { createMeeting } from '../storage/meetings';
import { markdownToNotes } from './lexical';

/**
 * Reads a meeting file (see shared/meetingfile/schema.ts) into the database:
 * finds the body by name and short name or creates it, then creates the
 * meeting. Everything happens in one transaction: on any error nothing is
 * written. Errors are AppErrors with a Swedish message naming the field.
 * `now` is the caller's clock: what the import stores is stamped with it.
 */
export function importMeetingFile(db: Db, text: string, now: Date): { meetingId: number; bodyId: number } {
  if (Buffer.byteLength(text, 'utf8') > MEETING_FILE_MAX_BYTES) {
    throw new AppError(
      'validation',
      `Filen är för stor för att vara en mötesfil (högst ${MEETING_FILE_MAX_BYTES / 1024 / 1024} MB).`,
    );
  }
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new AppError('validation', 'Filen är tom och kan inte läsas som en mötesfil.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new AppError('validation', `Filen är inte giltig JSON och kan inte läsas som en mötesfil (${jsonErrorPlace(source, error)}).`);
  }
  const checked = checkMeetingFile(parsed);
  if (!checked.ok) throw new AppError('validation', checked.message, checked.field || undefined);
  return saveMeetingFile(db, checked.file, null, now);
}

/**
 * Saves a checked meeting file as a new meeting: into the body `bodyId` when
 * given (its roster is left as it is; the meeting keeps its own called
 * list), else into the body of the same name and short name, or a new body
 * made from the file. One transaction: on any error nothing is written.
 */
export function saveMeetingFile(db: Db, file: MeetingFile, bodyId: number | null, now: Date): { meetingId: number; bodyId: number } {
  const meeting = toNewMeeting(file);
  return db.transaction(() => {
    const at = now.toISOString();
    const bodies = listBodies(db, localDate(now));
    let targetId: number;
    if (bodyId !== null) {
      if (!bodies.some((b) => b.id === bodyId)) throw new AppError('not_found', 'Organet finns inte längre. Välj ett annat organ.');
      targetId = bodyId;
    } else {
      const existing = bodies.find((b) => b.name === file.body.name && b.shortName === file.body.shortName);
      targetId = existing?.id ?? createBody(db, file.body, at);
    }
    const meetingId = createMeeting(
      db,
      targetId,
      meeting,
      { reviewers: file.meeting.reviewers, approvedOn: file.meeting.approvedOn },
      at,
    );
    return { meetingId, bodyId: targetId };
  })();
}

function toNewMeeting(file: MeetingFile): NewMeeting {
  const m = file.meeting;
  return {
    ...meetingHeaderOf(m),
    status: m.status,
    openedAt: m.openedAt,
    calledPersons: m.calledPersons,
    agenda: m.agenda.map((item, i) => ({
      ...toNewItem(item, `meeting.agenda.${i}`),
      children: item.children.map((child, j) => toNewItem(child, `meeting.agenda.${i}.children.${j}`)),
    })),
    tasks: m.tasks,
  };
}

function toNewItem(item: MeetingFileSubItem, path: string): Omit<NewAgendaItem, 'children'> {
  const { notesMarkdown, notes, ...rest } = item;
  return { ...rest, notes: notesOf(notes, notesMarkdown, path) };
}

function notesOf(notes: NotesDocument | null, markdown: string | undefined, path: string): NotesDocument | null {
  if (notes !== null || markdown === undefined) return notes;
  if (markdown.trim() === '') return null;
  try {
    return markdownToNotes(markdown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('validation', `Mötesfilen är ogiltig: fältet "${path}.notesMarkdown" kunde inte läsas (${detail}).`, `${path}.notesMarkdown`);
  }
}

/**
 * Where JSON.parse stopped, in Swedish: its own message is English and names
 * a character offset, which means nothing to someone looking at the file.
 */
export function jsonErrorPlace(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const truncated = 'filen tar slut mitt i innehållet, den verkar vara avkortad';
  if (at && Number(at[1]) >= source.trimEnd().length) return truncated;
  if (at) {
    const offset = Math.min(Number(at[1]), source.length);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `felet finns på rad ${line}, tecken ${column}`;
  }
  if (/end of (JSON )?input/i.test(message)) return truncated;
  const token = /Unexpected token '(.{1,2}?)'/u.exec(message);
  if (token?.[1] !== undefined) return `oväntat tecken ${JSON.stringify(token[1])}`;
  return 'innehållet kunde inte tolkas';
}
