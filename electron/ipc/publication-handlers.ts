import type { Db } from '../services/storage/database';
import type { Handlers } from './dispatch';
import { notYet } from './not-yet';

/** The publication check: personal data in the minutes, and keep / remove / rewrite for each finding. */
export function publicationHandlers(db: Db, clock: () => Date): Pick<Handlers, 'publication:check' | 'publication:decide'> {
  void db;
  void clock;
  return {
    'publication:check': () => notYet(),
    'publication:decide': () => notYet(),
  };
}
