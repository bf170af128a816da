import { labelKey } from './words';

/**
 * The line patterns of Swedish minutes the recogniser knows, each a small
 * pure function of a line's text. Kept apart from the walk over the lines
 * (classify.ts), so each can be tested and grown on its own.
 */

/** "4. Rubrik", "4) Rubrik", "§ 4 Rubrik", "Punkt 4: Rubrik": the item's number and the rest. */
export function numberedItem(text: string): { number: number; title: string } | null {
  const m = /^(?:§\s*|punkt\s+)?(\d{1,2})\s*(?:[.):]\s*|\s+)(?=\S)(.*)$/iu.exec(text);
  if (!m) return null;
  const title = (m[2] ?? '').trim();
  // "2,5 %" or "10 000 kr" are not items; a title starts with a letter.
  if (!/^[\p{L}"'”“(«]/u.test(title)) return null;
  return { number: Number(m[1]), title };
}

/** "a) Rubrik", "a. Rubrik", "(a) Rubrik": the sub-item's letter and the rest. */
export function letteredItem(text: string): { letter: string; title: string } | null {
  const m = /^\(?([a-hj-zåäö])[).]\s+(\S.*)$/u.exec(text);
  if (!m) return null;
  return { letter: m[1] ?? '', title: (m[2] ?? '').trim() };
}

/** The letter after `letter` ("a" → "b"); sub-items run a), b), c) … */
export function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

/** "Datum: 23 november 2023" → the label and the value (also for labels in a table row joined with a space). */
export function labelled(text: string): { label: string; value: string } | null {
  const m = /^([\p{L} /&-]{2,40}?)\s*:\s*(.*)$/su.exec(text);
  if (!m) return null;
  return { label: labelKey(m[1] ?? ''), value: (m[2] ?? '').trim() };
}

const PAGE_NUMBER = /^(?:sida\s+)?\d{1,3}(?:\s*\(\s*\d{1,3}\s*\)|\s+(?:av|of)\s+\d{1,3}|\s*\/\s*\d{1,3})?$/iu;

/** "Sida 2 av 5", "2 (5)", "3": a page number, not text of the minutes. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** "Dagordning", "Agenda", "Föredragningslista". */
export function isAgendaHeading(text: string): boolean {
  return ['dagordning', 'agenda', 'föredragningslista', 'program'].includes(labelKey(text));
}

const KIND_WORDS =
  /^(?:information\s*(?:&|och)\s*dialog|information\s*(?:&|och)\s*diskussion|information|dialog|diskussion|beslut|ställningstagande|för\s+(?:information|dialog|beslut|kännedom|ställningstagande))\b/iu;

/** "Information & dialog (40 minuter, bilaga)", "Beslut (10 min)", "Dialog". */
export function isKindLine(text: string): boolean {
  const t = text.trim().replace(/[.:]$/u, '');
  if (t.length > 90 || !KIND_WORDS.test(t)) return false;
  const rest = t.replace(KIND_WORDS, '').trim();
  return rest === '' || /^[(,–-]/u.test(rest);
}

/** "Föredragande: …", "Föredragare: …", "Presentatör: …". */
export function presentersValue(text: string): string | null {
  const m = /^(?:föredragande|föredragare|föredrar|presentatör|presentatörer|presenteras av|ansvarig)\s*:\s*(.*)$/isu.exec(text);
  return m ? (m[1] ?? '').trim() : null;
}

/** "Gäster: …", "Gäst: …", "Inbjudna gäster: …". */
export function guestsValue(text: string): string | null {
  const m = /^(?:gäster|gäst|inbjudna gäster|inbjuden gäst|inbjudna till punkten|medverkande)\s*:\s*(.*)$/isu.exec(text);
  return m ? (m[1] ?? '').trim() : null;
}

/** "Ställningstagande: …" (also "Ställningstaganden", with or without the colon): the rest, possibly empty. */
export function standpointValue(text: string): string | null {
  const m = /^(?:ställningstagande|ställningstaganden|ställningstagandet)\s*(?::\s*|\s+-\s+|$)(.*)$/isu.exec(text.trim());
  return m ? (m[1] ?? '').trim() : null;
}

/** The labels of attendance written as lines, and the status each gives the people after it. */
export const ATTENDANCE_LINE_LABELS: Record<string, 'remote' | 'present' | 'excused' | 'absent' | 'invitee'> = {
  'med på länk': 'remote',
  'med via länk': 'remote',
  'deltar på länk': 'remote',
  'deltog på länk': 'remote',
  'deltog digitalt': 'remote',
  'digitalt deltagande': 'remote',
  'på länk': 'remote',
  'del av mötet': 'present',
  närvarande: 'present',
  förhinder: 'excused',
  förhindrade: 'excused',
  förhindrad: 'excused',
  'anmält förhinder': 'excused',
  'anmälda förhinder': 'excused',
  frånvarande: 'absent',
  'ej närvarande': 'absent',
  inbjudna: 'invitee',
  'inbjudna gäster': 'invitee',
  adjungerade: 'invitee',
};

/** "Med på länk: Dan Nyberg." → the label's status and the list after it. */
export function attendanceLineValue(text: string): { status: (typeof ATTENDANCE_LINE_LABELS)[string]; value: string } | null {
  const l = labelled(text);
  if (!l) return null;
  const status = ATTENDANCE_LINE_LABELS[l.label];
  return status === undefined ? null : { status, value: l.value };
}

/** "Vid anteckningarna", "Vid anteckningen", "Vid protokollet", "Sekreterare:"; the rest of the line, if any. */
export function secretaryStart(text: string): string | null {
  const m = /^(?:vid\s+(?:anteckningarna|anteckningen|anteckning|protokollet|pennan|tangentbordet)|antecknat av|antecknare|sekreterare)\s*:?\s*(.*)$/isu.exec(text.trim());
  return m ? (m[1] ?? '').trim() : null;
}

/** "Justerat av", "Justeras", "Justerat 2023-12-05", "Justerare:"; the rest of the line, if any. */
export function reviewerStart(text: string): string | null {
  const m = /^(?:justerat|justeras|justerare|justering|justerad|justerande)(?:\s+av)?\s*:?\s*(.*)$/isu.exec(text.trim());
  return m ? (m[1] ?? '').trim() : null;
}

/** "Sammanfattning …": the item that repeats the meeting's standpoints. */
export function isSummaryTitle(title: string): boolean {
  return /^sammanfattning\b/iu.test(title.trim());
}

/** A bare web or mail address. */
export function isBareUrl(text: string): boolean {
  return /^(?:https?:\/\/|www\.|mailto:)\S+$/iu.test(text.trim());
}
