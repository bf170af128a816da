import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { Db } from '../services/storage/database';
import { getBody } from '../services/storage/bodies';
import { assertNotDatabaseFile } from '../services/storage/protected-files';
import { writeExport } from '../services/export/files';
import { yearCalendarFile } from '../services/export/year-calendar';
import type { ExporterDeps } from './export-handlers';
import type { Handlers } from './dispatch';

/** `calendar:year`: the year's planned meetings as a calendar file in the export folder. */
export function calendarHandlers(db: Db, exporter: ExporterDeps | undefined, clock: () => Date): Pick<Handlers, 'calendar:year'> {
  return {
    'calendar:year': ({ bodyId, year, overwrite }) => {
      if (!exporter) throw new AppError('internal', 'Export finns inte i den här versionen av programmet.');
      const file = yearCalendarFile(getBody(db, bodyId), year, clock());
      // An export folder chosen next to the database must still never reach the database or its backups.
      assertNotDatabaseFile(join(exporter.exportDir, file.fileName), db.name);
      return { ...writeExport(exporter.exportDir, file.fileName, file.ics, overwrite), count: file.count };
    },
  };
}
