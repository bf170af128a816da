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
  const a: Attendance = { status: base, note: '', arrivedAt: null, leftAt: null, substituteName: '', substituteRemote: false };
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
    rest = rest.replace(/(?:^|\s)(?:efter|fr\.o\.m\.)\s+(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)/iu, (_, t: string) => {
      // "efter 13.30": on a line of people who were there, they came then; of people away, they were away from then.
      if (ATTENDING.has(a.status)) a.arrivedAt = clockOf(t);
      else {
        a.status = 'present';
        a.leftAt = clockOf(t);
      }
      return '';
    });
    rest = rest.replace(/(?:^|\s)(?:före|innan)\s+(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)/iu, (_, t: string) => {
      if (ATTENDING.has(a.status)) a.leftAt = clockOf(t);
      else {
        a.status = 'present';
        a.arrivedAt = clockOf(t);
      }
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

/** "Namn (ord), Namn2 efter 13.30 (Y ersätter) och Namn3." → each person's name and the words about them. */
export function attendanceEntries(list: string): { name: string; words: string }[] {
  const text = list.trim().replace(/\.$/u, '');
  if (text === '' || /^(?:inga|ingen|-|–)$/iu.test(text)) return [];
  const parts = splitOutside(text, /[,;]|\s+och\s+/u);
  const entries: { name: string; words: string }[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const paren = /\(([^()]*)\)\s*$/u.exec(part);
    const outside = (paren ? part.slice(0, paren.index) : part).trim();
    const name = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|af|de|der|den|la|le|di|da|du|del))*)(.*)$/u.exec(outside);
    if (!name) {
      // A word such as "hade ej fått kallelsen" without a name: it belongs to the person before.
      const last = entries.at(-1);
      if (last) last.words = [last.words, part].filter(Boolean).join(', ');
      continue;
    }
    const words = [(name[2] ?? '').trim(), paren?.[1]?.trim() ?? ''].filter(Boolean).join(', ');
    entries.push({ name: (name[1] ?? '').trim(), words });
  }
  return entries;
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

/** The attendance marker at the end of a roster line, and the line without it. */
export function takeAttendanceMarker(text: string): { text: string; words: string | null } {
  const m = /\s*\(([^()]*)\)\s*\.?$/u.exec(text);
  if (m && isAttendanceWords(m[1] ?? '')) return { text: text.slice(0, m.index).trim(), words: (m[1] ?? '').trim() };
  // "Anna Ek (förhindrad), Kustregionen": the marker right after the name.
  const after = /^([^(]*?)\s*\(([^()]*)\)(.*)$/u.exec(text);
  if (after && isAttendanceWords(after[2] ?? '')) return { text: `${after[1] ?? ''}${after[3] ?? ''}`.trim(), words: (after[2] ?? '').trim() };
  return { text, words: null };
}
