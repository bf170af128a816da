import { attendanceHref, meetingHref, startHref } from '../app/router';

/**
 * The meeting's two faces: the document ("Anteckningar") and the live
 * attendance board ("Närvaro", also Alt+N). Plain links, so a reload or the
 * back button returns to the same one.
 */
export function MeetingTabs({ meetingId, current }: { meetingId: number; current: 'notes' | 'attendance' }) {
  return (
    <div className="meeting-nav">
      <a className="back-link" href={startHref}>
        <span aria-hidden="true">←</span> Alla möten
      </a>
      <nav className="tabs" aria-label="Mötet">
        <a className="tab" href={meetingHref(meetingId)} aria-current={current === 'notes' ? 'page' : undefined}>
          Anteckningar
        </a>
        <a
          className="tab"
          href={attendanceHref(meetingId)}
          aria-current={current === 'attendance' ? 'page' : undefined}
          aria-keyshortcuts="Alt+N"
          title="Närvaro (Alt+N)"
        >
          Närvaro
        </a>
      </nav>
    </div>
  );
}
