import { useEffect, useId, useRef, useState } from 'react';
import type { IpcResult } from '../../shared/ipc/result';
import { meetingHref, navigate } from '../app/router';
import { DateField } from '../components/DateField';
import { InlineForm } from '../components/InlineForm';

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
  const [date, setDate] = useState<string | null>(defaultDate || null);
  const [dateValid, setDateValid] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async () => {
    setAttempted(true);
    if (!dateValid) {
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await create(date ?? undefined);
    setBusy(false);
    if (result.ok) {
      navigate(meetingHref(result.value.id));
    } else {
      setError(result.error.message);
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
        <DateField
          id={`${baseId}-date`}
          inputRef={inputRef}
          label="Datum"
          value={date}
          error={error}
          onValidityChange={setDateValid}
          validateNow={attempted}
          onChange={(iso) => {
            setDate(iso);
            setError(null);
          }}
        />
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

