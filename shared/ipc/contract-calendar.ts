import { z } from 'zod';
import { idSchema } from '../model/values';
import { archiveYearNumberSchema } from '../model/archive';

/**
 * Channels for the body's year of meetings. Plain channel specs, spread
 * into the contract: a file written into the export folder changes nothing
 * in the database, so it is not a write.
 */
export const calendarContract = {
  /**
   * "Spara kalenderfil för 2027": every planned meeting of the year in one
   * .ics (METHOD:PUBLISH) in the export folder. An existing file is replaced
   * only with `overwrite: true`; else error 'conflict'.
   */
  'calendar:year': {
    request: z.strictObject({ bodyId: idSchema, year: archiveYearNumberSchema, overwrite: z.boolean() }),
    response: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int().nonnegative(), count: z.number().int().nonnegative() }),
    writes: false,
  },
} as const;
