import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { spokenDate } from '../../shared/format/calendar';
import { DATE_EXAMPLES, parseSwedishDate, type DateParseResult, type YearlessRule } from '../../shared/format/parseDate';
import { currentHref, invalidFields } from '../app/invalidFields';
import { localDate } from '../../shared/format/clock';
import { DateCalendar } from './DateCalendar';
import './date-field.css';

export interface DateFieldDraft {
  /** Names the field across visits, e.g. "task:12:deadline". */
  key: string;
  /** The field's name in the save status: "Visa fältet Senast". */
  label: string;
  /** Keep a wrong value when the field goes away (leaving the page), to be shown again on return. */
  keep: boolean;
}

interface Props {
  label: ReactNode;
  /** After the label, in the quiet hint style. */
  hint?: ReactNode;
  /** The stored date, "YYYY-MM-DD", or null for none. */
  value: string | null;
  /** Called with each date the text can be read as (null: emptied, when allowed). */
  onChange: (iso: string | null) => void;
  /** An empty field is wrong, with this message. */
  required?: string;
  yearless?: YearlessRule;
  /** A message from outside (the host, or a rule across fields), shown when the text itself is fine. */
  error?: string | null | undefined;
  /** Tells the save status while the text cannot be saved, and keeps it across visits. */
  draft?: DateFieldDraft;
  onValidityChange?: (valid: boolean) => void;
  /** Tell a wrong text now, e.g. once the form it is in was sent, even if she never left the field. */
  validateNow?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  id?: string;
  className?: string;
  autoFocus?: boolean;
}

function read(text: string, required: string | undefined, yearless: YearlessRule): DateParseResult | { ok: true; iso: null } {
  if (text.trim() === '') return required ? { ok: false, message: required } : { ok: true, iso: null };
  return parseSwedishDate(text, { today: localDate(new Date()), yearless });
}

/**
 * The one date field of the app: a text field that reads what a Swede types
 * ("19/12", "19 dec", "191219", "idag", "nästa fredag", "2026-12-19") and a
 * button with a calendar to pick from. What she types stays as she typed it
 * while she edits; when she leaves the field a readable date is written out
 * as 2026-12-19, and a text that is not a date stays, with the Swedish
 * message under it (aria-invalid, aria-describedby) and "inte sparat" in the
 * save status, until she fixes it. Never `type="date"`: that field follows
 * the computer's locale and turned "2026-12-19" into year 61219.
 */
export function DateField({
  label,
  hint,
  value,
  onChange,
  required,
  yearless = 'next',
  error,
  draft,
  onValidityChange,
  validateNow = false,
  inputRef,
  id,
  className = '',
  autoFocus,
}: Props) {
  const baseId = useId();
  const inputId = id ?? `${baseId}-date`;
  const errorId = `${inputId}-error`;
  const kept = draft ? invalidFields.get(draft.key) : undefined;
  const [text, setText] = useState(() => kept?.text ?? value ?? '');
  // A wrong text is told when she leaves the field (or presses Enter), not while she is still typing it.
  const [revealed, setRevealed] = useState(kept !== undefined);
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const controlRef = useRef<HTMLDivElement>(null);
  const [href] = useState(currentHref);

  const parsed = read(text, required, yearless);
  const ownError = (revealed || validateNow) && !parsed.ok ? parsed.message : null;
  const shownError = ownError ?? error ?? null;

  // The stored value changed elsewhere (a list emptied after "Lägg till", a reload): show it, unless she is fixing a wrong text.
  useEffect(() => {
    const now = read(text, required, yearless);
    if (now.ok && now.iso !== value) {
      setText(value ?? '');
      setRevealed(false);
    }
    // Only a new value from outside triggers this; her own typing is handled in `change`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const valid = parsed.ok;
  useEffect(() => {
    onValidityChange?.(valid);
  }, [valid, onValidityChange]);

  // The save status and the kept text follow what the field shows.
  const state = useRef({ text, parsed, draft, href });
  state.current = { text, parsed, draft, href };
  const draftKey = draft?.key;
  const draftLabel = draft?.label ?? '';
  useEffect(() => {
    if (draftKey === undefined) return;
    if (ownError !== null) invalidFields.set({ key: draftKey, text, message: ownError, label: draftLabel, href });
    else invalidFields.clear(draftKey);
  }, [draftKey, draftLabel, ownError, text, href]);
  useEffect(() => {
    if (draftKey === undefined) return;
    return () => {
      const last = state.current;
      // Gone because she went to another page, with a wrong text: kept for her return. A field that was
      // removed on its own page (a task deleted, a form closed) lets it go.
      if (last.draft?.keep && !last.parsed.ok && currentHref() !== last.href) {
        invalidFields.set({ key: draftKey, text: last.text, message: last.parsed.message, label: last.draft.label, href: last.href });
      } else {
        invalidFields.clear(draftKey);
      }
    };
  }, [draftKey]);

  const change = (next: string) => {
    setText(next);
    const result = read(next, required, yearless);
    if (result.ok) {
      setRevealed(false);
      if (result.iso !== value) onChange(result.iso);
    }
  };

  /** Leaving the field or Enter: a readable date is written out, a wrong one is told. */
  const settle = () => {
    const result = read(text, required, yearless);
    if (result.ok) {
      if (result.iso !== null && text !== result.iso) setText(result.iso);
    } else {
      setRevealed(true);
    }
  };

  const pick = (iso: string) => {
    setText(iso);
    setRevealed(false);
    setOpen(false);
    if (iso !== value) onChange(iso);
    buttonRef.current?.focus();
  };

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const preview = focused && parsed.ok && parsed.iso !== null && text.trim() !== parsed.iso ? spokenDate(parsed.iso) : null;

  return (
    <div className={`form-field date-field ${className}`.trim()}>
      <label className="field-label" htmlFor={inputId}>
        {label}
        {hint && <span className="field-hint"> {hint}</span>}
      </label>
      <div ref={controlRef} className="date-field-control">
        <input
          ref={input}
          id={inputId}
          className="field-input date-field-input"
          type="text"
          value={text}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          title={DATE_EXAMPLES}
          data-draft-key={draftKey}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? errorId : undefined}
          onChange={(e) => change(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            settle();
          }}
          onKeyDown={(e) => {
            // Enter, and Escape (which closes a form), say she is done with the field: a wrong text is told.
            if (e.key === 'Enter' || e.key === 'Escape') settle();
            // Alt+↓ opens the choices, as on a list box; it is not the agenda's "move the item down".
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              e.stopPropagation();
              setOpen(true);
            }
          }}
        />
        <button
          ref={buttonRef}
          type="button"
          className="date-field-button"
          aria-label="Välj i kalendern"
          title="Välj i kalendern (Alt+Pil ned)"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          <CalendarIcon />
        </button>
        {preview && (
          <span className="date-field-preview" aria-hidden="true">
            {preview}
          </span>
        )}
      </div>
      {shownError && (
        <p id={errorId} className="field-error date-field-error">
          {shownError}
        </p>
      )}
      {open && (
        <DateCalendar
          selected={parsed.ok ? parsed.iso : value}
          today={localDate(new Date())}
          anchorRef={controlRef}
          onPick={pick}
          onClose={close}
        />
      )}
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <rect x="2.75" y="4" width="14.5" height="13.25" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2.75 8h14.5M6.5 2.5v3M13.5 2.5v3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <rect x="5.5" y="10.5" width="3" height="2.5" rx="0.5" fill="currentColor" />
    </svg>
  );
}
