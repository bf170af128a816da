import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  bodySettingsInputSchema,
  type Body,
  type BodySettings,
  type DateStyle,
  type PlannedDate,
} from '../../shared/model/domain';
import type { IpcError } from '../../shared/ipc/result';
import { formatDateWithWeekday, formatMeetingDate } from '../../shared/format/date';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { LatestSaver } from '../app/latestSaver';
import { startHref } from '../app/router';
import { useFocusHeading } from '../app/useFocusHeading';
import { fieldErrors, normalizeClock, todayIso } from '../app/validation';
import { DateField } from '../components/DateField';
import { currentHref, invalidFields, useInvalidStatus } from '../app/invalidFields';
import { LoadFailure } from '../components/LoadFailure';
import { ErrorBanner } from '../components/Banner';
import type { SaveState } from '../app/saveState';
import { RosterEditor } from './RosterEditor';
import { LoadingBlock } from '../components/LoadingBlock';
import { TemplateLibrary } from '../standpoints/TemplateLibrary';
import { StandingItemsSettings } from '../body/StandingItemsSettings';
import { LAYOUT_FIELDS, LayoutSettings } from '../body/LayoutSettings';

type Load = { state: 'loading' } | { state: 'error'; error: IpcError } | { state: 'ready'; body: Body };

/**
 * `data-body-state` on the view: saved | saving | error | invalid, over the
 * settings, the meeting dates and the roster. Tests wait on it.
 */
export type BodySaveState = SaveState | 'invalid';

/** "Inställningar" for one body: settings, planned meeting dates and the roster. */
export function BodyView({ bodyId }: { bodyId: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void api['bodies:get']({ id: bodyId }).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setLoad({ state: 'ready', body: result.value });
        setAppState('ready');
      } else {
        setLoad({ state: 'error', error: result.error });
        setAppState('error');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [bodyId, attempt]);

  return (
    <div className="page page-body">
      <a className="back-link" href={startHref}>
        <span aria-hidden="true">←</span> Alla möten
      </a>
      {load.state === 'loading' && <LoadingBlock text="Hämtar organet …" />}
      {load.state === 'error' && (
        <LoadFailure
          error={load.error}
          notFoundTitle="Organet finns inte"
          failedTitle="Organet kunde inte öppnas"
          onRetry={() => {
                setLoad({ state: 'loading' });
                setAttempt((n) => n + 1);
              }}
        />
      )}
      {load.state === 'ready' && <BodyEditor body={load.body} />}
    </div>
  );
}

function combineStates(states: BodySaveState[]): BodySaveState {
  if (states.includes('error')) return 'error';
  if (states.includes('invalid')) return 'invalid';
  if (states.includes('saving')) return 'saving';
  return 'saved';
}

function BodyEditor({ body }: { body: Body }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);
  const [title, setTitle] = useState(body.name);
  const [shortName, setShortName] = useState(body.shortName);
  const [dateStyle, setDateStyle] = useState<DateStyle>(body.dateStyle);
  const [plannedDates, setPlannedDates] = useState<PlannedDate[]>(body.plannedDates);
  const [settingsState, setSettingsState] = useState<BodySaveState>('saved');
  const [datesState, setDatesState] = useState<BodySaveState>('saved');
  const [rosterState, setRosterState] = useState<BodySaveState>('saved');
  const state = combineStates([settingsState, datesState, rosterState]);
  useInvalidStatus(`body:${body.id}`, state === 'invalid');

  // The phrase library fills its examples from the saved settings ("ställer sig positivt").
  const [savedBody, setSavedBody] = useState(body);
  const onSettingsSaved = useCallback((saved: Body) => {
    // Only a change of the names or their form is news to the library; the roster below is not re-rendered for less.
    setSavedBody((prev) =>
      (['shortName', 'formalName', 'nameForm', 'definiteName'] as const).every((k) => prev[k] === saved[k]) ? prev : saved,
    );
    setTitle(saved.name);
    setShortName(saved.shortName);
    setDateStyle(saved.dateStyle);
  }, []);

  const today = todayIso();
  const nextDate = [...plannedDates].map((d) => d.date).sort().find((d) => d >= today) ?? today;

  return (
    <div className="body-view" data-body-id={body.id} data-body-state={state}>
      <div className="page-head">
        <div className="body-title-row">
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            {title.trim() || 'Namnlöst organ'}
          </h1>
          {shortName.trim() && <span className="chip">{shortName.trim()}</span>}
        </div>
        <p className="page-lead">
          Inställningar, mötesdatum och ledamöter. Allt sparas medan du skriver.{' '}
          <BodyStateText state={state} />
        </p>
      </div>

      <SettingsSection body={body} nextDate={nextDate} onSaved={onSettingsSaved} onState={setSettingsState} />
      <PlannedDatesSection
        bodyId={body.id}
        dates={plannedDates}
        dateStyle={dateStyle}
        onChange={setPlannedDates}
        onState={setDatesState}
      />
      <StandingItemsSettings body={body} />
      <RosterEditor body={body} onState={setRosterState} />
      <TemplateLibrary body={savedBody} />
      <DocxTemplateSection body={body} />
    </div>
  );
}

// ---------------------------------------------------------------------------
// The organisation's Word template

/** The file's contents as base64 (without the data-URL prefix). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

type TemplateState = 'saved' | 'saving' | 'error';

/**
 * "Wordmall för export": the organisation's own .docx whose styles the DOCX
 * export takes. Saved as soon as a file is chosen or removed; the server reads
 * the file first and refuses one it cannot use, with the reason at the field.
 * `data-template-state` = saved | saving | error.
 */
function DocxTemplateSection({ body }: { body: Body }) {
  const baseId = useId();
  const [name, setName] = useState<string | null>(body.docxTemplateName);
  const [state, setState] = useState<TemplateState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const send = async (fileName: string, contentBase64: string | null, done: string) => {
    setState('saving');
    setError(null);
    const result = await api['bodies:setDocxTemplate']({ id: body.id, fileName, contentBase64 });
    if (result.ok) {
      setName(result.value.docxTemplateName);
      setState('saved');
      setAnnounce(done);
    } else {
      setState('error');
      setError(result.error.message);
    }
  };

  const choose = async (file: File | undefined) => {
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.docx')) {
      setState('error');
      setError('Välj ett Word-dokument som slutar på .docx.');
      return;
    }
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch {
      setState('error');
      setError('Filen kunde inte läsas. Välj Word-dokumentet igen.');
      return;
    }
    await send(file.name, content, `Mallen ${file.name} används nu vid export till Word.`);
  };

  return (
    <section className="card docx-template-card" aria-labelledby={`${baseId}-heading`} data-template-state={state}>
      <h2 id={`${baseId}-heading`} className="card-title">
        Wordmall för export
      </h2>
      <p className="card-lead">
        Organisationens egen .docx-mall: exporten till Word tar formatmallarna (typsnitt, färger, avstånd) därifrån.
      </p>
      <p className="docx-template-current" data-template-name={name ?? ''}>
        {name === null ? 'Ingen mall vald – exporten använder Anteckna utseende.' : <>Nuvarande mall: <strong>{name}</strong></>}
      </p>
      <div className="form-field">
        <label htmlFor={`${baseId}-file`} className="field-label">
          Välj .docx-fil …
        </label>
        <input
          id={`${baseId}-file`}
          ref={inputRef}
          className="field-input"
          type="file"
          accept=".docx"
          disabled={state === 'saving'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${baseId}-error` : undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {error && (
          <p id={`${baseId}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {name !== null && (
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={state === 'saving'}
          onClick={() => void send(name, null, 'Mallen har tagits bort.')}
        >
          Ta bort mallen
        </button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}

function BodyStateText({ state }: { state: BodySaveState }) {
  const text =
    state === 'saving' ? 'Sparar …' : state === 'error' ? 'Något kunde inte sparas.' : state === 'invalid' ? 'Rätta det markerade så sparas resten.' : '';
  return (
    <span className={`body-state body-state-${state}`} aria-live="polite">
      {text}
    </span>
  );
}

// ---------------------------------------------------------------------------
// Settings

type SettingsField = keyof BodySettings;
type TextField =
  | 'name'
  | 'shortName'
  | 'formalName'
  | 'documentTitle'
  | 'defaultPlace'
  | 'defaultMeetingForm'
  | 'defaultStartTime'
  | 'defaultEndTime';

const SETTINGS_FIELDS: readonly SettingsField[] = [
  'name',
  'shortName',
  'formalName',
  'documentTitle',
  'defaultPlace',
  'defaultMeetingForm',
  'defaultStartTime',
  'defaultEndTime',
  'dateStyle',
  'standpointPlacement',
  'summaryOfStandpoints',
  'attendanceStyle',
  ...LAYOUT_FIELDS,
];

const TEXT_FIELDS: { field: TextField; label: string; hint?: string; placeholder?: string; size: 'wide' | 'half' | 'short' }[] = [
  { field: 'name', label: 'Fullständigt namn', size: 'wide' },
  { field: 'shortName', label: 'Kortnamn', hint: 'till exempel SRO', size: 'short' },
  { field: 'documentTitle', label: 'Dokumentets titel', placeholder: 'Mötesanteckning', size: 'half' },
  { field: 'formalName', label: 'Formellt namn i ställningstaganden', placeholder: 'Det politiska samrådsorganet', size: 'wide' },
  { field: 'defaultPlace', label: 'Vanlig plats', size: 'half' },
  { field: 'defaultStartTime', label: 'Starttid', hint: 'TT.MM', size: 'short' },
  { field: 'defaultEndTime', label: 'Sluttid', hint: 'TT.MM', size: 'short' },
  { field: 'defaultMeetingForm', label: 'Mötesform', placeholder: 'Hybrid, Teams och lokal …', size: 'wide' },
];

function pickSettings(body: Body): BodySettings {
  return {
    name: body.name,
    shortName: body.shortName,
    formalName: body.formalName,
    documentTitle: body.documentTitle,
    defaultPlace: body.defaultPlace,
    defaultMeetingForm: body.defaultMeetingForm,
    defaultStartTime: body.defaultStartTime,
    defaultEndTime: body.defaultEndTime,
    dateStyle: body.dateStyle,
    standpointPlacement: body.standpointPlacement,
    summaryOfStandpoints: body.summaryOfStandpoints,
    attendanceStyle: body.attendanceStyle,
    numberedItems: body.numberedItems,
    agendaHeading: body.agendaHeading,
    personDetailOrder: body.personDetailOrder,
    markerPlacement: body.markerPlacement,
    nameForm: body.nameForm,
    definiteName: body.definiteName,
  };
}

function normalizeSettings(s: BodySettings): BodySettings {
  return {
    ...s,
    name: s.name.trim(),
    shortName: s.shortName.trim(),
    formalName: s.formalName.trim(),
    documentTitle: s.documentTitle.trim(),
    defaultPlace: s.defaultPlace.trim(),
    defaultMeetingForm: s.defaultMeetingForm.trim(),
    defaultStartTime: normalizeClock(s.defaultStartTime),
    defaultEndTime: normalizeClock(s.defaultEndTime),
  };
}

function validateSettings(s: BodySettings): Partial<Record<SettingsField, string>> {
  return fieldErrors(bodySettingsInputSchema, s, SETTINGS_FIELDS);
}

function serverField(field: string | undefined): SettingsField | null {
  const last = field?.replace(/^settings\./, '');
  return last && (SETTINGS_FIELDS as readonly string[]).includes(last) ? (last as SettingsField) : null;
}

const keptKey = (bodyId: number, field: TextField) => `body:${bodyId}:settings:${field}`;

/** The settings with the text of every field that still holds a wrong value. */
function withKeptText(bodyId: number, settings: BodySettings): BodySettings {
  const out = { ...settings };
  for (const { field } of TEXT_FIELDS) {
    const kept = invalidFields.get(keptKey(bodyId, field));
    if (kept) out[field] = kept.text;
  }
  return out;
}

function keptMessages(bodyId: number): Partial<Record<SettingsField, string>> {
  const out: Partial<Record<SettingsField, string>> = {};
  for (const { field } of TEXT_FIELDS) {
    const kept = invalidFields.get(keptKey(bodyId, field));
    if (kept) out[field] = kept.message;
  }
  return out;
}

/** Wrong text fields are kept with their messages until fixed; fixed ones are let go. */
function keepWrongText(bodyId: number, value: BodySettings, errors: Partial<Record<SettingsField, string>>): void {
  for (const { field, label } of TEXT_FIELDS) {
    const message = errors[field];
    if (message) invalidFields.set({ key: keptKey(bodyId, field), text: value[field], message, label, href: currentHref() });
    else invalidFields.clear(keptKey(bodyId, field));
  }
}

function SettingsSection({
  body,
  nextDate,
  onSaved,
  onState,
}: {
  body: Body;
  nextDate: string;
  onSaved: (body: Body) => void;
  onState: (state: BodySaveState) => void;
}) {
  const baseId = useId();
  // A wrong value she left for another page comes back with its message (see app/invalidFields.ts).
  const [draft, setDraft] = useState<BodySettings>(() => withKeptText(body.id, pickSettings(body)));
  const [shown, setShown] = useState<Partial<Record<SettingsField, string>>>(() => keptMessages(body.id));
  const [formError, setFormError] = useState<string | null>(null);
  const draftRef = useRef(draft);
  const callbacks = useRef({ onSaved, onState });
  callbacks.current = { onSaved, onState };

  const saver = useMemo(() => {
    return new LatestSaver<BodySettings, Body>(`body-settings:${body.id}`, {
      send: (settings) => api['bodies:updateSettings']({ id: body.id, settings }),
      onSaved: (saved) => {
        setFormError(null);
        callbacks.current.onSaved(saved);
      },
      onFailed: (error) => {
        const field = serverField(error.field);
        if (field) setShown((prev) => ({ ...prev, [field]: error.message }));
        else setFormError(error.message);
      },
      onState: (state) => callbacks.current.onState(state),
    });
  }, [body.id]);

  useEffect(() => () => saver.dispose(), [saver]);

  /** Saves the draft when it is valid; otherwise nothing is stored and the errors are shown where told. */
  const commit = (next: BodySettings, delayMs: number, reveal: SettingsField | 'all' | null) => {
    const value = normalizeSettings(next);
    const errors = validateSettings(value);
    setShown((prev) => {
      const out: Partial<Record<SettingsField, string>> = {};
      for (const f of SETTINGS_FIELDS) {
        // A shown error follows the value (goes away when fixed); new ones appear when the field is left.
        if (prev[f] !== undefined || reveal === 'all' || reveal === f) {
          if (errors[f]) out[f] = errors[f];
        }
      }
      // The end-before-start rule belongs to the end time but is caused by either field.
      if (reveal === 'defaultStartTime' && errors.defaultEndTime) out.defaultEndTime = errors.defaultEndTime;
      return out;
    });
    keepWrongText(body.id, value, errors);
    if (Object.keys(errors).length > 0) {
      saver.cancel();
      callbacks.current.onState('invalid');
      return;
    }
    saver.schedule(value, delayMs);
  };

  const change = (field: SettingsField, value: string | boolean, delayMs: number) => {
    const next = { ...draftRef.current, [field]: value };
    draftRef.current = next;
    setDraft(next);
    commit(next, delayMs, null);
  };

  const inputId = (field: SettingsField) => `${baseId}-${field}`;
  const errorId = (field: SettingsField) => `${baseId}-${field}-error`;

  return (
    <section className="card settings-card" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="card-title">
        Inställningar
      </h2>
      {formError && <ErrorBanner error={formError} />}
      <div className="form-grid settings-grid">
        {TEXT_FIELDS.map(({ field, label, hint, placeholder, size }) => {
          const error = shown[field];
          return (
            <div key={field} className={`form-field field-${field} is-${size}`}>
              <label htmlFor={inputId(field)} className="field-label">
                {label}
                {hint && <span className="field-hint"> ({hint})</span>}
              </label>
              <input
                id={inputId(field)}
                name={field}
                data-draft-key={keptKey(body.id, field)}
                className="field-input"
                type="text"
                value={draft[field]}
                placeholder={placeholder}
                autoComplete="off"
                inputMode={field === 'defaultStartTime' || field === 'defaultEndTime' ? 'numeric' : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId(field) : undefined}
                onChange={(e) => change(field, e.target.value, 700)}
                onBlur={() => {
                  commit(draftRef.current, 0, field);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') commit(draftRef.current, 0, field);
                }}
              />
              {error && (
                <p id={errorId(field)} className="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>

      <div className="choice-grid">
        <ChoiceGroup
          legend="Datum i anteckningen"
          name={`${baseId}-dateStyle`}
          value={draft.dateStyle}
          onChange={(v) => change('dateStyle', v, 0)}
          options={[
            { value: 'long', label: 'Långt datum', example: formatMeetingDate(nextDate, 'long') },
            { value: 'iso', label: 'Sifferdatum', example: formatMeetingDate(nextDate, 'iso') },
          ]}
        />
        <ChoiceGroup
          legend="Ställningstagandet skrivs"
          name={`${baseId}-standpointPlacement`}
          value={draft.standpointPlacement}
          onChange={(v) => change('standpointPlacement', v, 0)}
          options={[
            { value: 'afterPresenters', label: 'Efter raden med föredragande' },
            { value: 'endOfItem', label: 'Sist i punkten' },
          ]}
        />
        <ChoiceGroup
          legend="Närvaro i anteckningen"
          name={`${baseId}-attendanceStyle`}
          value={draft.attendanceStyle}
          onChange={(v) => change('attendanceStyle', v, 0)}
          options={[
            { value: 'lines', label: 'Rader under punkt 1', example: 'Med på länk: … Förhinder: …' },
            { value: 'markers', label: 'Markering efter namnet', example: 'Anna Berg (S) (förhindrad)' },
            { value: 'blocks', label: 'Block', example: 'Närvarande / Förhindrade / Inbjudna' },
          ]}
        />
        <fieldset className="choice-group">
          <legend className="field-label">Sammanfattning</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.summaryOfStandpoints}
              onChange={(e) => change('summaryOfStandpoints', e.target.checked, 0)}
            />
            <span>
              Samla alla ställningstaganden sist i anteckningen
              <span className="choice-example">Skrivs aldrig två gånger: de hämtas från punkterna.</span>
            </span>
          </label>
        </fieldset>
      </div>
      <LayoutSettings
        body={body}
        draft={draft}
        definiteNameError={shown.definiteName}
        onChange={change}
        onLeave={(field) => commit(draftRef.current, 0, field)}
      />
    </section>
  );
}

function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  options: { value: V; label: string; example?: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>
            {option.label}
            {option.example && <span className="choice-example">{option.example}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

// ---------------------------------------------------------------------------
// Planned meeting dates

function PlannedDatesSection({
  bodyId,
  dates,
  dateStyle,
  onChange,
  onState,
}: {
  bodyId: number;
  dates: PlannedDate[];
  dateStyle: DateStyle;
  onChange: (dates: PlannedDate[]) => void;
  onState: (state: BodySaveState) => void;
}) {
  const baseId = useId();
  const [newDate, setNewDate] = useState<string | null>(null);
  const [newDateValid, setNewDateValid] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const [newNote, setNewNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const dateInputRef = useRef<HTMLInputElement>(null);
  const callbacks = useRef({ onChange, onState });
  callbacks.current = { onChange, onState };
  const today = todayIso();

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
    const date = newDate;
    setAttempted(true);
    if (!newDateValid) {
      setError(null);
    } else if (date === null) {
      setError('Skriv ett datum, till exempel 2027-01-21.');
    } else if (dates.some((d) => d.date === date)) {
      setError('Datumet finns redan i listan.');
    } else {
      setError(null);
      setAttempted(false);
      save([...dates, { date, note: newNote.trim() }]);
      setNewDate(null);
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
      <form
        className="date-add"
        noValidate
        aria-label="Lägg till mötesdatum"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <DateField
          id={`${baseId}-date`}
          inputRef={dateInputRef}
          label="Nytt datum"
          value={newDate}
          error={error}
          onValidityChange={setNewDateValid}
          validateNow={attempted}
          onChange={(iso) => {
            setNewDate(iso);
            if (error) setError(null);
          }}
        />
        <div className="form-field date-add-note">
          <label htmlFor={`${baseId}-note`} className="field-label">
            Anteckning <span className="field-hint">(valfri)</span>
          </label>
          <input
            id={`${baseId}-note`}
            className="field-input"
            type="text"
            autoComplete="off"
            placeholder="klockan 13.00-15.00, plats"
            value={newNote}
            maxLength={200}
            onChange={(e) => setNewNote(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Lägg till datum
        </button>
      </form>
      <LiveText text={announce} />
    </section>
  );
}

/** A polite live region for short confirmations ("… har lagts till."). */
export function LiveText({ text }: { text: ReactNode }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
