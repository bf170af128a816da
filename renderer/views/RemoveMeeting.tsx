import { useId, useState } from 'react';
import type { Meeting } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import { api } from '../api/client';
import { setFlash } from '../app/flash';
import { navigate, startHref } from '../app/router';
import { DialogField } from '../components/DialogField';
import { FormDialog } from '../review/Dialog';

/**
 * "Radera mötet": below the minutes, for a meeting created by mistake or one
 * whose retention has ended. Approved minutes are locked and must be unlocked
 * first (a recorded step), so an archival record is never removed by one slip.
 */
export function RemoveMeetingSection({ meeting, beforeRemove }: { meeting: Meeting; beforeRemove: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const frozen = meeting.status === 'approved';
  return (
    <section className="meeting-remove" aria-label="Radera mötet">
      {frozen ? (
        <span>Justerade mötesanteckningar kan inte raderas. Lås upp dem först om de verkligen ska raderas.</span>
      ) : (
        <>
          <span>Mötet och allt som hör till det kan raderas för gott.</span>
          <button type="button" className="button button-quiet button-small" onClick={() => setOpen(true)}>
            Radera mötet …
          </button>
        </>
      )}
      {open && <RemoveMeetingDialog meeting={meeting} beforeRemove={beforeRemove} onClose={() => setOpen(false)} />}
    </section>
  );
}

function RemoveMeetingDialog({
  meeting,
  beforeRemove,
  onClose,
}: {
  meeting: Meeting;
  beforeRemove: () => Promise<void>;
  onClose: () => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = `${meeting.title || 'Mötet'} ${formatLongDate(meeting.date)}`;

  const submit = async () => {
    if (typed.trim() !== meeting.date) {
      setError(`Skriv mötets datum, ${meeting.date}, för att radera det.`);
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setBusy(true);
    // Pending autosaves would otherwise arrive after the meeting is gone and report a failure.
    await beforeRemove();
    const result = await api['meetings:remove']({ id: meeting.id, confirmDate: typed.trim() });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    navigate(startHref);
    setFlash(`${name} har raderats.`, startHref);
  };

  return (
    <FormDialog
      title="Radera mötet för gott?"
      lead={
        <>
          <strong>{name}</strong> raderas med dagordning, anteckningar, närvaro, uppgifter och tidigare versioner. Det går
          inte att ångra. Säkerhetskopior som redan tagits finns kvar tills de gallras.
        </>
      }
      onClose={onClose}
      className="remove-meeting-dialog"
      onSubmit={() => void submit()}
      submitLabel="Radera för gott"
      busyLabel="Raderar …"
      busy={busy}
      danger
    >
      <DialogField
        id={`${id}-date`}
        label={`Skriv mötets datum (${meeting.date}) för att bekräfta`}
        value={typed}
        error={error}
        autoFocus
        inputMode="numeric"
        onChange={(value) => {
          setTyped(value);
          setError(null);
        }}
      />
    </FormDialog>
  );
}
