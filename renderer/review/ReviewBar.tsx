import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Body, Meeting, MeetingStatus, MeetingVersion, Reviewer } from '../../shared/model/domain';
import type { ReviewSending } from '../../shared/model/review-round';
import { formatLongDate } from '../../shared/format/date';
import { localClock, localDate } from '../../shared/format/clock';
import { api } from '../api/client';
import { useLoad } from '../app/useLoad';
import { versionHref } from '../app/router';
import { invalidFields } from '../app/invalidFields';
import { StatusPill } from '../components/StatusPill';
import { editState } from '../agenda/editState';
import { DialogField } from '../components/DialogField';
import { CloseActions, Dialog, FormDialog } from './Dialog';
import { ApproveDialog } from './ApproveDialog';
import { FormError } from '../components/Field';
import { LiveText } from '../components/LiveText';
import { SendForReviewDialog, type ReviewSent } from './SendForReviewDialog';
import { SentForReview, sentResultLines } from './SentForReview';

export interface ReviewChange {
  status: MeetingStatus;
  reviewers: Reviewer[];
  approvedOn: string | null;
  version: number;
}

interface Props {
  meeting: Meeting;
  /** For the reviewers' addresses in the roster; null: not read. */
  body?: Body | null;
  /** Lets every pending change land before the status changes. */
  beforeChange: () => Promise<void>;
  onChanged: (change: ReviewChange) => void;
  onUnlocked: (version: number) => void;
  /** How many called persons are unmarked, with "Markera övriga som närvarande", at sending and at approval. */
  attendanceNotice?: (where: 'review' | 'approve') => ReactNode;
}

type Open = null | 'send' | 'approve' | 'unlock' | 'versions';

/** What a screen reader hears once the status has changed. */
const STATUS_SAID: Record<MeetingStatus, string> = {
  draft: 'Mötesanteckningen är ett utkast igen.',
  review: 'Mötesanteckningen är skickad för justering.',
  approved: 'Mötesanteckningen är markerad som justerad.',
};

/**
 * The version just unlocked here. The meeting view is drawn anew for the new
 * version, this bar with it, so the wish to land on its actions outlives the
 * old bar.
 */
let unlockedVersion: { meetingId: number; version: number } | null = null;

/** The status change a button makes: a draft goes for review (through the e-mail dialog), minutes under review back to draft at once. */
function statusStep(status: MeetingStatus): { to: MeetingStatus; label: string; className: string } | null {
  switch (status) {
    case 'draft':
      return { to: 'review', label: 'Skicka för justering', className: 'button button-small button-primary' };
    case 'review':
      return { to: 'draft', label: 'Tillbaka till utkast', className: 'button button-small button-quiet' };
    case 'approved':
      return null;
    default: {
      const never: never = status;
      return never;
    }
  }
}

/**
 * Justering, always in sight at the top of the meeting: the status (Utkast /
 * För justering / Justerad) and what can be done next.
 */
export function ReviewBar({ meeting, body = null, beforeChange, onChanged, onUnlocked, attendanceNotice }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [sending, setSending] = useState<ReviewSending | null>(null);
  // What the last "Skapa e-post" did: who got it, who has no address, where the file is.
  const [sentLines, setSentLines] = useState<string[]>([]);
  useLoad(
    async (active) => {
      const r = await api['review:sendings']({ meetingId: meeting.id });
      if (active() && r.ok) setSending(r.value[0] ?? null);
    },
    [meeting.id, meeting.version],
  );
  const actionsRef = useRef<HTMLDivElement>(null);
  // The button pressed is gone with the old status: focus goes on to the next step, not to the page.
  const focusActions = useRef(false);
  useEffect(() => {
    if (unlockedVersion?.meetingId === meeting.id && unlockedVersion.version === meeting.version) {
      unlockedVersion = null;
      focusActions.current = true;
      setSaid(`Upplåst. Version ${meeting.version} är ett utkast.`);
    }
    if (!focusActions.current) return;
    focusActions.current = false;
    const actions = actionsRef.current;
    (actions?.querySelector<HTMLElement>('.button-primary') ?? actions?.querySelector<HTMLElement>('button'))?.focus();
  }, [meeting.id, meeting.status, meeting.version]);

  const setStatus = async (status: MeetingStatus, reviewers: Reviewer[], approvedOn: string | null) => {
    // Approved minutes cannot be changed: a value still waiting to be fixed would be lost without a word.
    const waiting = invalidFields.list().find((f) => new RegExp(`^#/meeting/${meeting.id}(/|$)`).test(f.href));
    if (status === 'approved' && waiting) {
      return `Fältet ${waiting.label} har ett värde som inte är sparat. Rätta det innan mötesanteckningen markeras som justerad.`;
    }
    setBusy(true);
    setError(null);
    await beforeChange();
    const result = await editState.track('review', api['review:set']({ meetingId: meeting.id, status, reviewers, approvedOn }), (r) =>
      r.ok ? '' : r.error.message,
    );
    setBusy(false);
    if (!result.ok) {
      // Told where it happened (the dialog or under the bar), not as a lasting save error.
      editState.clear('review');
      setError(result.error.message);
      return result.error.message;
    }
    focusActions.current = true;
    setSaid(STATUS_SAID[result.value.status]);
    onChanged(result.value);
    return null;
  };

  const step = statusStep(meeting.status);
  // The next step is the primary one: a draft goes for review first, minutes under review get approved.
  const approveClass = `button button-small${meeting.status === 'review' ? ' button-primary' : ''}`;
  const approvedText =
    meeting.status === 'approved' && meeting.approvedOn ? `Justerad ${formatLongDate(meeting.approvedOn)}` : null;

  return (
    <div className="review-bar" role="region" aria-label="Justering" data-review-status={meeting.status}>
      <div className="review-state">
        <StatusPill status={meeting.status} />
        <span className="review-version">Version {meeting.version}</span>
        {approvedText && <span className="review-approved muted">{approvedText}</span>}
      </div>
      <div className="review-actions" ref={actionsRef}>
        {step && (
          <button
            type="button"
            className={step.className}
            disabled={busy}
            onClick={() => {
              if (step.to === 'review') {
                setError(null);
                setOpen('send');
              } else {
                setSentLines([]);
                void setStatus(step.to, meeting.reviewers, null);
              }
            }}
          >
            {step.label}
          </button>
        )}
        {meeting.status === 'review' && (
          // A corrected text or a new day to answer by goes out again; the comparison then starts from this sending.
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => setOpen('send')}>
            Skicka igen …
          </button>
        )}
        {meeting.status !== 'approved' && (
          <button type="button" className={approveClass} disabled={busy} onClick={() => setOpen('approve')}>
            Markera som justerad
          </button>
        )}
        {meeting.status === 'approved' && (
          <button type="button" className="button button-small" onClick={() => setOpen('unlock')}>
            Lås upp
          </button>
        )}
        {meeting.version > 1 && (
          <button type="button" className="button button-small button-quiet" onClick={() => setOpen('versions')}>
            Versioner
          </button>
        )}
      </div>
      {meeting.status === 'review' && sending && <SentForReview sending={sending} lines={sentLines} />}
      {meeting.status !== 'approved' && attendanceNotice?.('review')}
      {error && open === null && <FormError className="review-error" error={error} />}
      {open === 'send' && (
        <SendForReviewDialog
          meeting={meeting}
          body={body}
          notice={attendanceNotice?.('review')}
          beforeSend={beforeChange}
          onClose={() => setOpen(null)}
          onSent={(sent: ReviewSent) => {
            setSending(sent.sending);
            setSentLines(sentResultLines(sent));
            // From a draft the button pressed is gone; a resend leaves focus on "Skicka igen …", where the dialog returns it.
            if (meeting.status !== 'review') focusActions.current = true;
            setSaid(STATUS_SAID.review);
            onChanged({ status: 'review', reviewers: sent.reviewers, approvedOn: null, version: sent.sending.version });
            setOpen(null);
          }}
        />
      )}
      {open === 'approve' && (
        <ApproveDialog
          initial={meeting.reviewers}
          meetingDate={meeting.date}
          notice={attendanceNotice?.('approve')}
          onClose={() => setOpen(null)}
          onConfirm={async (reviewers, date) => {
            const failed = await setStatus('approved', reviewers, date);
            if (!failed) setOpen(null);
            return failed;
          }}
        />
      )}
      {open === 'unlock' && (
        <UnlockDialog
          meetingId={meeting.id}
          onClose={() => setOpen(null)}
          onUnlocked={(version) => {
            unlockedVersion = { meetingId: meeting.id, version };
            setOpen(null);
            onUnlocked(version);
          }}
        />
      )}
      {open === 'versions' && <VersionsDialog meetingId={meeting.id} onClose={() => setOpen(null)} />}
      <LiveText text={said} />
    </div>
  );
}

function UnlockDialog({
  meetingId,
  onClose,
  onUnlocked,
}: {
  meetingId: number;
  onClose: () => void;
  onUnlocked: (version: number) => void;
}) {
  const id = useId();
  const [who, setWho] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ who?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const next: typeof errors = {};
    if (!who.trim()) next.who = 'Ange vem som låser upp.';
    if (!reason.trim()) next.reason = 'Ange varför mötesanteckningen låses upp.';
    setErrors(next);
    if (next.who || next.reason) {
      document.getElementById(`${id}-${next.who ? 'who' : 'reason'}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await editState.track('review', api['review:unlock']({ meetingId, who: who.trim(), reason: reason.trim() }), (r) =>
      r.ok ? '' : r.error.message,
    );
    setBusy(false);
    if (!result.ok) {
      const field = result.error.field?.split('.').pop();
      if (field === 'who' || field === 'reason') setErrors({ [field]: result.error.message });
      else setErrors({ form: result.error.message });
      return;
    }
    onUnlocked(result.value.version);
  };

  return (
    <FormDialog
      title="Lås upp mötesanteckningen"
      lead="Den justerade versionen sparas som den är. Ändringarna görs i en ny version, som är ett utkast tills den justeras igen. Vem och varför syns i versionslistan."
      onClose={onClose}
      className="unlock-dialog"
      onSubmit={() => void submit()}
      submitLabel="Lås upp som ny version"
      busyLabel="Låser upp …"
      busy={busy}
      error={errors.form}
    >
      <DialogField id={`${id}-who`} label="Vem låser upp?" value={who} error={errors.who} autoFocus onChange={setWho} />
      <DialogField id={`${id}-reason`} label="Varför?" value={reason} error={errors.reason} multiline onChange={setReason} />
    </FormDialog>
  );
}

/** "14 december 2026 kl. 09.12" from an ISO time. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatLongDate(localDate(d))} kl. ${localClock(d)}`;
}

function VersionsDialog({ meetingId, onClose }: { meetingId: number; onClose: () => void }) {
  const [versions, setVersions] = useState<MeetingVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useLoad(async (active) => {
    const r = await api['versions:list']({ meetingId });
    if (!active()) return;
    if (r.ok) setVersions([...r.value].sort((a, b) => b.version - a.version));
    else setError(r.error.message);
  }, [meetingId]);
  return (
    <Dialog title="Tidigare versioner" lead="Varje version som justerats och sedan låsts upp finns kvar, oförändrad." onClose={onClose}>
      {() => (
        <>
          <FormError error={error} />
          {versions === null && !error && <p className="muted">Hämtar versionerna …</p>}
          {versions !== null && versions.length === 0 && <p className="muted">Det finns inga tidigare versioner.</p>}
          {versions !== null && versions.length > 0 && (
            <ul className="version-list" aria-label="Tidigare versioner">
              {versions.map((v) => (
                <li key={v.version} className="version-row" data-version={v.version}>
                  <div className="version-main">
                    <a className="version-link" href={versionHref(meetingId, v.version)} onClick={onClose}>
                      Version {v.version}
                    </a>
                    <span className="muted">
                      {v.approvedOn ? ` – justerad ${formatLongDate(v.approvedOn)}` : ' – inte justerad'}
                    </span>
                  </div>
                  <p className="version-unlock">
                    Upplåst av <strong>{v.unlockedBy}</strong> {formatStamp(v.unlockedAt)}: {v.reason}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <CloseActions onClose={onClose} />
        </>
      )}
    </Dialog>
  );
}
