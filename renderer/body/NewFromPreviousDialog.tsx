import { useEffect, useId, useState } from 'react';
import { CheckChoice } from '../components/CheckChoice';
import type { Body, Meeting, MeetingSummary } from '../../shared/model/domain';
import type { CalledSource } from '../../shared/model/new-meeting';
import { standingTitleKey } from '../../shared/model/standing-agenda';
import { formatLongDate } from '../../shared/format/date';
import { api } from '../api/client';
import { bodyHref, meetingHref, navigate } from '../app/router';
import { count, joinSwedish } from '../app/text';
import { localDate } from '../../shared/format/clock';
import { DateField } from '../components/DateField';
import { SwedishForm } from '../components/InlineForm';
import { useDateEntry } from '../components/useDateEntry';
import { Dialog } from '../review/Dialog';
import { calledChoice, leftBehind, offeredStandingItems, openTasks, suggestedDate } from './carryOver';
import { PLACEMENT_LABELS, refusalText, subLetter } from './standingItemsOps';
import './standing.css';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; meeting: Meeting; body: Body };

/**
 * "Nytt möte utifrån detta": before the meeting is made, what it brings from
 * the earlier one, with a choice for each (the body's standing items, the open
 * tasks, the called list) and the date.
 */
export function NewFromPreviousDialog({ previous, onClose }: { previous: MeetingSummary; onClose: () => void }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const meeting = await api['meetings:get']({ id: previous.id });
      const body = meeting.ok ? await api['bodies:get']({ id: meeting.value.bodyId }) : null;
      if (cancelled) return;
      if (!meeting.ok) setLoad({ state: 'error', message: meeting.error.message });
      else if (!body?.ok) setLoad({ state: 'error', message: body?.error.message ?? 'Organet kunde inte hämtas.' });
      else setLoad({ state: 'ready', meeting: meeting.value, body: body.value });
    })();
    return () => {
      cancelled = true;
    };
  }, [previous.id]);

  return (
    <Dialog
      title={`Nytt möte utifrån ${formatLongDate(previous.date)}`}
      lead="Välj vad det nya mötet ska ta med sig."
      onClose={onClose}
      className="carry-over-dialog"
    >
      {() =>
        load.state === 'ready' ? (
          <CarryOverForm meeting={load.meeting} body={load.body} onClose={onClose} />
        ) : load.state === 'error' ? (
          <>
            <p className="field-error" role="alert">
              {load.message}
            </p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={onClose} data-autofocus>
                Stäng
              </button>
            </div>
          </>
        ) : (
          <p className="loading" aria-busy="true">
            <span className="spinner" aria-hidden="true" /> Hämtar mötet och organet …
          </p>
        )
      }
    </Dialog>
  );
}

/** The set with `value` in it or not. */
export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

function CarryOverForm({ meeting, body, onClose }: { meeting: Meeting; body: Body; onClose: () => void }) {
  const baseId = useId();
  const standing = offeredStandingItems(body);
  const tasks = openTasks(meeting);
  const notOnList = leftBehind(meeting, body);
  const people = calledChoice(meeting, body);

  const date = useDateEntry(() => suggestedDate(body, meeting, localDate(new Date())));
  const [chosenStanding, setChosenStanding] = useState<ReadonlySet<string>>(() => new Set(standing.map((i) => standingTitleKey(i.title))));
  const [chosenTasks, setChosenTasks] = useState<ReadonlySet<number>>(() => new Set(tasks.map((t) => t.id)));
  const [called, setCalled] = useState<CalledSource>('previous');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const dateRef = date.inputRef;

  useEffect(() => {
    dateRef.current?.focus();
    dateRef.current?.select();
  }, [dateRef]);

  const submit = async () => {
    if (busy) return;
    date.setAttempted(true);
    if (date.date === null || !date.valid) {
      dateRef.current?.focus();
      return;
    }
    const value = date.date;
    setBusy(true);
    setFormError(null);
    const result = await api['meetings:createFromPrevious']({
      meetingId: meeting.id,
      date: value,
      carryOver: {
        standingTitles: standing.filter((i) => chosenStanding.has(standingTitleKey(i.title))).map((i) => i.title),
        taskIds: tasks.filter((t) => chosenTasks.has(t.id)).map((t) => t.id),
        called,
      },
    });
    setBusy(false);
    if (result.ok) {
      navigate(meetingHref(result.value.id));
    } else if (result.error.field === 'date') {
      date.setError(refusalText(result.error.message));
      dateRef.current?.focus();
    } else {
      setFormError(refusalText(result.error.message));
    }
  };

  return (
    <SwedishForm className="dialog-form" label="Vad det nya mötet tar med sig" onSubmit={() => void submit()}>
      <DateField
        id={`${baseId}-date`}
        className="carry-over-date"
        label="Datum"
        required="Skriv det nya mötets datum, till exempel 21 januari eller 2027-01-21."
        {...date.field}
      />

      <fieldset className="carry-over-group">
        <legend>Stående punkter</legend>
        {standing.length === 0 ? (
          <p className="muted">Organet har inga stående punkter.</p>
        ) : (
          <ul className="carry-over-list">
            {standing.map((item) => {
              const key = standingTitleKey(item.title);
              return (
                <li key={key}>
                  <CheckChoice
                    checked={chosenStanding.has(key)}
                    onToggle={(on) => setChosenStanding((s) => toggled(s, key, on))}
                    label={item.title}
                    detailClassName="carry-over-detail"
                    detail={`${PLACEMENT_LABELS[item.placement]}${
                      item.children.length > 0 ? `; ${item.children.map((c, i) => `${subLetter(i)} ${c}`).join(', ')}` : ''
                    }`}
                  />
                </li>
              );
            })}
          </ul>
        )}
        <p className="carry-over-note">
          {notOnList.length > 0 && (
            <>
              Stående i förra mötet men inte bland organets stående punkter, och kommer därför inte med:{' '}
              {joinSwedish(notOnList)}.{' '}
            </>
          )}
          Listan bestäms i <a href={bodyHref(body.id)}>organets inställningar</a>.
        </p>
      </fieldset>

      <fieldset className="carry-over-group">
        <legend>Öppna uppdrag</legend>
        {tasks.length === 0 ? (
          <p className="muted">Förra mötet har inga öppna uppdrag.</p>
        ) : (
          <ul className="carry-over-list">
            {tasks.map((task) => (
              <li key={task.id}>
                <CheckChoice
                  checked={chosenTasks.has(task.id)}
                  onToggle={(on) => setChosenTasks((s) => toggled(s, task.id, on))}
                  label={task.what}
                  detailClassName="carry-over-detail"
                  detail={[task.owner.trim(), task.deadline ? `senast ${formatLongDate(task.deadline)}` : ''].filter(Boolean).join(', ')}
                />
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="carry-over-group">
        <legend>Kallade</legend>
        <label className="choice">
          <input type="radio" name={`${baseId}-called`} checked={called === 'previous'} onChange={() => setCalled('previous')} />
          <span>
            Samma kallade som förra mötet
            <span className="carry-over-detail">
              {count(people.previousCount, 'person', 'personer')}
              {people.previousInvitees > 0 && `, varav ${count(people.previousInvitees, 'inbjuden', 'inbjudna')}`}
            </span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name={`${baseId}-called`} checked={called === 'roster'} onChange={() => setCalled('roster')} />
          <span>
            Organets ledamöter som listan ser ut nu
            <span className="carry-over-detail">
              {count(people.rosterCount, 'person', 'personer')}, utan inbjudna
              {people.joined.length > 0 && `. Nya sedan förra mötet: ${joinSwedish(people.joined)}`}
              {people.gone.length > 0 && `. Inte längre med: ${joinSwedish(people.gone)}`}
            </span>
          </span>
        </label>
      </fieldset>

      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Skapar …' : 'Skapa möte'}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Avbryt
        </button>
      </div>
    </SwedishForm>
  );
}
