import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { localDate } from '../../../shared/format/clock';
import { defaultCalendarYear } from '../../../shared/calendar/year-dates';
import { yearCalendarFile } from '../../services/export/year-calendar';
import { writeFileAtomic } from '../../services/export/files';
import { getBody } from '../../services/storage/bodies';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { UsageError, type Options, databasePath, printJson, requireOption, withDatabase } from '../support';

/**
 * `calendar`: the body's planned meetings of a year as one .ics file
 * (METHOD:PUBLISH), as "Spara kalenderfil" in the app writes it. Without
 * --year: the first year after this one with planned dates (see defaultCalendarYear).
 */
export function calendar(options: Options, now = new Date()): number {
  const raw = requireOption(options.body, '--body ID');
  if (!/^\d{1,12}$/.test(raw) || Number(raw) < 1) throw new UsageError(`Ogiltigt organ-id: ${raw}. Ange ett positivt heltal.`);
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new UsageError(`Ogiltigt år: ${options.year}. Ange året med fyra siffror.`);
  const out = resolvePath(requireOption(options.out, '--out FIL.ics'));
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  const body = withDatabase(path, (db) => getBody(db, Number(raw)));
  const year = options.year !== undefined ? Number(options.year) : defaultCalendarYear(body.plannedDates, localDate(now));
  if (year === null) throw new AppError('validation', 'Organet har inga planerade mötesdatum. Lägg till datum under Inställningar.');
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  const file = yearCalendarFile(body, year, now);
  writeFileAtomic(out, file.ics, { overwrite: options.force === true });
  printJson({ file: out, year, count: file.count });
  return 0;
}
