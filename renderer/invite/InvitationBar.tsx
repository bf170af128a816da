import { useEffect, useRef, useState } from 'react';
import { invitationOutdated } from '../../shared/calendar/invitation';
import type { Meeting } from '../../shared/model/domain';
import { api } from '../api/client';
import { FormError } from '../components/Field';
import { InfoBanner } from '../components/Banner';
import { ConfirmDialog } from '../review/Dialog';
import { recipientsText, sentDay, sentLabel, whereText } from './invitation-text';
import './invite.css';

type SetMeeting = (update: (meeting: Meeting) => Meeting) => void;

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; lines: string[]; path: string | null }
  | { kind: 'error'; message: string };

/** The invitation's state as stored, after a write: the rest of the meeting is as the view has it. */
async function refreshInvitation(meetingId: number, setMeeting: SetMeeting): Promise<void> {
  const fresh = await api['meetings:get']({ id: meetingId });
  if (fresh.ok) {
    const { invitation, cancelledAt, updatedAt } = fresh.value;
    setMeeting((m) => ({ ...m, invitation, cancelledAt, updatedAt }));
  }
}

/**
 * "Skicka kallelse" (an e-mail draft to everyone called, with the kallelse
 * and a calendar invitation) and "Ställ in mötet …", above the minutes of a
 * meeting not yet held. A cancelled meeting shows a banner with "Återuppta mötet".
 */
export function InvitationBar({
  meeting,
  setMeeting,
  beforeSend,
}: {
  meeting: Meeting;
  setMeeting: SetMeeting;
  beforeSend: () => Promise<void>;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const resumeRef = useRef<HTMLButtonElement>(null);
  const cancelled = meeting.cancelledAt !== null;
  // The button pressed goes away with the banner (or comes with it): focus moves to the one that takes its place.
  const [focusTo, setFocusTo] = useState<'resume' | 'send' | null>(null);
  useEffect(() => {
    const target = focusTo === 'resume' && cancelled ? resumeRef : focusTo === 'send' && !cancelled ? sendRef : null;
    if (target === null) return;
    target.current?.focus();
    setFocusTo(null);
  }, [focusTo, cancelled]);
  // A meeting already held or approved is past inviting to; a cancelled one keeps its banner.
  if (meeting.status === 'approved' || (meeting.openedAt !== null && !cancelled)) return null;

  const busy = state.kind === 'busy';
  const outdated = invitationOutdated(meeting);

  const write = async (cancel: boolean): Promise<string | null> => {
    const result = await api['invite:write']({ meetingId: meeting.id, cancel, overwrite: true });
    if (!result.ok) return result.error.message;
    const { path, opened, recipients, missingEmail } = result.value;
    setState({ kind: 'done', lines: [recipientsText(recipients, missingEmail), whereText(path, opened)], path });
    await refreshInvitation(meeting.id, setMeeting);
    return null;
  };

  const send = async () => {
    if (busy) return;
    setState({ kind: 'busy', what: 'Skriver e-postutkastet …' });
    await beforeSend();
    const error = await write(false);
    if (error !== null) setState({ kind: 'error', message: error });
  };

  const cancelMeeting = async () => {
    setState({ kind: 'busy', what: 'Ställer in mötet …' });
    await beforeSend();
    const marked = await api['meetings:cancel']({ meetingId: meeting.id, cancelled: true });
    if (!marked.ok) {
      setDialogError(marked.error.message);
      setState({ kind: 'idle' });
      return;
    }
    setConfirming(false);
    setFocusTo('resume');
    const error = await write(true);
    if (error !== null) {
      setState({ kind: 'error', message: `Mötet är inställt, men avbokningen kunde inte skrivas. ${error}` });
      await refreshInvitation(meeting.id, setMeeting);
    }
  };

  const resume = async () => {
    setState({ kind: 'busy', what: 'Återupptar mötet …' });
    const result = await api['meetings:cancel']({ meetingId: meeting.id, cancelled: false });
    if (!result.ok) {
      setState({ kind: 'error', message: result.error.message });
      return;
    }
    setState({
      kind: 'done',
      lines: [meeting.invitation ? 'Mötet är återupptaget. Skicka kallelsen igen så att mötet kommer tillbaka i kalendrarna.' : 'Mötet är återupptaget.'],
      path: null,
    });
    setFocusTo('send');
    await refreshInvitation(meeting.id, setMeeting);
  };

  const status = (
    <div className="invite-status" role="status" aria-live="polite">
      {state.kind === 'busy' && <span className="invite-progress">{state.what}</span>}
      {state.kind === 'done' &&
        state.lines.map((line) => (
          <span key={line} className="invite-done" data-invite-path={state.path ?? undefined}>
            {line}
          </span>
        ))}
    </div>
  );

  return (
    <section className="invite-bar" aria-label="Kallelse och inbjudan" data-invite-state={cancelled ? 'cancelled' : outdated ? 'outdated' : meeting.invitation ? 'sent' : 'none'}>
      {cancelled ? (
        <InfoBanner>
          <span className="banner-text invite-cancelled" data-cancelled="true">
            <strong>Inställt.</strong> Mötet ställdes in {sentDay(meeting.cancelledAt!)} och visas som inställt i alla listor.
          </span>
          <button
            ref={resumeRef}
            type="button"
            className="button button-small"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void resume();
            }}
          >
            Återuppta mötet
          </button>
        </InfoBanner>
      ) : (
        <div className="invite-actions">
          <span className="invite-sent">
            {meeting.invitation ? sentLabel(meeting.invitation) : 'Ingen kallelse skickad än'}
            {outdated && <span className="invite-outdated"> – tid eller plats är ändrad sedan dess</span>}
          </span>
          <button
            ref={sendRef}
            type="button"
            className={outdated ? 'button button-small button-primary' : 'button button-small'}
            aria-disabled={busy || undefined}
            onClick={() => void send()}
          >
            {outdated ? 'Skicka ändrad kallelse' : 'Skicka kallelse'}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (busy) return;
              setDialogError(null);
              setConfirming(true);
            }}
          >
            Ställ in mötet …
          </button>
        </div>
      )}
      {status}
      {state.kind === 'error' && <FormError className="invite-error" error={state.message} />}
      {confirming && (
        <ConfirmDialog
          title="Ställ in mötet?"
          lead={
            <>
              Mötet markeras <strong>Inställt</strong> i alla listor. Ett e-postutkast med en avbokning av kalenderinbjudan skrivs
              till alla kallade som har e-postadress; du skickar det från ditt e-postprogram. Mötet kan återupptas senare.
            </>
          }
          confirmLabel="Ställ in mötet"
          busy={busy}
          error={dialogError}
          onConfirm={() => void cancelMeeting()}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
