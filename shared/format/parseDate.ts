import {
  MONTH_NAMES,
  WEEKDAY_NAMES,
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isoParts,
  spokenDate,
  startOfWeek,
  toIso,
  weekdayIndex,
} from './calendar';

/**
 * A date as a Swedish secretary types it, read into the stored form
 * "YYYY-MM-DD". Pure: `today` is passed in, so a test (or a meeting typed
 * late at night) always reads the same text the same way.
 *
 * Accepted, upper or lower case, with or without a leading "den", "på" or
 * "senast":
 * - "2026-12-19" (also with / or . between, and one-digit month or day);
 * - "20261219" and "261219" (år-månad-dag, the short form in running text
 *   such as "senast 231210"; six digits are always ÅÅMMDD, never DDMMÅÅ);
 * - "19/12", "19/12 2026", "19/12-26", "19/12/2026", "19.12.2026", "19-12-2026";
 * - "19 dec", "19 december", "19:e december 2026", "19 dec. 26";
 * - "idag", "imorgon", "i övermorgon", "igår", "i förrgår";
 * - "fredag" (the first Friday after today), "nästa fredag" and "fredag nästa
 *   vecka" (Friday in the week after this one), "i fredags" (the last Friday
 *   before today); short names ("fre", "tors") too;
 * - "om 3 dagar", "om en vecka", "om två veckor", "om en månad";
 * - any of the dated forms after a weekday ("fredag 19 december 2026", "fre
 *   19/12"), which must then agree with the date.
 *
 * A day and month without a year follow `yearless`:
 * - 'next': the first such day from today on (deadlines, planned meetings);
 * - 'current': this year (a meeting's own date);
 * - 'nearest': whichever is closest to today, before or after (the day the
 *   minutes were approved, usually just past).
 * Two-digit years are 2000–2099. Years outside 1900–2199 are refused, so a
 * slip of the keyboard cannot store year 61219.
 */

export type YearlessRule = 'next' | 'current' | 'nearest';

export interface DateParseOptions {
  /** Today's date, "YYYY-MM-DD". */
  today: string;
  yearless?: YearlessRule;
}

export type DateParseResult = { ok: true; iso: string } | { ok: false; message: string };

export const DATE_EXAMPLES = 'Skriv till exempel 2026-12-19, 19/12, 19 dec eller nästa fredag.';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const MONTH_WORDS: Record<string, number> = {};
MONTH_NAMES.forEach((name, i) => {
  MONTH_WORDS[name] = i + 1;
  MONTH_WORDS[name.slice(0, 3)] = i + 1;
});
MONTH_WORDS['sept'] = 9;

const WEEKDAY_WORDS: Record<string, number> = {};
WEEKDAY_NAMES.forEach((name, i) => {
  WEEKDAY_WORDS[name] = i;
  WEEKDAY_WORDS[name.slice(0, 3)] = i;
});
WEEKDAY_WORDS['tors'] = 3;

const RELATIVE_DAYS: Record<string, number> = {
  idag: 0,
  'i dag': 0,
  imorgon: 1,
  'i morgon': 1,
  'i övermorgon': 2,
  övermorgon: 2,
  igår: -1,
  'i går': -1,
  'i förrgår': -2,
  förrgår: -2,
};

const COUNT_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6 };

const WEEKDAY = `(${Object.keys(WEEKDAY_WORDS).join('|')})`;
const MONTH = `(${Object.keys(MONTH_WORDS).join('|')})`;

function ok(iso: string): DateParseResult {
  return { ok: true, iso };
}
function fail(message: string): DateParseResult {
  return { ok: false, message };
}

function cleaned(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(senast|den|på|till) /, '')
    .replace(/^(den|på) /, '')
    .replace(/[.,]$/, '');
}

export function parseSwedishDate(text: string, options: DateParseOptions): DateParseResult {
  const t = cleaned(text);
  if (t === '') return fail(`Skriv ett datum. ${DATE_EXAMPLES}`);
  const relative = relativeDate(t, options.today);
  if (relative !== null) return ok(relative);

  // A weekday written before a date ("fredag 19 december 2026") must be that date's weekday.
  const prefixed = new RegExp(`^${WEEKDAY} (.*\\d.*)$`).exec(t);
  if (prefixed) {
    const result = datedForm(prefixed[2]!, options);
    if (!result.ok) return result;
    const said = WEEKDAY_WORDS[prefixed[1]!]!;
    const actual = weekdayIndex(result.iso);
    if (said !== actual) {
      const [, day, month, year] = spokenDate(result.iso).split(' ');
      return fail(`Den ${day} ${month} ${year} är en ${WEEKDAY_NAMES[actual]}, inte en ${WEEKDAY_NAMES[said]}.`);
    }
    return result;
  }
  return datedForm(t, options);
}

/** "idag", "nästa fredag", "om två veckor" …; null when the text is no such phrase. */
function relativeDate(t: string, today: string): string | null {
  const offset = RELATIVE_DAYS[t];
  if (offset !== undefined) return addDays(today, offset);

  let m = new RegExp(`^(nästa )?${WEEKDAY}( nästa vecka)?$`).exec(t);
  if (m) {
    const wanted = WEEKDAY_WORDS[m[2]!]!;
    if (m[1] || m[3]) return addDays(startOfWeek(today), 7 + wanted);
    const ahead = (wanted - weekdayIndex(today) + 7) % 7 || 7;
    return addDays(today, ahead);
  }
  m = new RegExp(`^i ${WEEKDAY}s$`).exec(t);
  if (m) {
    const wanted = WEEKDAY_WORDS[m[1]!]!;
    const back = (weekdayIndex(today) - wanted + 7) % 7 || 7;
    return addDays(today, -back);
  }
  m = /^om (\d{1,3}|en|ett|två|tre|fyra|fem|sex) (dag|dagar|vecka|veckor|månad|månader)$/.exec(t);
  if (m) {
    const count = COUNT_WORDS[m[1]!] ?? Number(m[1]);
    const unit = m[2]!;
    if (unit.startsWith('dag')) return addDays(today, count);
    if (unit.startsWith('veck')) return addDays(today, 7 * count);
    return addMonths(today, count);
  }
  return null;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The forms that name a day: numbers, or a day and a month name. */
function datedForm(t: string, options: DateParseOptions): DateParseResult {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (m) return checked(fullYear(m[1]!), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})(?:(?: ?[-/. ] ?)(\d{4}|\d{2}))?$/.exec(t);
  if (m) return withYear(Number(m[1]), Number(m[3]), m[4], options);
  m = new RegExp(`^(\\d{1,2})(?::[ae])? ?${MONTH}\\.?(?: -?(\\d{4}|\\d{2}))?$`).exec(t);
  if (m) return withYear(Number(m[1]), MONTH_WORDS[m[2]!]!, m[3], options);
  return fail(`Datumet gick inte att läsa. ${DATE_EXAMPLES}`);
}

function withYear(day: number, month: number, yearText: string | undefined, options: DateParseOptions): DateParseResult {
  if (yearText !== undefined) return checked(fullYear(yearText), month, day);
  const problem = monthOrDayProblem(month, day);
  if (problem) return fail(problem);
  return inferYear(day, month, options);
}

function monthOrDayProblem(month: number, day: number): string | null {
  if (month < 1 || month > 12) return `Det finns ingen månad ${month}. ${DATE_EXAMPLES}`;
  if (day < 1) return `Det finns ingen dag ${day}. ${DATE_EXAMPLES}`;
  // 29 februari exists in leap years; only days that exist in no year are wrong here.
  if (day > (month === 2 ? 29 : daysInMonth(2000, month))) return `Den ${day} ${MONTH_NAMES[month - 1]} finns inte.`;
  return null;
}

function checked(year: number, month: number, day: number): DateParseResult {
  const problem = monthOrDayProblem(month, day);
  if (problem) return fail(problem);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`Året ${year} verkar inte stämma. ${DATE_EXAMPLES}`);
  if (day > daysInMonth(year, month)) {
    return fail(`Den ${day} ${MONTH_NAMES[month - 1]} ${year} finns inte${month === 2 && !isLeapYear(year) ? ` (${year} är inget skottår)` : ''}.`);
  }
  return ok(toIso({ year, month, day }));
}

function inferYear(day: number, month: number, { today, yearless = 'next' }: DateParseOptions): DateParseResult {
  const thisYear = isoParts(today).year;
  switch (yearless) {
    case 'current':
      return checked(thisYear, month, day);
    case 'next': {
      // 29 februari waits for the next leap year.
      for (let year = thisYear; year <= thisYear + 8; year++) {
        if (day > daysInMonth(year, month)) continue;
        const iso = toIso({ year, month, day });
        if (iso >= today) return ok(iso);
      }
      return checked(thisYear, month, day);
    }
    case 'nearest': {
      const candidates = [thisYear - 1, thisYear, thisYear + 1]
        .filter((year) => day <= daysInMonth(year, month))
        .map((year) => toIso({ year, month, day }));
      if (candidates.length === 0) return checked(thisYear, month, day);
      candidates.sort((a, b) => Math.abs(daysBetween(today, a)) - Math.abs(daysBetween(today, b)));
      return ok(candidates[0]!);
    }
    default: {
      const never: never = yearless;
      return never;
    }
  }
}
