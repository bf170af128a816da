import type { Meeting } from '../../shared/model/domain';
import { liveHref } from '../app/router';
import './live-start.css';

/**
 * "Starta mötet i liveläge" in the meeting view: live mode in plain sight,
 * not only behind Alt+L. Once the meeting has been opened it leads back there.
 */
export function LiveStart({ meeting }: { meeting: Meeting }) {
  if (meeting.status === 'approved') return null;
  const label = !meeting.openedAt
    ? 'Starta mötet i liveläge'
    : meeting.closedAt
      ? `Liveläge (mötet avslutades kl. ${meeting.closedAt})`
      : 'Tillbaka till liveläget';
  return (
    <div className="live-start">
      <a className="button live-start-button" href={liveHref(meeting.id)} aria-keyshortcuts="Alt+L" data-live-start="">
        <span className="live-dot" aria-hidden="true" />
        {label}
        <kbd aria-hidden="true">Alt+L</kbd>
      </a>
    </div>
  );
}
