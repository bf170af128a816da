import type { ReviewRecipient } from '../../../shared/model/review-round';
import type { Db } from '../storage/database';
import { recordReviewSending } from '../storage/review-sendings';
import { prepared } from '../storage/sql';

/**
 * The demo's "Skicka för justering": the LGS-N minutes went to the chair a
 * few days after the meeting, and the secretary has reworded a standpoint and
 * a sentence of the notes since, so "Ändringar sedan utskick" shows a real
 * comparison. The minutes as they went out are today's demo text with those
 * wordings put back; today's text is left as it is (other tests read it).
 */
export interface DemoSending {
  sentAt: string;
  dueOn: string;
  recipients: ReviewRecipient[];
  /** Today's wording → the wording that went to the reviewers. */
  wordedThen: { now: string; sent: string }[];
}

export function lgsSending(): DemoSending {
  return {
    sentAt: '2026-11-16T09:14:00.000Z',
    dueOn: '2026-11-23',
    recipients: [{ name: 'Cecilia Hammar', email: 'cecilia.hammar@norrvik.example' }],
    wordedThen: [
      {
        now: 'LGS-N vill delta i arbetet. Förslag på personer från kommunal hälso- och sjukvård samt biståndsenheten prioriteras,',
        sent: 'LGS-N vill gärna delta i arbetet. Förslag på personer från kommunal hälso- och sjukvård prioriteras,',
      },
      {
        now: 'Det ställer stora krav på lagring av materiel och läkemedel och på en krigsorganisation',
        sent: 'Det ställer krav på lagring av läkemedel och på en krigsorganisation',
      },
    ],
  };
}

/** Records the sending of meeting `meetingId` at the seed's moment `at`, keeping the minutes as they were worded when sent. */
export function seedDemoSending(db: Db, meetingId: number, sending: DemoSending, at: string): void {
  const { dueOn, recipients, sentAt } = sending;
  const recorded = recordReviewSending(db, meetingId, { dueOn, recipients, sentAt }, at);
  const row = prepared<{ snapshotJson: string }>(db, 'SELECT snapshot_json AS snapshotJson FROM review_sendings WHERE id = ?').get(recorded.id);
  let snapshot = row?.snapshotJson ?? '';
  for (const { now, sent } of sending.wordedThen) {
    // The wordings are plain words: the same in the JSON as in the text.
    if (!snapshot.includes(now)) throw new Error(`Demodatan saknar texten "${now}".`);
    snapshot = snapshot.replace(now, sent);
  }
  prepared(db, 'UPDATE review_sendings SET snapshot_json = ? WHERE id = ?').run(snapshot, recorded.id);
}
