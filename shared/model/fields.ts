import type { z } from 'zod';

/**
 * The fields of `value` that an object schema names, in the schema's order,
 * and no others: a stored record narrowed to the shape another part takes (a
 * body's settings, a meeting's header) without restating the field list.
 */
export function fieldsOf<Shape extends z.ZodRawShape, T extends Record<keyof Shape, unknown>>(
  schema: z.ZodObject<Shape>,
  value: T,
): Pick<T, keyof Shape> {
  const picked: Partial<Pick<T, keyof Shape>> = {};
  for (const key of Object.keys(schema.shape) as (keyof Shape)[]) picked[key] = value[key];
  return picked as Pick<T, keyof Shape>;
}
