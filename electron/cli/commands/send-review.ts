import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { sameNameKey } from '../../../shared/model/review-recipients';
import { isoDateSchema } from '../../../shared/model/values';
import { writeFileAtomic } from '../../services/export/files';
import { draftReviewSending } from '../../services/review/send';
import { getMeeting } from '../../services/storage/meetings';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { type Options, UsageError, databasePath, parseMeetingId, printJson, requireOption, withPrintingDatabase } from '../support';

/**
 * `send-review`: the e-mail draft (.eml) that sends the minutes for
 * justering, with the minutes as PDF and "justera senast". Like the app, it
 * sets the status För justering with these reviewers and keeps the minutes
 * as sent, so it takes the writer lock. Prints who it is addressed to and
 * who has no address.
 */
export async function sendReview(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const out = resolvePath(requireOption(options.out, '--out FIL.eml'));
  const dueOn = options.due ?? null;
  if (dueOn !== null && !isoDateSchema.safeParse(dueOn).success) {
    throw new UsageError(`Ogiltigt datum för --due: ${dueOn}. Skriv det som ÅÅÅÅ-MM-DD.`);
  }
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  return withPrintingDatabase(path, async (db, printPdf) => {
    const meeting = getMeeting(db, meetingId);
    const named = options.reviewer ?? [];
    // A name given keeps the role the meeting already has for it ("ordförande").
    const reviewers =
      named.length > 0
        ? named.map((name) => ({ name, role: meeting.reviewers.find((r) => sameNameKey(r.name) === sameNameKey(name))?.role ?? '' }))
        : meeting.reviewers;
    if (reviewers.length === 0 || reviewers.some((r) => r.name.trim() === '')) {
      throw new UsageError('Mötet har inga justerare. Ange vilka med --reviewer "Namn" (en gång per justerare).');
    }
    const draft = await draftReviewSending(db, meetingId, { reviewers, dueOn, message: '' }, { printPdf, now: new Date() });
    writeFileAtomic(out, draft.data, { overwrite: options.force === true });
    const sending = draft.record();
    printJson({ path: out, recipients: draft.recipients, missingEmail: draft.missingEmail, dueOn: sending.dueOn, version: sending.version });
    return 0;
  });
}
