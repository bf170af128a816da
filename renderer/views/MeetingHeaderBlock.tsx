import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { meetingHeaderInputSchema, meetingHeaderSchema, type Body, type Meeting, type MeetingHeader } from '../../shared/model/domain';
import { formatMeetingDate, formatTimeRange } from '../../shared/format/date';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import { fieldErrors, normalizeClock } from '../app/validation';
import { currentHref, invalidFields } from '../app/invalidFields';
import { editState } from '../agenda/editState';
import { DateField } from '../components/DateField';
import { FormError, TextField } from '../components/Field';
import { InlineForm } from '../components/InlineForm';

type HeaderField = keyof MeetingHeader;
type FieldErrors = Partial<Record<HeaderField, string>>;

/** The header's fields, in the schema's order (title first). */
const HEADER_FIELDS = Object.keys(meetingHeaderSchema.shape) as HeaderField[];

export function pickHeader(meeting: Meeting): MeetingHeader {
  return Object.fromEntries(HEADER_FIELDS.map((field) => [field, meeting[field]])) as MeetingHeader;
}

function validate(header: MeetingHeader): FieldErrors {
  // The same rules as the host: formats, a real calendar date, the end after the start.
  return fieldErrors(meetingHeaderInputSchema, header, HEADER_FIELDS);
}

function normalized(draft: MeetingHeader): MeetingHeader {
  return {
    ...draft,
    title: draft.title.trim(),
    subtitle: draft.subtitle.trim(),
    date: draft.date.trim(),
    startTime: normalizeClock(draft.startTime),
    endTime: normalizeClock(draft.endTime),
    secretaryName: draft.secretaryName.trim(),
    meetingLink: draft.meetingLink.trim(),
  };
}

function fieldOfServerError(field: string | undefined): HeaderField | null {
  if (!field) return null;
  const last = field.replace(/^header\./, '');
  return (HEADER_FIELDS as readonly string[]).includes(last) ? (last as HeaderField) : null;
}

interface Props {
  meeting: Meeting;
  body: Body | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved: (header: MeetingHeader, updatedAt: string) => void;
  readOnly?: boolean;
}

/** Title, subtitle and the header fields as printed (Datum, Tid, Mötesform, Plats, Kallade); edited in place, saved as they change. */
export function MeetingHeaderBlock({ meeting, body, headingRef, onSaved, readOnly }: Props) {
  // A wrong value left behind when she went to another page: the form is open again, with it.
  const [editing, setEditing] = useState(() => invalidFields.hasPrefix(draftPrefix(meeting.id)));
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const frozen = readOnly ?? meeting.status === 'approved';
  const dateText = formatMeetingDate(meeting.date, body?.dateStyle ?? 'long');
  const time = formatTimeRange(meeting.startTime, meeting.endTime);

  useEffect(() => {
    if (frozen) setEditing(false);
  }, [frozen]);

  const rows: { label: string; value: string; field: string }[] = [
    { label: 'Datum', value: dateText, field: 'date' },
    { label: 'Tid', value: time, field: 'time' },
    { label: 'Mötesform', value: meeting.meetingForm, field: 'meetingForm' },
    { label: 'Plats', value: meeting.place, field: 'place' },
    { label: 'Kallade', value: meeting.calledText, field: 'calledText' },
  ];
  if (meeting.diaryNumber) rows.push({ label: 'Diarienummer', value: meeting.diaryNumber, field: 'diaryNumber' });
  if (meeting.meetingLink) rows.push({ label: 'Möteslänk', value: meeting.meetingLink, field: 'meetingLink' });

  return (
    <header className="meeting-head">
      <div className="meeting-head-top">
        <div className="meeting-kicker">{body?.shortName && <span className="chip">{body.shortName}</span>}</div>
        {!frozen && (
          <button
            ref={editButtonRef}
            type="button"
            className="button button-quiet button-small"
            aria-expanded={editing}
            onClick={() => {
              // The form stays open while a field holds a wrong value: closing it would throw the value away.
              if (editing && focusFirstInvalid(meeting.id)) return;
              setEditing((e) => !e);
            }}
          >
            {editing ? 'Stäng mötesuppgifter' : 'Ändra mötesuppgifter'}
          </button>
        )}
      </div>
      <h1 id="meeting-title" ref={headingRef} tabIndex={-1} className="meeting-title">
        {meeting.title || 'Namnlöst möte'}
      </h1>
      {meeting.subtitle && <p className="meeting-subtitle">{meeting.subtitle}</p>}

      {editing && !frozen ? (
        <HeaderForm
          meetingId={meeting.id}
          initial={pickHeader(meeting)}
          onSaved={onSaved}
          onDone={() => {
            setEditing(false);
            requestAnimationFrame(() => editButtonRef.current?.focus());
          }}
        />
      ) : (
        <dl className="header-fields">
          {rows.map((row) => (
            <div key={row.label} className="header-field" data-field={row.field}>
              <dt>{row.label}:</dt>
              <dd>{row.value || <span className="muted">–</span>}</dd>
            </div>
          ))}
        </dl>
      )}
    </header>
  );
}

const FORM_FIELDS: { field: HeaderField; label: string; hint?: string; wide?: boolean; short?: boolean }[] = [
  { field: 'title', label: 'Titel', wide: true },
  { field: 'subtitle', label: 'Underrubrik', wide: true },
  { field: 'date', label: 'Datum', short: true },
  { field: 'startTime', label: 'Starttid', hint: 'TT.MM', short: true },
  { field: 'endTime', label: 'Sluttid', hint: 'TT.MM', short: true },
  { field: 'meetingForm', label: 'Mötesform', wide: true },
  { field: 'place', label: 'Plats', wide: true },
  { field: 'calledText', label: 'Kallade' },
  { field: 'diaryNumber', label: 'Diarienummer' },
  { field: 'secretaryName', label: 'Vid anteckningarna' },
  { field: 'meetingLink', label: 'Möteslänk', hint: 'Teams eller Zoom, i kallelsen', wide: true },
];

const FORMAT_FIELDS: readonly HeaderField[] = ['date', 'startTime', 'endTime'];
/** The fields typed as plain text (the date has its own field). */
const TEXT_FIELDS = HEADER_FIELDS.filter((field) => field !== 'date');

function draftPrefix(meetingId: number): string {
  return `header:${meetingId}:`;
}

/** Moves focus to the header field that holds a wrong value, if one does. */
function focusFirstInvalid(meetingId: number): boolean {
  const entry = invalidFields.list().find((e) => e.key.startsWith(draftPrefix(meetingId)));
  if (!entry) return false;
  document.querySelector<HTMLElement>(`[data-draft-key="${CSS.escape(entry.key)}"]`)?.focus();
  return true;
}

function labelOf(field: HeaderField): string {
  return FORM_FIELDS.find((f) => f.field === field)?.label ?? field;
}

/** The save status and the kept text follow a field's message (the date field does this itself). */
function track(prefix: string, href: string, field: HeaderField, text: string, message: string | undefined, keep: boolean): void {
  if (message && keep) invalidFields.set({ key: prefix + field, text, message, label: labelOf(field), href });
  else invalidFields.clear(prefix + field);
}

/**
 * What can be saved now: the fields with a wrong value keep the last value sent, the rest goes in;
 * null when that is nothing new.
 */
function savable(header: MeetingHeader, errs: FieldErrors, queued: MeetingHeader): MeetingHeader | null {
  const safe = { ...header };
  for (const field of Object.keys(errs) as HeaderField[]) safe[field] = queued[field];
  if (Object.keys(validate(safe)).length > 0) return null;
  return HEADER_FIELDS.every((field) => safe[field] === queued[field]) ? null : safe;
}

function HeaderForm({
  meetingId,
  initial,
  onSaved,
  onDone,
}: {
  meetingId: number;
  initial: MeetingHeader;
  onSaved: (header: MeetingHeader, updatedAt: string) => void;
  onDone: () => void;
}) {
  const prefix = draftPrefix(meetingId);
  // Wrong values kept from an earlier visit come back as she left them, with their messages.
  const [kept] = useState(() => TEXT_FIELDS.flatMap((field) => {
    const entry = invalidFields.get(prefix + field);
    return entry ? [{ field, text: entry.text, message: entry.message }] : [];
  }));
  const [draft, setDraft] = useState<MeetingHeader>(() => ({ ...initial, ...Object.fromEntries(kept.map((k) => [k.field, k.text])) }));
  const [errors, setErrors] = useState<FieldErrors>(() => Object.fromEntries(kept.map((k) => [k.field, k.message])));
  const [formError, setFormError] = useState<string | null>(null);
  const baseId = useId();
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  // The header as last given to the saver (at first: as stored).
  const queued = useRef(initial);
  const [href] = useState(currentHref);
  const latest = useRef(draft);
  latest.current = draft;
  const [dateValid, setDateValid] = useState(true);
  const [saver] = useState(() => {
    const source = `header:${meetingId}`;
    let message = '';
    return new LatestSaver<MeetingHeader, { header: MeetingHeader; updatedAt: string }>(source, {
      send: (header) => api['meetings:updateHeader']({ id: meetingId, header }),
      onSaved: (value) => {
        setFormError(null);
        onSavedRef.current(value.header, value.updatedAt);
      },
      onFailed: (error) => {
        message = error.message;
        const field = fieldOfServerError(error.field);
        if (field) setErrors((errs) => ({ ...errs, [field]: error.message }));
        else setFormError(error.message);
      },
      onState: (state) => editState.set(source, state, message),
    });
  });
  useEffect(() => () => saver.dispose(), [saver]);

  // A shown message means the field holds a value that is not saved.
  useEffect(() => {
    for (const field of TEXT_FIELDS) track(prefix, href, field, draft[field], errors[field], true);
  });
  useEffect(
    () => () => {
      // Gone for another page with a wrong value: kept for her return; closed on its own page: nothing is left open.
      const errs = validate(normalized(latest.current));
      for (const field of TEXT_FIELDS) track(prefix, href, field, latest.current[field], errs[field], currentHref() !== href);
    },
    [prefix, href],
  );

  /** Saves what is valid; a wrong date or time waits (and is told) until it is right, the rest is saved meanwhile. */
  const change = (field: HeaderField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const header = normalized(next);
    const errs = validate(header);
    // Clear messages that are no longer true; new ones appear when the field is left.
    setErrors((prev) => {
      const kept: FieldErrors = {};
      for (const key of Object.keys(prev) as HeaderField[]) if (errs[key]) kept[key] = errs[key];
      return kept;
    });
    const safe = savable(header, errs, queued.current);
    if (safe) {
      queued.current = safe;
      saver.schedule(safe, 600);
    }
  };

  const check = (field: HeaderField) => {
    const value = draft[field].trim();
    if (FORMAT_FIELDS.includes(field) && value === '' && field !== 'date') return;
    const errs = validate(normalized(draft));
    setErrors((prev) => ({ ...prev, [field]: errs[field], ...(field === 'startTime' && errs.endTime ? { endTime: errs.endTime } : {}) }));
    // Only valid values are ever queued: what waits goes now.
    saver.flush();
  };

  /** "Klar" or Escape: closes, unless a field holds a wrong value, which is then told and focused. */
  const close = () => {
    const errs = validate(normalized(draft));
    const wrong = (Object.keys(errs) as HeaderField[])[0] ?? (dateValid ? undefined : 'date');
    if (wrong) {
      setErrors((prev) => ({ ...prev, ...errs }));
      document.getElementById(`${baseId}-${wrong}`)?.focus();
      return;
    }
    saver.flush();
    onDone();
  };

  return (
    <InlineForm className="header-form" label="Mötesuppgifter" onSubmit={close} onCancel={close}>
      <p className="form-lead muted">Ändringarna sparas medan du skriver.</p>
      <FormError error={formError} />
      <div className="form-grid">
        {FORM_FIELDS.map(({ field, label, hint, wide, short }) => {
          const id = `${baseId}-${field}`;
          const error = errors[field];
          if (field === 'date') {
            return (
              <DateField
                key={field}
                id={id}
                className={`field-date${short ? ' is-short' : ''}`}
                label={label}
                value={draft.date}
                yearless="current"
                required="Skriv mötets datum, till exempel 2026-12-19."
                error={error}
                draft={{ key: prefix + field, label, keep: true }}
                onValidityChange={setDateValid}
                onChange={(iso) => change('date', iso ?? '')}
              />
            );
          }
          return (
            <TextField
              key={field}
              id={id}
              className={`form-field field-${field}${wide ? ' is-wide' : ''}${short ? ' is-short' : ''}`}
              label={
                <>
                  {label}
                  {hint && <span className="field-hint"> ({hint})</span>}
                </>
              }
              error={error}
              name={field}
              type="text"
              value={draft[field]}
              inputMode={FORMAT_FIELDS.includes(field) ? 'numeric' : field === 'meetingLink' ? 'url' : undefined}
              spellCheck={field === 'title' || field === 'subtitle' || field === 'meetingForm' || field === 'place'}
              onChange={(value) => change(field, value)}
              onBlur={() => check(field)}
            />
          );
        })}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-quiet">
          Klar
        </button>
      </div>
    </InlineForm>
  );
}
