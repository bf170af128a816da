import { useEffect, useId, useState } from 'react';
import type { IpcResult } from '../../shared/ipc/result';
import { meetingHref, navigate } from '../app/router';
import { DateField } from '../components/DateField';
import { InlineForm } from '../components/InlineForm';
import { useDateEntry } from '../components/useDateEntry';

/** The date for a new meeting (optional; the body's next planned date is suggested), then off to the meeting. */
export function NewMeetingForm({
  title,
  lead,
  defaultDate,
  create,
  onCancel,
}: {
  title: string;
  lead: string;
  defaultDate: string;
  create: (date: string | undefined) => Promise<IpcResult<{ id: number }>>;
  onCancel: () => void;
}) {
  const baseId = useId();
  const date = useDateEntry(defaultDate || null);
  const [busy, setBusy] = useState(false);
  const { inputRef } = date;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [inputRef]);

  const submit = async () => {
    date.setAttempted(true);
    if (!date.valid) {
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await create(date.date ?? undefined);
    setBusy(false);
    if (result.ok) {
      navigate(meetingHref(result.value.id));
    } else {
      date.setError(result.error.message);
      inputRef.current?.focus();
    }
  };

  return (
    <InlineForm className="new-meeting" labelledBy={`${baseId}-title`} onSubmit={() => void submit()} onCancel={onCancel}>
      <h3 id={`${baseId}-title`} className="new-meeting-title">
        {title}
      </h3>
      <p className="new-meeting-lead">{lead}</p>
      <div className="new-meeting-row">
        <DateField id={`${baseId}-date`} label="Datum" {...date.field} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Skapar …' : 'Skapa möte'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
          Avbryt
        </button>
      </div>
    </InlineForm>
  );
}

