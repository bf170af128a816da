import { useId, useRef, useState } from 'react';
import type { Body, PlannedDate } from '../../shared/model/domain';
import { defaultCalendarYear, plannedYears, yearDatesSentence, yearDatesTemplateLabel } from '../../shared/calendar/year-dates';
import { localDate } from '../../shared/format/clock';
import { api } from '../api/client';
import { FormError } from '../components/Field';
import { Dialog } from '../review/Dialog';
import { templateCache } from '../standpoints/store';
import './year-dates.css';

type CalendarState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'confirm' }
  | { kind: 'done'; path: string; count: number }
  | { kind: 'error'; message: string };

type TemplateState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; label: string; updated: boolean } | { kind: 'error'; message: string };

/** The body as the year's dates need it: its names, default times and place. */
export type YearDatesSettings = Pick<Body, 'id' | 'name' | 'shortName' | 'defaultPlace' | 'defaultMeetingForm' | 'defaultStartTime' | 'defaultEndTime'>;

/**
 * "Årets mötesdatum", under the planned dates: the year's meetings as one
 * calendar file for Outlook or any calendar, and as the sentence for the
 * minutes ("Mötesdatum 2027: 21 januari … klockan 13.00–15.00, Stationshuset."),
 * which goes into the body's standpoint phrases with one button.
 */
export function YearDatesPanel({ body, dates }: { body: YearDatesSettings; dates: PlannedDate[] }) {
  const baseId = useId();
  const years = plannedYears(dates);
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : defaultCalendarYear(dates, localDate(new Date()));
  const [calendar, setCalendar] = useState<CalendarState>({ kind: 'idle' });
  const [template, setTemplate] = useState<TemplateState>({ kind: 'idle' });
  const calendarButton = useRef<HTMLButtonElement>(null);
  if (year === null) return null;
  const sentence = yearDatesSentence({ ...body, plannedDates: dates }, year);

  const saveCalendar = async (overwrite: boolean) => {
    setCalendar({ kind: 'saving' });
    const result = await api['calendar:year']({ bodyId: body.id, year, overwrite });
    if (result.ok) setCalendar({ kind: 'done', path: result.value.path, count: result.value.count });
    else if (result.error.code === 'conflict' && !overwrite) setCalendar({ kind: 'confirm' });
    else setCalendar({ kind: 'error', message: result.error.message });
  };

  const saveTemplate = async () => {
    setTemplate({ kind: 'saving' });
    const label = yearDatesTemplateLabel(year);
    const list = await api['templates:list']({ bodyId: body.id });
    if (!list.ok) return setTemplate({ kind: 'error', message: list.error.message });
    // The same year's phrase again (a date added or moved) replaces the earlier one instead of standing twice.
    const existing = list.value.find((t) => t.label === label && t.standing === null);
    const result = await api['templates:save']({
      bodyId: body.id,
      template: { ...(existing ? { id: existing.id } : {}), label, text: sentence, kinds: ['information', 'other'] },
    });
    if (!result.ok) return setTemplate({ kind: 'error', message: result.error.message });
    setTemplate({ kind: 'done', label, updated: existing !== undefined });
    void templateCache.load(body.id);
  };

  const chooseYear = (next: number) => {
    setChosen(next);
    setCalendar({ kind: 'idle' });
    setTemplate({ kind: 'idle' });
  };

  return (
    <section className="year-dates" aria-labelledby={`${baseId}-heading`} data-year={year}>
      <div className="year-dates-head">
        <h3 id={`${baseId}-heading`} className="year-dates-title">
          Mötesdatum {year} för kalendern och mötesanteckningen
        </h3>
        {years.length > 1 && (
          <label className="year-dates-year">
            <span>År</span>
            <select className="field-input" value={year} onChange={(e) => chooseYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="year-dates-sentence" id={`${baseId}-sentence`}>
        {sentence}
      </p>
      <div className="year-dates-actions">
        <button
          ref={calendarButton}
          type="button"
          className="button button-small"
          // Not disabled while saving: the focused button would lose focus to the page.
          aria-disabled={calendar.kind === 'saving' || undefined}
          onClick={() => {
            if (calendar.kind !== 'saving') void saveCalendar(false);
          }}
        >
          Spara kalenderfil för {year}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-describedby={`${baseId}-sentence`}
          aria-disabled={template.kind === 'saving' || undefined}
          onClick={() => {
            if (template.kind !== 'saving') void saveTemplate();
          }}
        >
          Lägg till som ställningstagande-mall
        </button>
      </div>
      <div className="year-dates-status" role="status" data-calendar-state={calendar.kind} data-template-state={template.kind}>
        {calendar.kind === 'saving' && <p>Sparar kalenderfilen …</p>}
        {calendar.kind === 'done' && (
          <p data-calendar-path={calendar.path}>
            Kalenderfilen med {calendar.count === 1 ? 'ett möte' : `${calendar.count} möten`} är sparad:{' '}
            <span className="export-path">{calendar.path}</span>. Öppna den med Outlook eller din kalender för att lägga in mötena.
          </p>
        )}
        {template.kind === 'done' && (
          <p>
            Mallen ”{template.label}” {template.updated ? 'är uppdaterad' : 'finns nu'} bland ställningstagande-mallarna nedan.
          </p>
        )}
      </div>
      {calendar.kind === 'error' && <FormError error={calendar.message} />}
      {template.kind === 'error' && <FormError error={template.message} />}
      {calendar.kind === 'confirm' && (
        <Dialog
          title="Filen finns redan. Vill du ersätta den?"
          lead={`Det finns redan en kalenderfil för ${year} i exportmappen.`}
          onClose={() => setCalendar({ kind: 'idle' })}
          returnFocus={calendarButton}
        >
          {() => (
            <div className="dialog-actions">
              <button type="button" className="button button-primary" onClick={() => void saveCalendar(true)}>
                Ersätt filen
              </button>
              <button type="button" className="button button-quiet" data-autofocus onClick={() => setCalendar({ kind: 'idle' })}>
                Avbryt
              </button>
            </div>
          )}
        </Dialog>
      )}
    </section>
  );
}
