import { localDate } from '../../../shared/format/clock';
import { AppError } from '../../../shared/ipc/result';
import type { Reviewer } from '../../../shared/model/meeting';
import type { ReviewSending } from '../../../shared/model/review-round';
import type { PdfPrinter } from '../export/pdf-printer';
import { getBody } from '../storage/bodies';
import type { Db } from '../storage/db';
import { assertMeetingWritable } from '../storage/meeting-guards';
import { getMeeting } from '../storage/meetings';
import { setReview } from '../storage/review';
import { recordReviewSending } from '../storage/review-sendings';
import { composeReviewMail, dueOnProblem, type ReviewMail } from './review-mail';

/**
 * "Skicka för justering" for every host: the e-mail draft first, and only
 * once the host has written it, the record — status För justering with these
 * reviewers, and the minutes kept as they went out.
 */

export interface ReviewSendInput {
  reviewers: Reviewer[];
  dueOn: string | null;
  message: string;
}

export interface ReviewSendDraft extends ReviewMail {
  /** Call once the file is on disk: a draft that never got written was never sent. */
  record(): ReviewSending;
}

export async function draftReviewSending(
  db: Db,
  meetingId: number,
  input: ReviewSendInput,
  deps: { printPdf: PdfPrinter; now: Date },
): Promise<ReviewSendDraft> {
  // Approved minutes say so first: they are not sent for justering again.
  assertMeetingWritable(db, meetingId);
  const meeting = getMeeting(db, meetingId);
  const problem = dueOnProblem(input.dueOn, meeting.date, localDate(deps.now));
  if (problem) throw new AppError('validation', problem, 'dueOn');
  const reviewers = input.reviewers.map((r) => ({ name: r.name.trim().replace(/\s+/g, ' '), role: r.role.trim() }));
  const mail = await composeReviewMail(meeting, getBody(db, meeting.bodyId), { ...input, reviewers }, deps);
  const at = deps.now.toISOString();
  return {
    ...mail,
    record: () =>
      db.transaction(() => {
        setReview(db, meetingId, { status: 'review', reviewers, approvedOn: null }, at);
        return recordReviewSending(db, meetingId, { dueOn: input.dueOn, recipients: mail.recipients }, at);
      })(),
  };
}
