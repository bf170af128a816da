import { detectSeparator, splitLines, splitRow } from './csv';
import type { TeamsParticipant, TeamsReport } from './schema';
import { parseDuration, parseReportStamp, stampSeconds, type LocalStamp } from './stamps';

/**
 * Reads the attendance report Teams lets the organiser download, in Swedish
 * or English: the newer one in sections ("1. Sammanfattning", "2. Deltagare",
 * "3. Aktiviteter under mötet") or the older one with a row per join and
 * leave ("Fullständigt namn, Användaråtgärd, Tidsstämpel"). The text is
 * already decoded (UTF-16 or UTF-8). A file that is not such a report, or a
 * time that cannot be read, gives a Swedish message and no report at all.
 */

export type TeamsReadOutcome = { ok: true; report: TeamsReport } | { ok: false; message: string };

export const NOT_A_TEAMS_REPORT =
  'Filen ser inte ut som en närvarorapport från Teams. Ladda ned närvarorapporten från mötet i Teams (Närvaro, Ladda ned) och välj den filen.';

type Section = 'summary' | 'participants' | 'activities' | 'none';
type Column = 'name' | 'join' | 'leave' | 'duration' | 'email' | 'upn' | 'role' | 'action' | 'timestamp';
type TableKind = 'participants' | 'intervals' | 'events';

const SECTIONS: [RegExp, Section][] = [
  [/^(\d+\.\s*)?(sammanfattning|summary|meeting summary|mötessammanfattning)$/, 'summary'],
  [/^(\d+\.\s*)?(deltagare|participants)$/, 'participants'],
  [/^(\d+\.\s*)?(aktiviteter under mötet|in-meeting activities|in-meeting activity)$/, 'activities'],
];

const COLUMNS: [RegExp, Column][] = [
  [/^(namn|name|fullständigt namn|full name|visningsnamn|display name)$/, 'name'],
  [/^(första anslutning|first join|first join time|anslutningstid|join time|anslöt)$/, 'join'],
  [/^(senaste utloggning|senast lämnade|last leave|last leave time|lämningstid|leave time|lämnade)$/, 'leave'],
  [/^(varaktighet|in-meeting duration|duration|tid i mötet)/, 'duration'],
  [/^(e-post|e-postadress|email|e-mail)$/, 'email'],
  [/^(deltagar-id|participant id)/, 'upn'],
  [/^(roll|role)$/, 'role'],
  [/^(användaråtgärd|user action|åtgärd|action)$/, 'action'],
  [/^(tidsstämpel|timestamp)$/, 'timestamp'],
];

const SUMMARY_KEYS: [RegExp, 'title' | 'start' | 'end'][] = [
  [/^(mötesrubrik|mötets rubrik|mötets titel|meeting title|rubrik|titel|title)$/, 'title'],
  [/^(starttid|start time|meeting start time|mötets starttid|mötet startade)$/, 'start'],
  [/^(sluttid|end time|meeting end time|mötets sluttid|mötet slutade)$/, 'end'],
];

const JOINED = /^(joined|anslöt|ansluten|joined before|anslöt före|anslöt innan)$/;
const LEFT = /^(left|lämnade|lämnat)$/;

function key(text: string): string {
  return text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').replace(/:$/, '');
}

function lookup<T>(table: readonly [RegExp, T][], text: string): T | null {
  const k = key(text);
  return table.find(([re]) => re.test(k))?.[1] ?? null;
}

interface Table {
  kind: TableKind;
  columns: Map<Column, number>;
}

interface Row {
  name: string;
  email: string;
  role: string;
  join: LocalStamp | null;
  leave: LocalStamp | null;
  seconds: number | null;
  /** For the older format: whether the row is a join. */
  joined: boolean;
}

class ReportError extends Error {}

function headerOf(cells: readonly string[], section: Section): Table | null {
  const columns = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const column = lookup(COLUMNS, cell);
    if (column !== null && !columns.has(column)) columns.set(column, i);
  });
  if (!columns.has('name')) return null;
  if (columns.has('action') && columns.has('timestamp')) return { kind: 'events', columns };
  if (!columns.has('join') && !columns.has('leave')) return null;
  return { kind: section === 'activities' ? 'intervals' : 'participants', columns };
}

function timeAt(cells: readonly string[], index: number | undefined, line: number): LocalStamp | null {
  const text = index === undefined ? '' : (cells[index] ?? '');
  if (text === '') return null;
  const stamp = parseReportStamp(text);
  if (stamp === null) throw new ReportError(`Rad ${line}: tiden ”${text}” kunde inte läsas. Ingenting har ändrats.`);
  return stamp;
}

function rowOf(table: Table, cells: readonly string[], line: number): Row | null {
  const at = (column: Column) => {
    const i = table.columns.get(column);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const name = at('name');
  if (name === '') return null;
  const email = at('email') || (at('upn').includes('@') ? at('upn') : '');
  const base = { name, email, role: at('role') };
  if (table.kind === 'events') {
    const action = key(at('action'));
    const stamp = timeAt(cells, table.columns.get('timestamp'), line);
    if (stamp === null) throw new ReportError(`Rad ${line}: tidsstämpeln saknas. Ingenting har ändrats.`);
    if (!JOINED.test(action) && !LEFT.test(action)) {
      throw new ReportError(`Rad ${line}: ”${at('action')}” är varken Anslöt eller Lämnade. Ingenting har ändrats.`);
    }
    return { ...base, join: stamp, leave: null, seconds: null, joined: JOINED.test(action) };
  }
  const join = timeAt(cells, table.columns.get('join'), line);
  const leave = timeAt(cells, table.columns.get('leave'), line);
  if (join !== null && leave !== null && leave < join) {
    throw new ReportError(`Rad ${line}: ${name} lämnade mötet före anslutningen. Ingenting har ändrats.`);
  }
  return { ...base, join, leave, seconds: at('duration') === '' ? null : parseDuration(at('duration')), joined: true };
}

/** One person however many times they joined: by e-mail when Teams gave one, else by name. */
function personKey(row: Row): string {
  return row.email !== '' ? `@${row.email.toLowerCase()}` : key(row.name);
}

function between(join: LocalStamp | null, leave: LocalStamp | null): number {
  return join !== null && leave !== null ? Math.max(0, stampSeconds(leave) - stampSeconds(join)) : 0;
}

function summarise(rows: readonly Row[]): TeamsParticipant[] {
  const byKey = new Map<string, TeamsParticipant>();
  for (const row of rows) {
    const k = personKey(row);
    const seconds = row.seconds ?? between(row.join, row.leave);
    const known = byKey.get(k);
    if (!known) {
      byKey.set(k, { name: row.name, email: row.email, role: row.role, firstJoin: row.join, lastLeave: row.leave, seconds });
      continue;
    }
    if (row.join !== null && (known.firstJoin === null || row.join < known.firstJoin)) known.firstJoin = row.join;
    if (row.leave !== null && (known.lastLeave === null || row.leave > known.lastLeave)) known.lastLeave = row.leave;
    known.seconds += seconds;
    if (known.role === '') known.role = row.role;
  }
  return [...byKey.values()];
}

/** The older format: each join paired with the next leave of the same person; one still open closes at the end. */
function intervalsOfEvents(rows: readonly Row[], meetingEnd: LocalStamp | null): Row[] {
  const last = rows.reduce<LocalStamp | null>((m, r) => (r.join !== null && (m === null || r.join > m) ? r.join : m), null);
  const end = meetingEnd ?? last;
  const open = new Map<string, Row>();
  const out: Row[] = [];
  const sorted = [...rows].sort((a, b) => (a.join ?? '').localeCompare(b.join ?? ''));
  for (const row of sorted) {
    const k = personKey(row);
    const pending = open.get(k);
    if (row.joined) {
      if (!pending) open.set(k, { ...row });
      continue;
    }
    // A leave without its join: the person was there from before the report started.
    out.push({ ...(pending ?? { ...row, join: null }), leave: row.join, seconds: null });
    open.delete(k);
  }
  for (const row of open.values()) out.push({ ...row, leave: end !== null && end >= (row.join ?? '') ? end : null, seconds: null });
  return out;
}

export function readTeamsReport(text: string): TeamsReadOutcome {
  try {
    return { ok: true, report: parse(text) };
  } catch (error) {
    if (error instanceof ReportError) return { ok: false, message: error.message };
    throw error;
  }
}

function parse(text: string): TeamsReport {
  const lines = splitLines(text);
  const separator = detectSeparator(lines);
  let section: Section = 'none';
  let table: Table | null = null;
  let title = '';
  let meetingStart: LocalStamp | null = null;
  let meetingEnd: LocalStamp | null = null;
  const rows: Record<TableKind, Row[]> = { participants: [], intervals: [], events: [] };
  for (const [index, line] of lines.entries()) {
    const cells = splitRow(line, separator);
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) {
      table = null;
      continue;
    }
    const heading = filled.length === 1 ? lookup(SECTIONS, filled[0]!) : null;
    if (heading !== null) {
      section = heading;
      table = null;
      continue;
    }
    if (table === null) {
      table = headerOf(cells, section);
      if (table !== null) continue;
      const summaryKey = filled.length >= 2 ? lookup(SUMMARY_KEYS, cells[0] ?? '') : null;
      if (summaryKey === 'title') title = cells[1] ?? '';
      else if (summaryKey !== null) {
        const stamp = parseReportStamp(cells[1] ?? '');
        if (summaryKey === 'start') meetingStart = stamp;
        else meetingEnd = stamp;
      }
      continue;
    }
    const row = rowOf(table, cells, index + 1);
    if (row !== null) rows[table.kind].push(row);
  }
  const format = rows.participants.length === 0 && rows.intervals.length === 0 && rows.events.length > 0 ? 'events' : 'participants';
  const chosen =
    rows.participants.length > 0
      ? rows.participants
      : rows.intervals.length > 0
        ? rows.intervals
        : intervalsOfEvents(rows.events, meetingEnd);
  if (chosen.length === 0) {
    const anyHeader = lines.some((l) => headerOf(splitRow(l, separator), 'none') !== null);
    throw new ReportError(anyHeader ? 'Närvarorapporten innehåller inga deltagare. Ingenting har ändrats.' : NOT_A_TEAMS_REPORT);
  }
  const participants = summarise(chosen).sort((a, b) => (a.firstJoin ?? '').localeCompare(b.firstJoin ?? ''));
  return { format, title: title.slice(0, 500), meetingStart, meetingEnd, participants };
}
