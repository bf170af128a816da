import { useState } from 'react';
import type { Meeting } from '../../shared/model/domain';
import { api } from '../api/client';
import './live-start.css';

interface Props {
  meeting: Meeting;
  frozen: boolean;
  /** Puts the caret in the current item's notes; called before anything is awaited. */
  focusNotes: () => void;
  onOpened: (openedAt: string) => void;
  onClosed: (closedAt: string) => void;
}

/**
 * "Starta mötet" stamps "Mötet öppnades kl. 13.02", "Avsluta mötet" stamps
 * "Mötet avslutades kl. 15.02". The chair speaks as the button is clicked, so
 * the caret is in the notes before the stamp is even asked for; the button is
 * never disabled under the caret's feet (a second click while busy does nothing).
 */
export function MeetingOpenClose({ meeting, frozen, focusNotes, onOpened, onClosed }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const stamp = (channel: 'meetings:open' | 'meetings:close', done: (time: string) => void) => {
    if (busy) return;
    setBusy(true);
    void api[channel]({ meetingId: meeting.id }).then((result) => {
      setBusy(false);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      done('openedAt' in result.value ? result.value.openedAt : result.value.closedAt);
    });
  };

  return (
    <span className="live-open">
      {meeting.openedAt && (
        <span className="live-opened" data-opened-at={meeting.openedAt}>
          Mötet öppnades kl. {meeting.openedAt}
        </span>
      )}
      {meeting.closedAt && (
        <span className="live-closed" data-closed-at={meeting.closedAt}>
          Mötet avslutades kl. {meeting.closedAt}
        </span>
      )}
      {!frozen && !meeting.openedAt && (
        <button
          type="button"
          className="button button-primary live-open-button"
          aria-busy={busy || undefined}
          onClick={() => {
            focusNotes();
            stamp('meetings:open', onOpened);
          }}
        >
          Starta mötet
        </button>
      )}
      {!frozen && meeting.openedAt && !meeting.closedAt && (
        <button
          type="button"
          className="button live-close-button"
          aria-busy={busy || undefined}
          onClick={() => stamp('meetings:close', onClosed)}
        >
          Avsluta mötet
        </button>
      )}
      {error && (
        <span className="live-open-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
