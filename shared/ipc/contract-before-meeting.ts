import { attachmentsContract } from './contract-attachments';
import { calendarContract } from './contract-calendar';
import { inviteContract } from './contract-invite';
import { kallelseContract } from './contract-kallelse';

/** Before the meeting: the kallelse, bilagor and handlingar, the invitation, the year's dates. */
export const beforeMeetingContract = {
  ...kallelseContract,
  ...attachmentsContract,
  ...calendarContract,
  ...inviteContract,
} as const;
