import type { MeetingSummary } from '../../shared/model/domain';
import type { PastedCalledPerson } from '../../shared/model/attendance';
import { PASTE_REASONS, type PastedMark, type PastedRosterRow } from '../../shared/roster/paste';
import { joinSwedish } from '../app/text';

/**
 * A pasted "Kallade" list carries attendance for a meeting ("(förhindrad)"),
 * which the roster has no place for. These helpers decide which meeting it
 * belongs to and what the dialog says about it.
 */

/** Where pasted members go: the category's printed side and name. */
export interface PasteCategory {
  key: string;
  label: string;
  side: string;
  name: string;
}

/** A body without categories gets one, without a side: the usual heading of a flat list. */
export const DEFAULT_CATEGORY: PasteCategory = { key: 'ny-kategori', label: 'Ledamöter (ny kategori)', side: '', name: 'Ledamöter' };

const MARK_WORDS: Record<PastedMark, [one: string, many: string]> = {
  excused: ['förhindrad', 'förhindrade'],
  absent: ['frånvarande', 'frånvarande'],
  remote: ['med på länk', 'med på länk'],
  present: ['närvarande', 'närvarande'],
};

export function markWord(mark: PastedMark): string {
  return MARK_WORDS[mark][0];
}

/**
 * The rows whose people belong on the meeting's called list: those added to
 * the roster, and those already in it (their marks still count). A name
 * repeated in the paste counts once; a vacant seat is nobody.
 */
export function rowsForMeeting(rows: readonly PastedRosterRow[]): PastedRosterRow[] {
  return rows.filter(
    (row) =>
      row.member !== undefined &&
      !row.member.vacant &&
      (row.status === 'ok' || (row.status === 'duplicate' && row.reason === PASTE_REASONS.existing)),
  );
}

/** "2 som förhindrade och 1 som med på länk", or '' without marks. */
export function marksSummary(rows: readonly PastedRosterRow[]): string {
  const counts = new Map<PastedMark, number>();
  for (const row of rows) if (row.mark) counts.set(row.mark, (counts.get(row.mark) ?? 0) + 1);
  const order: PastedMark[] = ['excused', 'absent', 'remote', 'present'];
  return joinSwedish(
    order.filter((m) => counts.has(m)).map((m) => {
      const n = counts.get(m)!;
      return `${n} som ${MARK_WORDS[m][n === 1 ? 0 : 1]}`;
    }),
  );
}

/**
 * The meetings a list can be for: not yet approved, the next one first (the
 * earliest on or after today), then the others by date, nearest first.
 */
export function meetingsForList(meetings: readonly MeetingSummary[], today: string): MeetingSummary[] {
  const open = meetings.filter((m) => m.status !== 'approved');
  const coming = open.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = open.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  return [...coming, ...past];
}

/** The pasted people as the meeting's called list takes them, with their marks. */
export function pastedCalled(rows: readonly PastedRosterRow[], category: PasteCategory): PastedCalledPerson[] {
  return rows.map((row) => ({
    name: row.member!.name,
    party: row.member!.party,
    organisation: row.member!.organisation,
    title: row.member!.title,
    role: row.member!.role,
    sideName: category.side,
    categoryName: category.name,
    status: row.mark ?? 'unmarked',
    email: row.member!.email,
  }));
}
