import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Body, Meeting, Reviewer } from '../../shared/model/domain';
import type { ResponseOf } from '../../shared/ipc/contract';
import { formatLongDate } from '../../shared/format/date';
import { localDate } from '../../shared/format/clock';
import { reviewerEmail, reviewerRoleOf, sameNameKey } from '../../shared/model/review-recipients';
import { api } from '../api/client';
import { DateField } from '../components/DateField';
import { DialogField } from '../components/DialogField';
import { FormDialog } from './Dialog';
import './review-round.css';

export type ReviewSent = ResponseOf<'review:send'> & { reviewers: Reviewer[] };

interface Choice {
  name: string;
  role: string;
  email: string;
  checked: boolean;
}

/** The day a week from today: what most bodies give their reviewers. */
function weekFromToday(): string {
  const day = new Date();
  day.setDate(day.getDate() + 7);
  return localDate(day);
}

/**
 * The reviewers to choose from: the meeting's reviewers (checked) and then
 * the called members, each once, with the address the e-mail will use.
 */
function choicesOf(meeting: Meeting, body: Body | null): Choice[] {
  const choices: Choice[] = [];
  const seen = new Set<string>();
  const add = (name: string, role: string, checked: boolean) => {
    const key = sameNameKey(name);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    choices.push({ name: name.trim(), role, checked, email: reviewerEmail(name, meeting.calledPersons, body) });
  };
  for (const r of meeting.reviewers) add(r.name, r.role, true);
  const members = meeting.calledPersons.filter((p) => p.kind === 'member' && !p.vacant);
  // The chair and vice chairs first, with the role "Justerat av" prints: they are the usual reviewers.
  const shortName = body?.shortName ?? '';
  const presiding = members.filter((p) => reviewerRoleOf(p.role, shortName) !== '');
  for (const p of presiding) add(p.name, reviewerRoleOf(p.role, shortName), false);
  for (const p of members) add(p.name, '', false);
  return choices;
}

/** "Skicka för justering": whom, by when, and a line of her own; then the e-mail draft is written and opened. */
export function SendForReviewDialog({
  meeting,
  body,
  notice,
  beforeSend,
  onClose,
  onSent,
}: {
  meeting: Meeting;
  body: Body | null;
  /** Said before sending: e.g. called persons without attendance, with the action that marks them. */
  notice?: ReactNode;
  beforeSend: () => Promise<void>;
  onClose: () => void;
  onSent: (sent: ReviewSent) => void;
}) {
  const id = useId();
  const initial = useMemo(() => choicesOf(meeting, body), [meeting, body]);
  const [choices, setChoices] = useState(initial);
  const [dueOn, setDueOn] = useState<string | null>(weekFromToday);
  const [dueValid, setDueValid] = useState(true);
  const [message, setMessage] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [errors, setErrors] = useState<{ reviewers?: string; dueOn?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setAttempted(true);
    const chosen = choices.filter((c) => c.checked);
    const next: typeof errors = {};
    if (chosen.length === 0) next.reviewers = 'Välj minst en justerare.';
    else if (chosen.every((c) => c.email === '')) next.reviewers = 'Ingen av de valda justerarna har en e-postadress. Välj någon som har en, eller lägg till adressen under Kallade.';
    const today = localDate(new Date());
    if (dueOn !== null && dueValid) {
      if (dueOn < meeting.date) next.dueOn = `Sista dag för justering kan inte vara före mötet den ${formatLongDate(meeting.date)}.`;
      else if (dueOn < today) next.dueOn = `Sista dag för justering har redan varit. Välj idag (${formatLongDate(today)}) eller en senare dag.`;
    }
    setErrors(next);
    if (next.reviewers) {
      document.getElementById(`${id}-reviewer-0`)?.focus();
      return;
    }
    if (next.dueOn || !dueValid) {
      document.getElementById(`${id}-due`)?.focus();
      return;
    }
    setBusy(true);
    await beforeSend();
    const reviewers = chosen.map((c) => ({ name: c.name, role: c.role }));
    const result = await api['review:send']({ meetingId: meeting.id, reviewers, dueOn, message: message.trim(), overwrite: true });
    setBusy(false);
    if (!result.ok) {
      const field = result.error.field?.split('.')[0];
      if (field === 'dueOn') setErrors({ dueOn: result.error.message });
      else setErrors({ form: result.error.message });
      return;
    }
    onSent({ ...result.value, reviewers });
  };

  return (
    <FormDialog
      title="Skicka för justering"
      lead="Anteckna skriver ett e-postutkast till justerarna med mötesanteckningen som PDF och öppnar det i ditt e-postprogram, där du skickar det. Mötesanteckningen får status För justering."
      onClose={onClose}
      className="send-review-dialog"
      onSubmit={() => void submit()}
      submitLabel="Skapa e-post"
      busyLabel="Skapar e-post …"
      busy={busy}
      error={errors.form}
    >
      {notice}
      <fieldset className="reviewer-choices" aria-describedby={errors.reviewers ? `${id}-reviewers-error` : undefined}>
        <legend className="field-label">Justerare</legend>
        {choices.length === 0 && <p className="muted">Mötet har inga kallade ledamöter att välja bland.</p>}
        <ul className="reviewer-choice-list">
          {choices.map((c, i) => (
            <li key={c.name} className="reviewer-choice">
              <input
                type="checkbox"
                id={`${id}-reviewer-${i}`}
                checked={c.checked}
                data-autofocus={i === 0 || undefined}
                aria-describedby={`${id}-reviewer-${i}-email`}
                onChange={(e) => {
                  const checked = e.target.checked;
                  setChoices((cs) => cs.map((x, j) => (j === i ? { ...x, checked } : x)));
                  setErrors((er) => ({ ...er, reviewers: undefined }));
                }}
              />
              <label htmlFor={`${id}-reviewer-${i}`}>
                {c.name}
                {c.role && <span className="muted">, {c.role}</span>}
              </label>
              <span id={`${id}-reviewer-${i}-email`} className={c.email ? 'reviewer-email muted' : 'reviewer-email reviewer-no-email'}>
                {c.email || 'saknar e-postadress'}
              </span>
            </li>
          ))}
        </ul>
        {errors.reviewers && (
          <p id={`${id}-reviewers-error`} className="field-error" role="alert">
            {errors.reviewers}
          </p>
        )}
      </fieldset>
      <DateField
        id={`${id}-due`}
        className="is-short"
        label="Justera senast"
        hint="(valfritt)"
        value={dueOn}
        yearless="next"
        error={errors.dueOn}
        onValidityChange={setDueValid}
        validateNow={attempted}
        onChange={(iso) => {
          setDueOn(iso);
          setErrors((e) => ({ ...e, dueOn: undefined }));
        }}
      />
      <DialogField id={`${id}-message`} label="Meddelande till justerarna (valfritt)" value={message} multiline onChange={setMessage} />
    </FormDialog>
  );
}
