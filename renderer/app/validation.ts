import type { z } from 'zod';
import { safeParseSwedish } from '../../shared/format/validationMessages';

/** The first Swedish message per field (top-level key of the path). */
export function fieldErrors<K extends string>(schema: z.ZodType, value: unknown, fields: readonly K[]): Partial<Record<K, string>> {
  const parsed = safeParseSwedish(schema, value);
  const errors: Partial<Record<K, string>> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (fields as readonly string[]).includes(field)) {
      errors[field as K] ??= issue.message;
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
