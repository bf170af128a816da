import { parseRosterPaste } from '../roster/paste';
import type { AttendanceStatus } from '../model/kinds';

/** The words minutes use for their parts, folded for comparison ("Närvarande:" → "närvarande"). */
export function labelKey(text: string): string {
  return text
    .toLocaleLowerCase('sv-SE')
    .replace(/[*_]/g, '')
    .replace(/[:.\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Header fields: "Datum: …". The value is what the field of the meeting header is called. */
export const HEADER_LABELS: Record<string, 'date' | 'time' | 'place' | 'meetingForm' | 'called' | 'diaryNumber'> = {
  datum: 'date',
  mötesdatum: 'date',
  tid: 'time',
  tidpunkt: 'time',
  mötestid: 'time',
  mötetid: 'time',
  klockan: 'time',
  plats: 'place',
  lokal: 'place',
  mötesplats: 'place',
  mötesform: 'meetingForm',
  form: 'meetingForm',
  kallade: 'called',
  diarienummer: 'diaryNumber',
  dnr: 'diaryNumber',
  'diarienr': 'diaryNumber',
};

/** Blocks of attendance ("Närvarande", "Förhindrade", "Inbjudna") and what they say of the people in them. */
export const ATTENDANCE_GROUPS: Record<string, { status: Exclude<AttendanceStatus, 'unmarked'>; invitee: boolean }> = {
  närvarande: { status: 'present', invitee: false },
  'närvarande ledamöter': { status: 'present', invitee: false },
  ledamöter: { status: 'present', invitee: false },
  deltagare: { status: 'present', invitee: false },
  'med på länk': { status: 'remote', invitee: false },
  'deltog digitalt': { status: 'remote', invitee: false },
  förhindrade: { status: 'excused', invitee: false },
  förhinder: { status: 'excused', invitee: false },
  'anmält förhinder': { status: 'excused', invitee: false },
  'ej närvarande': { status: 'absent', invitee: false },
  frånvarande: { status: 'absent', invitee: false },
  inbjudna: { status: 'present', invitee: true },
  inbjuden: { status: 'present', invitee: true },
  adjungerade: { status: 'present', invitee: true },
  'övriga närvarande': { status: 'present', invitee: true },
  övriga: { status: 'present', invitee: true },
  gäster: { status: 'present', invitee: true },
};

export type TableLabel = 'field' | 'attendance';

/** What the first cell of a table row says the row is, if it is a label. */
export function tableLabelKind(text: string): TableLabel | null {
  const key = labelKey(text);
  if (key in HEADER_LABELS) return 'field';
  if (key in ATTENDANCE_GROUPS) return 'attendance';
  return null;
}

/** Whether a paragraph reads like a person of a called list, or "Vakant". */
export function looksLikeRosterText(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 200) return false;
  const [row] = parseRosterPaste(t, []);
  if (row?.status !== 'ok' || !row.member) return false;
  // A name is at least two capitalised words ("Anna Ek"); "Politiskt samrådsorgan …" is a subtitle.
  return row.member.vacant || /^\p{Lu}\S*\s+(?:(?:von|van|af|de|der|den|la|le)\s+)?\p{Lu}/u.test(row.member.name);
}
