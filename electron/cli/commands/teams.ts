import { readFileSync, statSync } from 'node:fs';
import { basename, resolve as resolvePath } from 'node:path';
import { createHandlers } from '../../ipc/handlers';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { acquireWriterLock } from '../../services/storage/writer-lock';
import { AppError } from '../../../shared/ipc/result';
import { MAX_IMPORT_BYTES } from '../../../shared/import/source';
import { CONFIDENT_FROM } from '../../../shared/import/teams/match';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { CalledPerson } from '../../../shared/model/called-person';
import { type Options, VERSION, call, databasePath, parseMeetingId, printJson, requireOption } from '../support';

/**
 * `teams`: a Teams attendance report matched to a meeting's called persons,
 * printed as JSON; with `--apply` the confident proposed matches
 * are marked "Med på länk" (one Undo step in the app) and what changed is
 * printed too. Nobody is added as a guest from here: that needs a look.
 */

type Reading = ResponseOf<'teams:read'>;

function readReport(file: string): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('not_found', `Filen ${file} finns inte eller går inte att läsa.`);
  }
  if (size > MAX_IMPORT_BYTES) throw new AppError('validation', 'Filen är för stor för att vara en närvarorapport från Teams.');
  return readFileSync(file);
}

function matchesOf(reading: Reading) {
  const nameOf = (id: number | null) => reading.called.find((p) => p.id === id)?.name ?? null;
  return reading.matches.map((m) => {
    const participant = reading.report.participants[m.index]!;
    return {
      reportName: participant.name,
      name: m.name,
      email: participant.email,
      firstJoin: participant.firstJoin,
      lastLeave: participant.lastLeave,
      personId: m.personId,
      calledName: nameOf(m.personId),
      candidate: m.candidate && { ...m.candidate, calledName: nameOf(m.candidate.personId) },
      confident: isConfident(m),
      conflict: m.conflict,
      arrivedAt: m.arrivedAt,
      leftAt: m.leftAt,
    };
  });
}

function isConfident(m: Reading['matches'][number]): boolean {
  return m.personId !== null && (m.candidate?.confidence ?? 0) >= CONFIDENT_FROM;
}

const brief = (p: CalledPerson) => ({ id: p.id, name: p.name, status: p.attendance.status, arrivedAt: p.attendance.arrivedAt, leftAt: p.attendance.leftAt });

export async function teams(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const file = resolvePath(requireOption(options.file, '--file RAPPORT.csv'));
  const bytes = readReport(file);
  const path = databasePath(options);
  const lock = options.apply ? acquireWriterLock(path) : null;
  try {
    const db = openDatabase(path);
    try {
      const handlers = createHandlers({ db, databasePath: path, version: VERSION });
      const reading = await call(handlers, 'teams:read', { meetingId, fileName: basename(file), contentBase64: bytes.toString('base64') });
      const { participants: _participants, ...report } = reading.report;
      const output: Record<string, unknown> = { meetingId, report, matches: matchesOf(reading) };
      if (options.apply) {
        const applied = await call(handlers, 'teams:apply', {
          meetingId,
          reportStart: reading.report.meetingStart,
          reportEnd: reading.report.meetingEnd,
          matches: reading.matches.filter(isConfident).map((m) => {
            const participant = reading.report.participants[m.index]!;
            return { personId: m.personId!, firstJoin: participant.firstJoin, lastLeave: participant.lastLeave };
          }),
          guests: [],
        });
        output.applied = { marked: applied.marked.map(brief), keptInRoom: applied.keptInRoom.map(brief), unchanged: applied.unchanged.map(brief) };
      }
      printJson(output);
      return 0;
    } finally {
      closeDatabase(db);
    }
  } finally {
    lock?.release();
  }
}
