import { AppError } from '../../shared/ipc/result';
import { draftReviewSending } from '../services/review/send';
import type { Db } from '../services/storage/database';
import { assertMeetingWritable } from '../services/storage/meeting-guards';
import {
  addReviewComment,
  listReviewComments,
  removeReviewComment,
  setReviewCommentDone,
} from '../services/storage/review-comments';
import { listReviewSendings } from '../services/storage/review-sendings';
import type { Handlers } from './dispatch';
import { writeIntoExportDir, type ExporterDeps } from './export-handlers';

/** "Skicka för justering" (the e-mail draft to the reviewers) and the reviewers' comments per item. */
export function reviewRoundHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
  clock: () => Date,
): Pick<Handlers, 'review:send' | 'review:sendings' | 'review:comments' | 'review:addComment' | 'review:setCommentDone' | 'review:removeComment'> {
  return {
    'review:send': async ({ meetingId, reviewers, dueOn, message, overwrite }) => {
      // Approved minutes say so first, whatever the host can do.
      assertMeetingWritable(db, meetingId);
      if (!exporter) throw new AppError('internal', 'E-post för justering kan inte skrivas i den här versionen av programmet.');
      const draft = await draftReviewSending(db, meetingId, { reviewers, dueOn, message }, { printPdf: exporter.printPdf, now: clock() });
      const written = writeIntoExportDir(db, exporter, draft.fileName, draft.data, overwrite === true);
      const sending = draft.record();
      const opened = await exporter.openPath(written.path);
      return { ...written, recipients: draft.recipients.length, missingEmail: draft.missingEmail, opened, sending };
    },
    'review:sendings': ({ meetingId }) => listReviewSendings(db, meetingId),
    'review:comments': ({ meetingId }) => listReviewComments(db, meetingId),
    'review:addComment': ({ meetingId, itemId, author, text }) =>
      addReviewComment(db, meetingId, { itemId, author, text }, clock().toISOString()),
    'review:setCommentDone': ({ meetingId, commentId, done }) =>
      setReviewCommentDone(db, meetingId, commentId, done, clock().toISOString()),
    'review:removeComment': ({ meetingId, commentId }) => removeReviewComment(db, meetingId, commentId, clock().toISOString()),
  };
}
