import type { Attendance } from '../model/called-person';
import type { AttendanceStatus } from '../model/kinds';
import { clockOf } from './when';

/**
 * Attendance as minutes write it, in words: the marker after a name
 * ("(med på länk från 13.50)", "(förhindrad, Per Ek ersätter)"), and the
 * lines under the opening item ("Förhinder: Ulf Ek, Eva Berg (Per Ek
 * ersätter).", "Frånvarande: Sven Ek (hade ej fått kallelsen), Karin Ås
 * efter 13.30 (Lars Ny ersätter)."). Reads back every wording the app's own
 * export uses (shared/format/attendance.ts) and the looser ones people type.
 */

type Marked = Exclude<AttendanceStatus, 'unmarked'>;

const STATUS_WORDS: [RegExp, Marked][] = [
  [/^(?:med|deltar|deltog)\s+(?:på|via)\s+länk\b|^digitalt\b|^på\s+länk\b|^via\s+teams\b|^distans\b/iu, 'remote'],
  [/^(?:förhindrad|förhindrade|förhinder|anmält\s+förhinder)\b/iu, 'excused'],
  [/^(?:frånvarande|ej\s+närvarande|inte\s+närvarande|uteblev)\b/iu, 'absent'],
  [/^närvarande\b/iu, 'present'],
];

const ATTENDING: ReadonlySet<AttendanceStatus> = new Set(['present', 'remote']);

/** The words of one person's attendance: status, times, substitute and note, starting from `base`. */
export function readAttendanceWords(words: string, base: Marked): Attendance {
  const a: Attendance = { status: base, note: '', arrivedAt: null, leftAt: null, substituteName: '', substituteRemote: false, reportedOn: null };
  const notes: string[] = [];
  for (const raw of splitOutside(words, /[,;]/u)) {
    let part = raw.trim().replace(/\.$/u, '');
    if (part === '') continue;
    for (const [pattern, status] of STATUS_WORDS) {
      const m = pattern.exec(part);
      if (m) {
        a.status = status;
        part = part.slice(m[0].length).trim();
        break;
      }
    }
    const substitute = /^(.+?)\s+ersätter(\s+på\s+länk)?(?:\s+dessförinnan)?$/iu.exec(part) ?? /^ersätts\s+av\s+(.+?)(\s+på\s+länk)?$/iu.exec(part);
    if (substitute) {
      a.substituteName = (substitute[1] ?? '').trim();
      a.substituteRemote = substitute[2] !== undefined;
      continue;
    }
    let rest = part;
    rest = rest.replace(/(?:^|\s)(?:från|fr\.?\s*o\.?\s*m\.?)\s+(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)/iu, (_, t: string) => {
      a.arrivedAt = clockOf(t);
      return '';
    });
    rest = rest.replace(/(?:^|\s)(?:till|t\.?\s*o\.?\s*m\.?)\s+(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)/iu, (_, t: string) => {
      a.leftAt = clockOf(t);
      return '';
    });
    // "efter 13.30" is a late arrival (the domain's "delvis"), also on a line of people away:
    // "Frånvarande: X efter 13.30 (Y ersätter)" — X came at 13.30, Y sat in before. "före" is the reverse.
    rest = rest.replace(/(?:^|\s)(?:efter|fr\.o\.m\.)\s+(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)/iu, (_, t: string) => {
      if (!ATTENDING.has(a.status)) a.status = 'present';
      a.arrivedAt = clockOf(t);
      return '';
    });
    rest = rest.replace(/(?:^|\s)(?:före|innan)\s+(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)/iu, (_, t: string) => {
      if (!ATTENDING.has(a.status)) a.status = 'present';
      a.leftAt = clockOf(t);
      return '';
    });
    rest = rest.trim();
    if (rest !== '') notes.push(rest);
  }
  a.note = notes.join(', ').slice(0, 500);
  return a;
}

/** Whether the words in parentheses after a name are attendance (and not an organisation such as "(VGR)"). */
export function isAttendanceWords(words: string): boolean {
  const t = words.trim();
  if (STATUS_WORDS.some(([p]) => p.test(t))) return true;
  if (/\bersätter\b|^ersätts\s+av/iu.test(t)) return true;
  if (/^(?:från|till|efter|före)\s+(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\b/iu.test(t)) return true;
  return /^hade\s+ej\b|^ej\s+kallad/iu.test(t);
}

/**
 * "Namn (ord), Namn2 efter 13.30 (Y ersätter) och Namn3." → each person's
 * name, the words about their attendance, and any other details written
 * with them ("(S)", "Åsby kommun"), which matter only for someone the
 * called list does not have.
 */
export function attendanceEntries(list: string): { name: string; words: string; details: string }[] {
  const text = list.trim().replace(/\.$/u, '');
  if (text === '' || /^(?:inga|ingen|-|–)$/iu.test(text)) return [];
  const parts = splitOutside(text, /[,;]|\s+och\s+/u);
  const entries: { name: string; words: string; details: string }[] = [];
  const add = (entry: { words: string; details: string }, words: string, details: string) => {
    entry.words = [entry.words, words].filter(Boolean).join(', ');
    entry.details = [entry.details, details].filter(Boolean).join(', ');
  };
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const name = NAME_START.exec(part);
    const pieces = splitPieces(name ? part.slice(name[0].length) : part);
    const words = pieces.filter(isAttendanceWords).join(', ');
    const details = pieces.filter((p) => !isAttendanceWords(p)).join(', ');
    if (name) {
      entries.push({ name: name[0].trim(), words, details });
      continue;
    }
    // "Åsby kommun", "hade ej fått kallelsen": more about the person before.
    const last = entries.at(-1);
    if (last) add(last, words, details);
  }
  return entries;
}

/** A name: at least two capitalised words ("Anna Ek", "Carl-Peter von Ahn"). */
const NAME_START = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:von|van|af|de|der|den|la|le|di|da|du|del))?\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|af|de|der|den))*/u;

/** "efter 13.30 (Y ersätter)" → ["efter 13.30", "Y ersätter"]: the text outside and inside parentheses. */
function splitPieces(text: string): string[] {
  const pieces: string[] = [];
  const outside = text.replace(/\(([^()]*)\)/gu, (_, inside: string) => {
    pieces.push(inside.trim());
    return ' ';
  });
  return [outside.trim(), ...pieces].filter((p) => p !== '');
}

/** Splits at the separator where it stands outside parentheses. */
export function splitOutside(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const global = new RegExp(separator.source, 'uy');
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      global.lastIndex = i;
      const m = global.exec(text);
      if (m && m[0].length > 0) {
        out.push(current);
        current = '';
        i += m[0].length;
        continue;
      }
    }
    current += ch;
    i++;
  }
  out.push(current);
  return out;
}

/** The attendance marker of a roster line (in any parentheses after the name), and the line without it. */
export function takeAttendanceMarker(text: string): { text: string; words: string | null } {
  for (const m of text.matchAll(/\s*\(([^()]*)\)/gu)) {
    const words = (m[1] ?? '').trim();
    if (!isAttendanceWords(words)) continue;
    const rest = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`.replace(/\s+,/gu, ',').replace(/[\s.]+$/u, '').trim();
    return { text: rest, words };
  }
  return { text, words: null };
}
