import { Fragment, useId } from 'react';
import type { TaskListEntry } from '../../shared/model/task-list';
import { meetingHref } from '../app/router';
import { deadlineText, givenUnderText, meetingLinkText, statusText } from './taskListModel';

/** One task of "Uppdrag": what, who, by when, where it was given and followed up, and "Markera klar". */
export function TaskListRow({
  entry,
  pending,
  error,
  onToggle,
}: {
  entry: TaskListEntry;
  pending: boolean;
  error: string | undefined;
  onToggle: (entry: TaskListEntry) => void;
}) {
  const whatId = useId();
  const errorId = useId();
  const under = givenUnderText(entry);
  const state = entry.status === 'done' ? 'done' : entry.overdue ? 'overdue' : 'open';
  return (
    <li className={`tasklist-row is-${state}`} data-task-id={entry.taskId} data-status={entry.status}>
      <p id={whatId} className="tasklist-what">
        {entry.what}
      </p>
      <dl className="tasklist-facts">
        <div>
          <dt>Ansvarig</dt>
          <dd>{entry.owner || 'Ingen angiven'}</dd>
        </div>
        <div>
          <dt>Klart senast</dt>
          <dd>{deadlineText(entry.deadline)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`tasklist-status-tag is-${state}`}>{statusText(entry)}</span>
          </dd>
        </div>
        <div>
          <dt>Organ</dt>
          <dd>{entry.body.shortName}</dd>
        </div>
        <div className="tasklist-fact-wide">
          <dt>Gavs</dt>
          <dd>
            <a href={meetingHref(entry.givenIn.meetingId)}>{meetingLinkText(entry.givenIn)}</a>
            {under && `, ${under}`}
          </dd>
        </div>
        <div className="tasklist-fact-wide">
          <dt>Följdes upp</dt>
          <dd>
            {entry.followedUpIn.length === 0
              ? 'Inte ännu'
              : entry.followedUpIn.map((m, i) => (
                  <Fragment key={m.meetingId}>
                    {i > 0 && ', '}
                    <a href={meetingHref(m.meetingId)}>{meetingLinkText(m)}</a>
                  </Fragment>
                ))}
          </dd>
        </div>
      </dl>
      <div className="tasklist-actions">
        <button
          type="button"
          className="button button-small"
          aria-describedby={error ? `${whatId} ${errorId}` : whatId}
          aria-disabled={pending || undefined}
          onClick={() => onToggle(entry)}
        >
          {entry.status === 'open' ? 'Markera klar' : 'Öppna igen'}
        </button>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
