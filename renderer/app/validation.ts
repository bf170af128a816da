import type { z } from 'zod';

/** Zod's issues as Swedish sentences; the domain schemas carry Swedish messages for formats and rules. */
export function swedishIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return `Texten är för lång (högst ${String(issue.maximum)} tecken).`;
    case 'too_small':
      return issue.message && !/^Too small/i.test(issue.message) ? issue.message : 'Fältet får inte vara tomt.';
    case 'invalid_format':
    case 'custom':
      return issue.message;
    case 'invalid_union':
      for (const branch of issue.errors) {
        const inner = branch.find((i) => i.code === 'invalid_format' || i.code === 'custom');
        if (inner) return inner.message;
      }
      return 'Värdet är inte giltigt.';
    default:
      return 'Värdet är inte giltigt.';
  }
}

/** The first Swedish message per field (top-level key of the path). */
export function fieldErrors<K extends string>(schema: z.ZodType, value: unknown, fields: readonly K[]): Partial<Record<K, string>> {
  const parsed = schema.safeParse(value);
  const errors: Partial<Record<K, string>> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (fields as readonly string[]).includes(field)) {
      errors[field as K] ??= swedishIssue(issue);
    }
  }
  return errors;
}

/**
 * A clock time as the secretary types it, in the stored form "HH.MM":
 * "13:30", "1330" and "9.05" become "13.30", "13.30" and "09.05". Anything
 * else is returned trimmed, for the schema to refuse with its message.
 */
export function normalizeClock(text: string): string {
  const t = text.trim();
  let m = /^(\d{1,2})[.:](\d{2})$/.exec(t);
  if (m) return `${m[1]!.padStart(2, '0')}.${m[2]}`;
  m = /^(\d{1,2})(\d{2})$/.exec(t);
  if (m) return `${m[1]!.padStart(2, '0')}.${m[2]}`;
  return t;
}

/** The local time now as "HH.MM". */
export function clockNow(date = new Date()): string {
  return `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Today's local date as "YYYY-MM-DD". */
export function todayIso(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
