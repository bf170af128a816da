import { meetingHref } from '../app/router';

/** "← Till mötet" above a page that works on one meeting (Publicera, Stavningskontroll). */
export function BackToMeeting({ meetingId }: { meetingId: number }) {
  return (
    <div className="meeting-nav">
      <a className="back-link" href={meetingHref(meetingId)}>
        <span aria-hidden="true">←</span> Till mötet
      </a>
    </div>
  );
}
