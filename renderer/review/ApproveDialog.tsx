import { useId, useState, type ReactNode } from 'react';
import type { Reviewer } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import { localDate } from '../../shared/format/clock';
import { TextField } from '../components/Field';
import { DateField } from '../components/DateField';
import { FormDialog } from './Dialog';

interface ReviewerDraft {
  name: string;
  role: string;
}

/** "Markera som justerad": who checked the minutes, and the day (read like every date field, the nearest such day). */
export function ApproveDialog({
  initial,
  meetingDate,
  notice,
  onClose,
  onConfirm,
}: {
  initial: Reviewer[];
  meetingDate: string;
  /** Said before approving: e.g. called persons without attendance, with the action that marks them. */
  notice?: ReactNode;
  onClose: () => void;
  onConfirm: (reviewers: Reviewer[], date: string) => Promise<string | null>;
}) {
  const id = useId();
  const [rows, setRows] = useState<ReviewerDraft[]>(initial.length > 0 ? initial.map((r) => ({ ...r })) : [{ name: '', role: '' }]);
  const [date, setDate] = useState<string | null>(localDate(new Date()));
  const [dateValid, setDateValid] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const [errors, setErrors] = useState<{ rows: (string | null)[]; date?: string; form?: string }>({ rows: [] });
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setAttempted(true);
    const filled = rows.filter((r, i) => i === 0 || r.name.trim() !== '' || r.role.trim() !== '');
    const rowErrors = filled.map((r) => (r.name.trim() === '' ? 'Skriv justerarens namn.' : null));
    // A text that is not a date is told by the field itself.
    const dateError =
      date !== null && dateValid && date < meetingDate
        ? `Mötesanteckningen kan inte justeras före mötet den ${formatLongDate(meetingDate)}.`
        : undefined;
    setErrors({ rows: rowErrors, date: dateError });
    const firstBad = rowErrors.findIndex((e) => e !== null);
    if (firstBad >= 0) {
      document.getElementById(`${id}-name-${firstBad}`)?.focus();
      return;
    }
    if (dateError || !dateValid || date === null) {
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setBusy(true);
    const failed = await onConfirm(
      filled.map((r) => ({ name: r.name.trim(), role: r.role.trim() })),
      date,
    );
    setBusy(false);
    if (failed) setErrors((e) => ({ ...e, form: failed }));
  };

  return (
    <FormDialog
      title="Markera som justerad"
      lead="När mötesanteckningen är justerad kan den inte längre ändras. En senare ändring blir en ny, synlig version."
      onClose={onClose}
      className="approve-dialog"
      onSubmit={() => void submit()}
      submitLabel="Markera som justerad"
      busyLabel="Sparar …"
      busy={busy}
      error={errors.form}
    >
      {notice}
      <fieldset className="reviewers">
        <legend className="field-label">Justerat av</legend>
        {rows.map((row, i) => (
          <div key={i} className="reviewer-row">
            <TextField
              id={`${id}-name-${i}`}
              label={i === 0 ? 'Namn' : `Namn (justerare ${i + 1})`}
              data-autofocus={i === 0 || undefined}
              value={row.name}
              error={errors.rows[i]}
              onChange={(name) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, name } : r)))}
            />
            <TextField
              id={`${id}-role-${i}`}
              label={i === 0 ? 'Roll' : `Roll (justerare ${i + 1})`}
              placeholder="t.ex. ordförande"
              value={row.role}
              onChange={(role) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, role } : r)))}
            />
            {i > 0 && (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Ta bort justerare ${i + 1}`}
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
              >
                Ta bort
              </button>
            )}
          </div>
        ))}
        {rows.length < 10 && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => {
              setRows((rs) => [...rs, { name: '', role: '' }]);
              requestAnimationFrame(() => document.getElementById(`${id}-name-${rows.length}`)?.focus());
            }}
          >
            + Lägg till justerare
          </button>
        )}
      </fieldset>
      <DateField
        id={`${id}-date`}
        className="is-short"
        label="Datum för justering"
        value={date}
        yearless="nearest"
        required="Skriv dagen då mötesanteckningen justerades, till exempel idag."
        error={errors.date}
        onValidityChange={setDateValid}
        validateNow={attempted}
        onChange={(iso) => {
          setDate(iso);
          setErrors((e) => ({ ...e, date: undefined }));
        }}
      />
    </FormDialog>
  );
}
