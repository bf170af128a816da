import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Body, DateStyle, PlannedDate } from '../../shared/model/domain';
import { formatDateWithWeekday, formatMeetingDate } from '../../shared/format/date';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import { localDate } from '../../shared/format/clock';
import { ErrorBanner } from '../components/Banner';
import type { BodySaveState } from '../components/BodySaveState';
import { DateField } from '../components/DateField';
import { SwedishForm } from '../components/InlineForm';
import { LabelledInput } from '../components/LabelledInput';
import { LiveText } from '../components/LiveText';
import { useDateEntry } from '../components/useDateEntry';
import { YearDatesPanel, type YearDatesSettings } from './YearDatesPanel';

/**
 * "Planerade mötesdatum": the dates the body plans to meet, each with an
 * optional note, saved as a list as soon as one is added, changed or removed.
 */
export function PlannedDatesSection({
  bodyId,
  settings,
  dates,
  dateStyle,
  onChange,
  onState,
}: {
  bodyId: number;
  /** The body's names, times and place as last saved, for the year's calendar and sentence. */
  settings: YearDatesSettings;
  dates: PlannedDate[];
  dateStyle: DateStyle;
  onChange: (dates: PlannedDate[]) => void;
  onState: (state: BodySaveState) => void;
}) {
  const baseId = useId();
  const newDate = useDateEntry(null);
  const [newNote, setNewNote] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const dateInputRef = newDate.inputRef;
  const callbacks = useRef({ onChange, onState });
  callbacks.current = { onChange, onState };
  const today = localDate(new Date());

  const saver = useMemo(
    () =>
      new LatestSaver<PlannedDate[], Body>(`body-dates:${bodyId}`, {
        send: (list) => api['bodies:setPlannedDates']({ id: bodyId, dates: list }),
        onSaved: () => setSaveError(null),
        onFailed: (e) => setSaveError(e.message),
        onState: (state) => callbacks.current.onState(state),
      }),
    [bodyId],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  const sorted = [...dates].sort((a, b) => a.date.localeCompare(b.date));

  const save = (next: PlannedDate[], delayMs = 0) => {
    const list = [...next].sort((a, b) => a.date.localeCompare(b.date));
    callbacks.current.onChange(list);
    saver.schedule(list, delayMs);
  };

  const add = () => {
    const date = newDate.date;
    newDate.setAttempted(true);
    if (!newDate.valid) {
      newDate.setError(null);
    } else if (date === null) {
      newDate.setError('Skriv ett datum, till exempel 2027-01-21.');
    } else if (dates.some((d) => d.date === date)) {
      newDate.setError('Datumet finns redan i listan.');
    } else {
      newDate.setError(null);
      newDate.setAttempted(false);
      save([...dates, { date, note: newNote.trim() }]);
      newDate.setDate(null);
      setNewNote('');
      setAnnounce(`${formatDateWithWeekday(date)} har lagts till.`);
      dateInputRef.current?.focus();
      return;
    }
    dateInputRef.current?.focus();
  };

  return (
    <section className="card dates-card" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="card-title">
        Planerade mötesdatum
      </h2>
      <p className="card-lead">Datumen används för ”nästa möte” och som förslag när ett nytt möte skapas.</p>
      {saveError && <ErrorBanner error={saveError} />}
      {sorted.length === 0 ? (
        <p className="muted">Inga planerade datum ännu.</p>
      ) : (
        <ul className="date-list" aria-label="Planerade mötesdatum">
          {sorted.map((d) => {
            const label = formatDateWithWeekday(d.date);
            const past = d.date < today;
            return (
              <li key={d.date} className={`date-row${past ? ' is-past' : ''}`} data-date={d.date}>
                <span className="date-text">
                  <span className="date-main">{formatMeetingDate(d.date, dateStyle)}</span>
                  <span className="date-weekday">{label.split(' ')[0]}</span>
                  {past && <span className="date-past">passerat</span>}
                </span>
                <input
                  className="field-input date-note"
                  type="text"
                  aria-label={`Anteckning för ${label}`}
                  placeholder="klockan 13.00-15.00, plats"
                  defaultValue={d.note}
                  maxLength={200}
                  onBlur={(e) => {
                    const note = e.target.value.trim();
                    if (note !== d.note) save(dates.map((x) => (x.date === d.date ? { ...x, note } : x)));
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.currentTarget.blur();
                  }}
                />
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Ta bort ${label}`}
                  onClick={() => {
                    save(dates.filter((x) => x.date !== d.date));
                    setAnnounce(`${label} har tagits bort.`);
                    dateInputRef.current?.focus();
                  }}
                >
                  Ta bort
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <SwedishForm className="date-add" label="Lägg till mötesdatum" onSubmit={add}>
        <DateField id={`${baseId}-date`} label="Nytt datum" {...newDate.field} />
        <LabelledInput
          id={`${baseId}-note`}
          className="date-add-note"
          label={
            <>
              Anteckning <span className="field-hint">(valfri)</span>
            </>
          }
          placeholder="klockan 13.00-15.00, plats"
          value={newNote}
          maxLength={200}
          onChange={(e) => setNewNote(e.target.value)}
        />
        <button type="submit" className="button">
          Lägg till datum
        </button>
      </SwedishForm>
      <YearDatesPanel body={settings} dates={sorted} />
      <LiveText text={announce} />
    </section>
  );
}
