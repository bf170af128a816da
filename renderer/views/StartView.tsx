import { useEffect, useId, useRef, useState } from 'react';
import {
  DEFAULT_BODY_LAYOUT,
  bodySettingsInputSchema,
  type BodySettings,
  type BodySummary,
  type MeetingSummary,
} from '../../shared/model/domain';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { formatLongDate } from '../../shared/format/date';
import { compareSwedish } from '../../shared/format/sort';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { bodyHref, meetingHref, navigate } from '../app/router';
import { count } from '../app/text';
import { useFocusHeading } from '../app/useFocusHeading';
import { fieldErrors } from '../app/validation';
import { DateField } from '../components/DateField';
import { ErrorBanner } from '../components/Banner';
import { StatusPill } from '../components/StatusPill';
import { setFlash } from '../app/flash';
import { BackupFooter, StartupNotice } from './BackupDialog';
import { NewFromPreviousDialog } from '../body/NewFromPreviousDialog';
import { useAppCommand } from '../app/commands';

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; bodies: BodySummary[]; meetings: MeetingSummary[] };

/** "Möten": every body with its meetings, newest first. */
export function StartView() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void Promise.all([api['bodies:list']({}), api['meetings:list']({})]).then(([bodies, meetings]) => {
      if (cancelled) return;
      if (!bodies.ok) {
        setLoad({ state: 'error', error: bodies.error });
        setAppState('error');
      } else if (!meetings.ok) {
        setLoad({ state: 'error', error: meetings.error });
        setAppState('error');
      } else {
        setLoad({ state: 'ready', bodies: bodies.value, meetings: meetings.value });
        setAppState('ready');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useFocusHeading(headingRef, load.state === 'ready');

  return (
    <div className="page page-start">
      <div className="page-head page-head-row">
        <div>
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            Möten
          </h1>
          <p className="page-lead">Välj ett möte för att förbereda dagordningen eller anteckna.</p>
        </div>
        {load.state === 'ready' && <NewBodyButton />}
      </div>

      <StartupNotice />

      {load.state === 'loading' && <LoadingBlock text="Hämtar organ och möten …" />}

      {load.state === 'error' && (
        <ErrorBanner
          error={load.error}
          action={
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setLoad({ state: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              Försök igen
            </button>
          }
        />
      )}

      {load.state === 'ready' && <BodyList bodies={load.bodies} meetings={load.meetings} />}

      <BackupFooter
        onRestored={(message) => {
          setFlash(message, window.location.hash);
          setLoad({ state: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    </div>
  );
}

export function LoadingBlock({ text }: { text: string }) {
  return (
    <div className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

function byDateDesc(a: MeetingSummary, b: MeetingSummary): number {
  return b.date.localeCompare(a.date) || b.id - a.id;
}

function BodyList({ bodies, meetings }: { bodies: BodySummary[]; meetings: MeetingSummary[] }) {
  if (bodies.length === 0 && meetings.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-title">Inga organ eller möten ännu</h2>
        <p>När ett organ och dess möten har lagts upp visas de här, med det senaste mötet först.</p>
      </div>
    );
  }

  const sortedBodies = [...bodies].sort((a, b) => compareSwedish(a.name, b.name));
  const known = new Set(bodies.map((b) => b.id));
  const orphans = meetings.filter((m) => !known.has(m.bodyId)).sort(byDateDesc);

  return (
    <div className="body-list">
      {sortedBodies.map((body) => (
        <BodyCard
          key={body.id}
          body={body}
          meetings={meetings.filter((m) => m.bodyId === body.id).sort(byDateDesc)}
        />
      ))}
      {orphans.length > 0 && (
        <section className="card body-card" aria-labelledby="body-other">
          <header className="body-card-head">
            <h2 id="body-other" className="body-name">
              Övriga möten
            </h2>
          </header>
          <MeetingList meetings={orphans} />
        </section>
      )}
    </div>
  );
}

function BodyCard({ body, meetings }: { body: BodySummary; meetings: MeetingSummary[] }) {
  const headingId = `body-${body.id}`;
  const [creating, setCreating] = useState<{ from: MeetingSummary | null } | null>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setCreating(null);
    requestAnimationFrame(() => newButtonRef.current?.focus());
  };
  return (
    <section className="card body-card" aria-labelledby={headingId} data-body-id={body.id}>
      <header className="body-card-head">
        <div className="body-title-row">
          <h2 id={headingId} className="body-name">
            {body.name}
          </h2>
          {body.shortName && <span className="chip">{body.shortName}</span>}
          <div className="body-actions">
            <a className="button button-quiet button-small" href={bodyHref(body.id)} aria-label={`Inställningar för ${body.name}`}>
              Inställningar
            </a>
            <button
              ref={newButtonRef}
              type="button"
              className="button button-small"
              aria-expanded={creating !== null && creating.from === null}
              onClick={() => setCreating({ from: null })}
            >
              Nytt möte
            </button>
          </div>
        </div>
        <p className="body-meta">
          <span>{count(body.memberCount, 'medlem', 'medlemmar')}</span>
          <span aria-hidden="true" className="dot-sep">
            ·
          </span>
          <span>
            {body.nextPlannedDate
              ? `Nästa planerade möte ${formatLongDate(body.nextPlannedDate)}`
              : 'Inget planerat möte'}
          </span>
        </p>
      </header>
      {creating && creating.from === null && (
        <NewMeetingForm
          title={`Nytt möte för ${body.shortName || body.name}`}
          lead="Ledamöterna kopieras från organets lista, med de stående punkterna på dagordningen."
          defaultDate={body.nextPlannedDate ?? ''}
          onCancel={close}
          create={(date) => api['meetings:createFromBody']({ bodyId: body.id, ...(date ? { date } : {}) })}
        />
      )}
      {creating?.from && <NewFromPreviousDialog previous={creating.from} onClose={() => setCreating(null)} />}
      {meetings.length > 0 ? (
        <MeetingList meetings={meetings} onNewFrom={(m) => setCreating({ from: m })} />
      ) : (
        <p className="muted body-empty">Inga möten ännu.</p>
      )}
    </section>
  );
}

/** The date for a new meeting (optional; the body's next planned date is suggested), then off to the meeting. */
function NewMeetingForm({
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
    <form
      className="new-meeting"
      aria-labelledby={`${baseId}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
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
    </form>
  );
}

const NEW_BODY_DEFAULTS: Omit<BodySettings, 'name' | 'shortName'> = {
  formalName: '',
  documentTitle: 'Mötesanteckning',
  defaultPlace: '',
  defaultMeetingForm: '',
  defaultStartTime: '',
  defaultEndTime: '',
  dateStyle: 'long',
  standpointPlacement: 'afterPresenters',
  summaryOfStandpoints: false,
  attendanceStyle: 'lines',
  ...DEFAULT_BODY_LAYOUT,
};

/** "Nytt organ": the two names it cannot be without, then on to its settings. */
function NewBodyButton() {
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [errors, setErrors] = useState<{ name?: string; shortName?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useAppCommand('newBody', () => setOpen(true));

  if (!open) {
    return (
      <button ref={buttonRef} type="button" className="button" onClick={() => setOpen(true)} aria-expanded={false}>
        + Nytt organ
      </button>
    );
  }

  const cancel = () => {
    setOpen(false);
    setErrors({});
  };

  const submit = async () => {
    const settings: BodySettings = {
      ...NEW_BODY_DEFAULTS,
      name: name.trim(),
      shortName: shortName.trim(),
      documentTitle: shortName.trim() ? `Mötesanteckning ${shortName.trim()}` : 'Mötesanteckning',
    };
    const errs = fieldErrors(bodySettingsInputSchema, settings, ['name', 'shortName'] as const);
    setErrors(errs);
    if (errs.name || errs.shortName) {
      document.getElementById(`${baseId}-${errs.name ? 'name' : 'short'}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await api['bodies:create']({ settings });
    setBusy(false);
    if (result.ok) navigate(bodyHref(result.value.id));
    else setErrors({ form: result.error.message });
  };

  return (
    <form
      className="card new-body"
      aria-labelledby={`${baseId}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <h2 id={`${baseId}-title`} className="new-meeting-title">
        Nytt organ
      </h2>
      {errors.form && <ErrorBanner error={errors.form} />}
      <div className="form-field">
        <label htmlFor={`${baseId}-name`} className="field-label">
          Fullständigt namn
        </label>
        <input
          id={`${baseId}-name`}
          className="field-input"
          type="text"
          autoComplete="off"
          autoFocus
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${baseId}-name-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.name && (
          <p id={`${baseId}-name-error`} className="field-error">
            {errors.name}
          </p>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${baseId}-short`} className="field-label">
          Kortnamn <span className="field-hint">(till exempel PSN)</span>
        </label>
        <input
          id={`${baseId}-short`}
          className="field-input"
          type="text"
          autoComplete="off"
          value={shortName}
          aria-invalid={errors.shortName ? true : undefined}
          aria-describedby={errors.shortName ? `${baseId}-short-error` : undefined}
          onChange={(e) => setShortName(e.target.value)}
        />
        {errors.shortName && (
          <p id={`${baseId}-short-error`} className="field-error">
            {errors.shortName}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Skapar …' : 'Skapa organ'}
        </button>
        <button type="button" className="button button-quiet" onClick={cancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}

function MeetingList({ meetings, onNewFrom }: { meetings: MeetingSummary[]; onNewFrom?: (meeting: MeetingSummary) => void }) {
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="meeting-item">
          <a className="meeting-row" href={meetingHref(m.id)} data-meeting-id={m.id} id={`meeting-link-${m.id}`}>
            <span className="meeting-date">{formatLongDate(m.date)}</span>{' '}
            <span className="meeting-row-title">{m.title || 'Namnlöst möte'}</span>{' '}
            <span className="meeting-items">{count(m.itemCount, 'punkt', 'punkter')}</span>{' '}
            <StatusPill status={m.status} />
          </a>
          {onNewFrom && (
            <button
              type="button"
              className="button button-quiet button-small meeting-from"
              aria-describedby={`meeting-link-${m.id}`}
              title={`Nytt möte som tar med öppna uppdrag och kallade från mötet ${formatLongDate(m.date)}`}
              onClick={() => onNewFrom(m)}
            >
              Nytt möte utifrån detta
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
