import type { Db } from '../services/storage/database';
import { listReviewSendings } from '../services/storage/review-sendings';
import type { Handlers } from './dispatch';
import type { ExporterDeps } from './export-handlers';
import { notYet } from './not-yet';

/** "Skicka för justering" (the e-mail draft to the reviewers) and the reviewers' comments per item. */
export function reviewRoundHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
  clock: () => Date,
): Pick<Handlers, 'review:send' | 'review:sendings' | 'review:comments' | 'review:addComment' | 'review:setCommentDone' | 'review:removeComment'> {
  void exporter;
  void clock;
  return {
    'review:send': () => notYet(),
    'review:sendings': ({ meetingId }) => listReviewSendings(db, meetingId),
    'review:comments': () => notYet(),
    'review:addComment': () => notYet(),
    'review:setCommentDone': () => notYet(),
    'review:removeComment': () => notYet(),
  };
}
