import type { Db } from '../services/storage/database';
import type { Handlers } from './dispatch';
import type { ExporterDeps } from './export-handlers';
import { notYet } from './not-yet';

/** "Ändringar sedan utskick": per item, today's text compared word by word with what went to the reviewers. */
export function reviewChangesHandlers(db: Db, exporter: ExporterDeps | undefined): Pick<Handlers, 'review:changes' | 'export:changes'> {
  void db;
  void exporter;
  return {
    'review:changes': () => notYet(),
    'export:changes': () => notYet(),
  };
}
