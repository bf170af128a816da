import { archiveContract } from './contract-archive';
import { publicationContract } from './contract-publication';
import { reviewRoundContract } from './contract-review-round';

/** After the meeting: the justering round, the publication check and public version, the archive copy. */
export const afterMeetingContract = {
  ...reviewRoundContract,
  ...publicationContract,
  ...archiveContract,
} as const;
