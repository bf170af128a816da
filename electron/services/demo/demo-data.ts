import type { MeetingSummary } from '../../../shared/model/domain';
import type { NewBody, NewMeeting } from '../../../shared/model/new-meeting';
import type { Db } from '../storage/database';
import { createBody } from '../storage/bodies';
import { createMeeting, listMeetings } from '../storage/meetings';
import { lgsBody, lgsMeeting } from './lgs';
import { psnBody, psnPastMeeting, psnUpcomingMeeting } from './psn';

/**
 * Fictional demo content for first start, the CLI's `demo` command and
 * tests. Structured like real minutes; every name is invented.
 */

export interface DemoBody {
  body: NewBody;
  meetings: NewMeeting[];
}

export function demoData(): DemoBody[] {
  const psn = psnBody();
  const lgs = lgsBody();
  return [
    { body: psn, meetings: [psnPastMeeting(psn), psnUpcomingMeeting(psn)] },
    { body: lgs, meetings: [lgsMeeting(lgs)] },
  ];
}

export function demoBodies(): NewBody[] {
  return demoData().map((d) => d.body);
}

export interface SeededDemo {
  bodies: { id: number; shortName: string }[];
  /** The meetings just created, newest first. */
  meetings: MeetingSummary[];
}

/**
 * Adds the demo bodies and meetings in one transaction: either all of it is
 * there afterwards or none. Running it twice adds a second copy.
 */
export function seedDemo(db: Db): SeededDemo {
  return db.transaction((): SeededDemo => {
    const bodies: SeededDemo['bodies'] = [];
    const meetingIds = new Set<number>();
    for (const { body, meetings } of demoData()) {
      const bodyId = createBody(db, body);
      bodies.push({ id: bodyId, shortName: body.shortName });
      for (const meeting of meetings) meetingIds.add(createMeeting(db, bodyId, meeting));
    }
    return { bodies, meetings: listMeetings(db).filter((m) => meetingIds.has(m.id)) };
  })();
}
