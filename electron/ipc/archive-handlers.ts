import type { Db } from '../services/storage/database';
import { listIssuedFiles } from '../services/storage/issued-files';
import type { Handlers } from './dispatch';
import type { ExporterDeps } from './export-handlers';
import { notYet } from './not-yet';

/** "Arkivera" (the archive folder of approved minutes) and "Kontrollera en PDF". */
export function archiveHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
  clock: () => Date,
): Pick<Handlers, 'archive:write' | 'archive:issued' | 'archive:verify'> {
  void exporter;
  void clock;
  return {
    'archive:write': () => notYet(),
    'archive:issued': ({ meetingId }) => listIssuedFiles(db, meetingId),
    'archive:verify': () => notYet(),
  };
}
