import type { Db } from '../services/storage/database';
import type { Handlers } from './dispatch';
import type { ExporterDeps } from './export-handlers';
import { notYet } from './not-yet';

/** The public version ("publicerad"): self-contained HTML or tagged PDF from the checked text. */
export function publicExportHandlers(db: Db, exporter: ExporterDeps | undefined, clock: () => Date): Pick<Handlers, 'export:public'> {
  void db;
  void exporter;
  void clock;
  return { 'export:public': () => notYet() };
}
