import { useId, useRef, useState, type RefObject } from 'react';
import { meetingHeaderInputSchema, type Body, type Meeting, type MeetingHeader } from '../../shared/model/domain';
import { formatMeetingDate, formatTimeRange } from '../../shared/format/date';
import { api } from '../api/client';
import { fieldErrors, normalizeClock } from '../app/validation';
import { ErrorBanner } from '../components/Banner';
import { StatusPill } from '../components/StatusPill';

type HeaderField = keyof MeetingHeader;
type FieldErrors = Partial<Record<HeaderField, string>>;

const HEADER_FIELDS: readonly HeaderField[] = [
  'title',
  'subtitle',
  'date',
  'startTime',
  'endTime',
  'meetingForm',
  'place',
  'calledText',
  'diaryNumber',
];

function pickHeader(meeting: Meeting): MeetingHeader {
  return {
    title: meeting.title,
    subtitle: meeting.subtitle,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    meetingForm: meeting.meetingForm,
    place: meeting.place,
    calledText: meeting.calledText,
    diaryNumber: meeting.diaryNumber,
  };
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
}

/** Title, subtitle and the header fields as printed (Datum, Tid, Mötesform, Plats, Kallade), editable. */
export function MeetingHeaderBlock({ meeting, body, headingRef, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const frozen = meeting.status === 'approved';
  const dateText = formatMeetingDate(meeting.date, body?.dateStyle ?? 'long');
  const time = formatTimeRange(meeting.startTime, meeting.endTime);

  const rows: { label: string; value: string; field: string }[] = [
    { label: 'Datum', value: dateText, field: 'date' },
    { label: 'Tid', value: time, field: 'time' },
    { label: 'Mötesform', value: meeting.meetingForm, field: 'meetingForm' },
    { label: 'Plats', value: meeting.place, field: 'place' },
    { label: 'Kallade', value: meeting.calledText, field: 'calledText' },
  ];
  if (meeting.diaryNumber) rows.push({ label: 'Diarienummer', value: meeting.diaryNumber, field: 'diaryNumber' });

  return (
    <header className="meeting-head">
      <div className="meeting-head-top">
        <div className="meeting-kicker">
          {body?.shortName && <span className="chip">{body.shortName}</span>}
          <StatusPill status={meeting.status} />
        </div>
        {!editing && (
          <button
            ref={editButtonRef}
            type="button"
            className="button button-quiet button-small"
            onClick={() => setEditing(true)}
            disabled={frozen}
            title={frozen ? 'Justerade möten kan inte ändras.' : undefined}
          >
            Ändra mötesuppgifter
          </button>
        )}
      </div>
      <h1 id="meeting-title" ref={headingRef} tabIndex={-1} className="meeting-title">
        {meeting.title || 'Namnlöst möte'}
      </h1>
      {meeting.subtitle && <p className="meeting-subtitle">{meeting.subtitle}</p>}

      {editing ? (
        <HeaderForm
          meetingId={meeting.id}
          initial={pickHeader(meeting)}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButtonRef.current?.focus());
          }}
          onSaved={(header, updatedAt) => {
            onSaved(header, updatedAt);
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
  { field: 'date', label: 'Datum', hint: 'ÅÅÅÅ-MM-DD', short: true },
  { field: 'startTime', label: 'Starttid', hint: 'TT.MM', short: true },
  { field: 'endTime', label: 'Sluttid', hint: 'TT.MM', short: true },
  { field: 'meetingForm', label: 'Mötesform', wide: true },
  { field: 'place', label: 'Plats', wide: true },
  { field: 'calledText', label: 'Kallade' },
  { field: 'diaryNumber', label: 'Diarienummer' },
];

function HeaderForm({
  meetingId,
  initial,
  onCancel,
  onSaved,
}: {
  meetingId: number;
  initial: MeetingHeader;
  onCancel: () => void;
  onSaved: (header: MeetingHeader, updatedAt: string) => void;
}) {
  const [draft, setDraft] = useState<MeetingHeader>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const baseId = useId();

  const focusFirstError = (errs: FieldErrors) => {
    const first = FORM_FIELDS.find((f) => errs[f.field]);
    if (first) document.getElementById(`${baseId}-${first.field}`)?.focus();
  };

  const submit = async () => {
    const header = normalized(draft);
    const errs = validate(header);
    setErrors(errs);
    setFormError(null);
    if (Object.keys(errs).length > 0) {
      focusFirstError(errs);
      return;
    }
    setSaving(true);
    const result = await api['meetings:updateHeader']({ id: meetingId, header });
    setSaving(false);
    if (result.ok) {
      onSaved(result.value.header, result.value.updatedAt);
      return;
    }
    const field = fieldOfServerError(result.error.field);
    if (field) {
      const errs2 = { [field]: result.error.message };
      setErrors(errs2);
      focusFirstError(errs2);
    } else {
      setFormError(result.error.message);
    }
  };

  return (
    <form
      className="header-form"
      aria-label="Mötesuppgifter"
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
      {formError && <ErrorBanner error={formError} />}
      <div className="form-grid">
        {FORM_FIELDS.map(({ field, label, hint, wide, short }) => {
          const id = `${baseId}-${field}`;
          const error = errors[field];
          return (
            <div key={field} className={`form-field field-${field}${wide ? ' is-wide' : ''}${short ? ' is-short' : ''}`}>
              <label htmlFor={id} className="field-label">
                {label}
                {hint && <span className="field-hint"> ({hint})</span>}
              </label>
              <input
                id={id}
                name={field}
                className="field-input"
                type="text"
                value={draft[field]}
                inputMode={field === 'date' || field === 'startTime' || field === 'endTime' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={field === 'title' || field === 'subtitle' || field === 'meetingForm' || field === 'place'}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => {
                  const value = e.target.value;
                  setDraft((d) => ({ ...d, [field]: value }));
                  if (errors[field]) setErrors((errs) => ({ ...errs, [field]: undefined }));
                }}
                onBlur={(e) => {
                  // Tell at once when a date or time cannot be right, not only on "Spara" –
                  // but not while "Spara"/"Avbryt" is being pressed: the message would move the button away.
                  if (field !== 'date' && field !== 'startTime' && field !== 'endTime') return;
                  const next = e.relatedTarget;
                  if (next instanceof HTMLButtonElement && e.currentTarget.form?.contains(next)) return;
                  const value = draft[field].trim();
                  if (value === '') return;
                  const errs = validate(normalized(draft));
                  setErrors((prev) => ({ ...prev, [field]: errs[field] }));
                }}
              />
              {error && (
                <p id={`${id}-error`} className="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Sparar …' : 'Spara'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={saving}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
