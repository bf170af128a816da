import { useState } from 'react';
import { formatLongDate } from '../../shared/format/date';
import { versionLabel, type ArchiveMeeting } from '../../shared/model/archive';
import { meetingHref } from '../app/router';
import { count } from '../app/text';
import { StatusPill } from '../components/StatusPill';
import { CancelledPill } from '../invite/CancelledPill';
import { PreviewDialog } from '../export/ExportMenu';

/**
 * One year's meetings: each opens as the app opens it (approved minutes
 * read-only), and "Visa" shows any of them as printed, without opening it.
 */
export function ArchiveMeetingList({ year, meetings }: { year: number; meetings: ArchiveMeeting[] }) {
  const [shown, setShown] = useState<number | null>(null);
  if (meetings.length === 0) return <p className="muted archive-empty">Inga möten {year}.</p>;
  return (
    <>
      <ul className="archive-meetings">
        {meetings.map((m) => {
          const version = versionLabel(m.version);
          return (
            <li key={m.id} className="archive-meeting" data-archive-meeting={m.id}>
              <a className="archive-meeting-link" href={meetingHref(m.id)} id={`archive-meeting-${m.id}`}>
                <span className="archive-meeting-date">{formatLongDate(m.date)}</span>{' '}
                <span className="archive-meeting-title">{m.title || 'Namnlöst möte'}</span>
              </a>
              <span className="archive-meeting-facts">
                <StatusPill status={m.status} />
                <CancelledPill cancelledAt={m.cancelledAt} />
                {version && <span className="archive-version">{version}</span>}
                <span className="archive-items">{count(m.itemCount, 'punkt', 'punkter')}</span>
              </span>
              <button
                type="button"
                className="button button-quiet button-small archive-show"
                aria-describedby={`archive-meeting-${m.id}`}
                onClick={() => setShown(m.id)}
              >
                Visa
              </button>
            </li>
          );
        })}
      </ul>
      {shown !== null && <PreviewDialog meetingId={shown} onClose={() => setShown(null)} />}
    </>
  );
}
