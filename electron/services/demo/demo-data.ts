import { localDate } from '../../../shared/format/clock';
import type { MeetingSummary } from '../../../shared/model/meeting';
import type { NewBody, NewMeeting } from '../../../shared/model/new-meeting';
import type { Db } from '../storage/database';
import { createBody, listBodies } from '../storage/bodies';
import { createMeeting, listMeetings, type MeetingReview } from '../storage/meetings';
import { lgsBody, lgsMeeting } from './lgs';
import { psnBody, psnPastMeeting, psnPastReview, psnUpcomingMeeting } from './psn';
import { lgsSending, seedDemoSending, type DemoSending } from './sending';

/**
 * Fictional demo content for first start, the CLI's `demo` command and
 * tests. Structured like real minutes; every name is invented.
 */

export interface DemoMeeting {
  meeting: NewMeeting;
  /** "Justerat av" for approved minutes. */
  review?: MeetingReview;
  /** "Skicka för justering" already done, with the minutes as they went out then. */
  sending?: DemoSending;
}

export interface DemoBody {
  body: NewBody;
  /**
   * Seeded in this order, so on a fresh database the ids are: 1 PSN
   * 2026-10-15 (approved), 2 PSN 2026-12-03 (draft), 3 LGS-N 2026-11-12 (review).
   */
  meetings: DemoMeeting[];
}

export function demoData(): DemoBody[] {
  const psn = psnBody();
  const lgs = lgsBody();
  return [
    { body: psn, meetings: [{ meeting: psnPastMeeting(psn), review: psnPastReview() }, { meeting: psnUpcomingMeeting(psn) }] },
    // Sent for justering to the chair, not yet approved.
    {
      body: lgs,
      meetings: [
        {
          meeting: lgsMeeting(lgs),
          review: { reviewers: [{ name: 'Cecilia Hammar', role: 'LGS-N ordförande' }], approvedOn: null },
          sending: lgsSending(),
        },
      ],
    },
  ];
}

export function demoBodies(): NewBody[] {
  return demoData().map((d) => d.body);
}

export interface SeededDemo {
  bodies: { id: number; shortName: string }[];
  /** The demo meetings, newest first. */
  meetings: MeetingSummary[];
}

/**
 * Adds the demo bodies and meetings in one transaction: either all of it is
 * there afterwards or none. A demo body that is already there (same name and
 * short name) is left as it is, so running `demo` again never duplicates it.
 * What it stores is stamped with the caller's clock, `now`.
 */
export function seedDemo(db: Db, now: Date): SeededDemo {
  return db.transaction((): SeededDemo => {
    const at = now.toISOString();
    const existing = listBodies(db, localDate(now));
    const bodies: SeededDemo['bodies'] = [];
    const bodyIds = new Set<number>();
    for (const { body, meetings } of demoData()) {
      const found = existing.find((b) => b.name === body.name && b.shortName === body.shortName);
      const bodyId = found?.id ?? createBody(db, body, at);
      if (!found) {
        for (const { meeting, review, sending } of meetings) {
          const meetingId = createMeeting(db, bodyId, meeting, review, at);
          if (sending) seedDemoSending(db, meetingId, sending, at);
        }
      }
      bodies.push({ id: bodyId, shortName: body.shortName });
      bodyIds.add(bodyId);
    }
    return { bodies, meetings: listMeetings(db).filter((m) => bodyIds.has(m.bodyId)) };
  })();
}
