import type { Db } from '../services/storage/database';
import { getBody } from '../services/storage/bodies';
import { yearCalendarFile } from '../services/export/year-calendar';
import { noExporter, writeIntoExportDir, type ExporterDeps } from './export-handlers';
import type { Handlers } from './dispatch';

/** `calendar:year`: the year's planned meetings as a calendar file in the export folder. */
export function calendarHandlers(db: Db, exporter: ExporterDeps | undefined, clock: () => Date): Pick<Handlers, 'calendar:year'> {
  return {
    'calendar:year': ({ bodyId, year, overwrite }) => {
      if (!exporter) return noExporter();
      const file = yearCalendarFile(getBody(db, bodyId), year, clock());
      return { ...writeIntoExportDir(db, exporter, file.fileName, file.ics, overwrite), count: file.count };
    },
  };
}
