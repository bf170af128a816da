import { useId, useState } from 'react';
import {
  ITEM_KINDS,
  safeUrlSchema,
  type AgendaItem,
  type AgendaItemPatch,
  type Body,
  type CalledPerson,
  type ItemKind,
} from '../../shared/model/domain';
import { itemKindLabel } from '../../shared/format/labels';
import { StandingMark } from '../body/StandingMark';
import { isPreviousMinutesItem } from '../../shared/model/previous-minutes';
import { PreviousMinutesButton } from './PreviousMinutesDialog';
import { Field, FieldError, KindOptions, TextField, fieldControl } from '../components/Field';

interface FieldsProps {
  item: AgendaItem;
  /** "4." or "1 a)": read out in the fields' names. */
  number: string;
  called: readonly CalledPerson[];
  onChange: (patch: AgendaItemPatch, delayMs?: number) => void;
  /** The meeting's body and id, for whether a main item comes along to the next meeting. */
  body?: Body | null;
  meetingId?: number;
  /** The meeting's date: the body's meetings before it are offered as "Föregående mötesanteckning". */
  meetingDate?: string;
}

/** Parses allotted minutes as typed: "" is none, else a whole number 0–1440. */
export function parseMinutes(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,4}$/.test(t)) return { ok: false, message: 'Skriv antal minuter som en siffra, till exempel 40.' };
  const n = Number(t);
  if (n > 24 * 60) return { ok: false, message: 'En punkt kan vara högst 1440 minuter.' };
  return { ok: true, value: n };
}

/**
 * The item's type line as fields: kind, allotted minutes, attachment; then
 * bullet sub-topics, presenters and document links.
 */
export function ItemFields({ item, number, called, onChange, body, meetingId, meetingDate }: FieldsProps) {
  const id = useId();
  const [minutesText, setMinutesText] = useState(item.minutes === null ? '' : String(item.minutes));
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [topicsText, setTopicsText] = useState(item.topics.join('\n'));

  return (
    <div className="item-fields">
      {body && meetingId !== undefined && item.parentId === null && <StandingMark item={item} body={body} meetingId={meetingId} />}
      <div className="item-fields-row">
        <Field id={`${id}-kind`} label="Typ" className="form-field field-kind">
          {(control) => (
            <select
              {...control}
              className="field-input"
              value={item.kind}
              aria-label={`Typ för punkt ${number}`}
              onChange={(e) => onChange({ kind: e.target.value as ItemKind }, 0)}
            >
              <KindOptions kinds={ITEM_KINDS} label={itemKindLabel} />
            </select>
          )}
        </Field>
        {/* Its message goes under the whole row (see below), so the row keeps its height. */}
        <Field id={`${id}-minutes`} label="Minuter" className="form-field field-minutes">
          {() => (
            <input
              {...fieldControl(`${id}-minutes`, minutesError)}
              className="field-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-label={`Minuter för punkt ${number}`}
              value={minutesText}
              onChange={(e) => {
                const text = e.target.value;
                setMinutesText(text);
                const parsed = parseMinutes(text);
                if (parsed.ok) {
                  setMinutesError(null);
                  if (parsed.value !== item.minutes) onChange({ minutes: parsed.value });
                }
              }}
              onBlur={() => {
                const parsed = parseMinutes(minutesText);
                setMinutesError(parsed.ok ? null : parsed.message);
              }}
            />
          )}
        </Field>
        <label className="check-field">
          <input
            type="checkbox"
            checked={item.attachment}
            aria-label={`Bilaga till punkt ${number}`}
            onChange={(e) => onChange({ attachment: e.target.checked }, 0)}
          />{' '}
          Bilaga
        </label>
      </div>
      <FieldError id={`${id}-minutes`} error={minutesError} />

      <Field id={`${id}-topics`} label="Underrubriker" hint="(en per rad, visas som punktlista)" className="form-field is-wide">
        {(control) => (
          <textarea
            {...control}
            className="field-input field-textarea"
            rows={Math.max(2, topicsText.split('\n').length)}
            value={topicsText}
            onChange={(e) => {
              const text = e.target.value;
              setTopicsText(text);
              onChange({
                topics: text
                  .split('\n')
                  .map((t) => t.trim())
                  .filter((t) => t !== '')
                  .map((t) => t.replace(/^[-•*]\s*/, '')),
              });
            }}
          />
        )}
      </Field>

      <PresentersField item={item} number={number} called={called} onChange={onChange} />
      <LinksField item={item} number={number} onChange={onChange} body={body} meetingId={meetingId} meetingDate={meetingDate} />
    </div>
  );
}

function PresentersField({ item, number, called, onChange }: FieldsProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = called.filter((p) => !p.vacant && p.name.trim() && !item.presenters.some((x) => x.name === p.name));

  const add = (presenter: { name: string; organisation: string }) => {
    onChange({ presenters: [...item.presenters, presenter] }, 0);
  };

  return (
    <fieldset className="item-subfield">
      <legend className="field-label">Föredragande</legend>
      {item.presenters.length > 0 && (
        <ul className="token-list" aria-label={`Föredragande för punkt ${number}`}>
          {item.presenters.map((p, i) => (
            <li key={`${p.name}-${i}`} className="token">
              <span>{p.organisation ? `${p.name}, ${p.organisation}` : p.name}</span>
              <RemoveTokenButton label={`Ta bort ${p.name} som föredragande`} onRemove={() => onChange({ presenters: item.presenters.filter((_, j) => j !== i) }, 0)} />
            </li>
          ))}
        </ul>
      )}
      <div className="item-fields-row">
        <Field id={`${id}-pick`} label="Bland kallade">
          {(control) => (
            <select
              {...control}
              className="field-input"
              value=""
              onChange={(e) => {
                const person = called.find((p) => String(p.id) === e.target.value);
                if (person) add({ name: person.name.trim(), organisation: person.organisation });
              }}
            >
              <option value="">Välj person …</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.organisation ? `${p.name}, ${p.organisation}` : p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <span className="or-word" aria-hidden="true">
          eller
        </span>
        {/* The name's message goes under the whole row (see below). */}
        <Field id={`${id}-name`} label="Namn">
          {() => (
            <input
              {...fieldControl(`${id}-name`, error)}
              className="field-input"
              value={name}
              autoComplete="off"
              onChange={(e) => {
                setName(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <TextField id={`${id}-org`} label="Organisation" value={organisation} onChange={setOrganisation} />
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            if (!name.trim()) {
              setError('Skriv föredragandens namn.');
              document.getElementById(`${id}-name`)?.focus();
              return;
            }
            add({ name: name.trim(), organisation: organisation.trim() });
            setName('');
            setOrganisation('');
          }}
        >
          Lägg till föredragande
        </button>
      </div>
      <FieldError id={`${id}-name`} error={error} />
    </fieldset>
  );
}

function LinksField({ item, number, onChange, body, meetingId, meetingDate }: Omit<FieldsProps, 'called'>) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});

  const submit = () => {
    const next: { title?: string; url?: string } = {};
    const u = url.trim();
    if (!title.trim()) next.title = 'Skriv vad länken heter.';
    if (!u) next.url = 'Skriv länkens adress.';
    else if (!safeUrlSchema.safeParse(u).success)
      next.url = 'Länken måste börja med http://, https:// eller mailto:. Andra sorters länkar tas inte emot.';
    setErrors(next);
    if (next.title || next.url) {
      document.getElementById(`${id}-${next.title ? 'title' : 'url'}`)?.focus();
      return;
    }
    onChange({ links: [...item.links, { title: title.trim(), url: u }] }, 0);
    setTitle('');
    setUrl('');
  };

  return (
    <fieldset className="item-subfield">
      <legend className="field-label">Länkar till dokument</legend>
      {item.links.length > 0 && (
        <ul className="token-list is-links" aria-label={`Länkar för punkt ${number} (ändra)`}>
          {item.links.map((link, i) => (
            <li key={`${link.url}-${i}`} className="token">
              <span>
                {link.title} <span className="muted">{link.url}</span>
              </span>
              <RemoveTokenButton label={`Ta bort länken ${link.title}`} onRemove={() => onChange({ links: item.links.filter((_, j) => j !== i) }, 0)} />
            </li>
          ))}
        </ul>
      )}
      <div className="item-fields-row">
        <TextField
          id={`${id}-title`}
          label="Länktext"
          value={title}
          error={errors.title}
          onChange={(value) => {
            setTitle(value);
            setErrors((x) => ({ ...x, title: undefined }));
          }}
        />
        <TextField
          id={`${id}-url`}
          label="Adress"
          className="form-field is-grow"
          type="text"
          inputMode="url"
          placeholder="https://"
          spellCheck={false}
          value={url}
          error={errors.url}
          onChange={(value) => {
            setUrl(value);
            setErrors((x) => ({ ...x, url: undefined }));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="button" className="button button-small" onClick={submit}>
          Lägg till länk
        </button>
      </div>
      {/* The standing item "Föregående mötesanteckning" has the button in view already (AgendaItemView). */}
      {body && meetingId !== undefined && meetingDate && !(item.parentId === null && isPreviousMinutesItem(item.title)) && (
        <PreviousMinutesButton
          meeting={{ id: meetingId, date: meetingDate, bodyId: body.id }}
          links={item.links}
          onAdd={(links) => onChange({ links }, 0)}
          prominent={false}
          number={number}
        />
      )}
    </fieldset>
  );
}

/** The "×" on a presenter or link token, named for what it removes. */
function RemoveTokenButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="token-remove" aria-label={label} onClick={onRemove}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
