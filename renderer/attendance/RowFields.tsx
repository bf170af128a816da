import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { clockMinutes, clockTimeSchema, type Attendance } from '../../shared/model/domain';
import { attended } from '../../shared/format/attendance';
import { normalizeClock } from '../app/validation';
import { displayClock } from './text';

/**
 * The fields beside a row's status: the times (Från/Till), the substitute
 * (Ersätts av, på länk) and a note. Each group is edited as a whole: Enter
 * saves it and returns to the row, Escape puts back what is stored, and
 * leaving the group saves what was typed. A value that cannot be saved is
 * explained at its field and nothing is sent.
 */

/** How a group was left: saved (or nothing to save), or put back. */
export type FieldsDone = 'commit' | 'cancel';

interface GroupProps {
  /** Prefix for the fields' ids. */
  id: string;
  name: string;
  attendance: Attendance;
  frozen: boolean;
  tabIndex: number;
  onCommit: (next: Attendance) => void;
  onDone: (how: FieldsDone) => void;
}

type Errors = Partial<Record<'arrivedAt' | 'leftAt' | 'substituteName' | 'note', string>>;

/**
 * Enter, Escape and leaving the group. `read` returns the group's value, or
 * null when a field is wrong (its message is then shown); `reset` puts the
 * stored values back into the fields.
 */
function useGroupKeys(read: () => Attendance | null, reset: () => void, { attendance, onCommit, onDone }: GroupProps) {
  const commit = (): boolean => {
    const next = read();
    if (!next) return false;
    if (JSON.stringify(next) !== JSON.stringify(attendance)) onCommit(next);
    return true;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      if (commit()) onDone('commit');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      reset();
      onDone('cancel');
    }
  };
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    commit();
  };
  return { commit, onKeyDown, onBlur };
}

function Field({
  id,
  label,
  error,
  short,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  short?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`att-field${short ? ' is-short' : ''}`}>
      <label htmlFor={id} className="att-field-label">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function inputProps(id: string, error: string | undefined, tabIndex: number, frozen: boolean) {
  return {
    id,
    className: 'field-input',
    type: 'text',
    autoComplete: 'off',
    tabIndex,
    disabled: frozen,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
}

/** One clock time ("Från" or "Till") as the secretary types it; read on commit through its ref. */
function ClockField({
  id,
  field,
  label,
  attendance,
  error,
  inputRef,
  tabIndex,
  frozen,
}: {
  id: string;
  field: 'arrivedAt' | 'leftAt';
  label: string;
  attendance: Attendance;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  tabIndex: number;
  frozen: boolean;
}) {
  const stored = attendance[field];
  return (
    <Field id={`${id}-${field}`} label={label} error={error} short>
      <input
        {...inputProps(`${id}-${field}`, error, tabIndex, frozen)}
        ref={inputRef}
        // defaultValue is read once: a changed stored time remounts the field to show it.
        key={`${field}-${stored ?? ''}`}
        data-field={field}
        inputMode="numeric"
        placeholder="TT.MM"
        defaultValue={displayClock(stored)}
      />
    </Field>
  );
}

/** "Från" and "Till": for someone who was there part of the meeting. */
export function TimesFields(props: GroupProps) {
  const { id, name, attendance: a, frozen, tabIndex } = props;
  const [errors, setErrors] = useState<Errors>({});
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  const read = (): Attendance | null => {
    const from = normalizeClock(fromRef.current?.value ?? '');
    const to = normalizeClock(toRef.current?.value ?? '');
    const wrong = 'Skriv tiden som TT.MM, till exempel 13.30.';
    const next: Errors = {};
    if (from !== '' && !clockTimeSchema.safeParse(from).success) next.arrivedAt = wrong;
    if (to !== '' && !clockTimeSchema.safeParse(to).success) next.leftAt = wrong;
    if (!next.arrivedAt && !next.leftAt && from !== '' && to !== '' && clockMinutes(to) <= clockMinutes(from)) {
      next.leftAt = 'Tiden då personen gick måste vara efter tiden då personen kom.';
    }
    const arrivedAt = from === '' ? null : from;
    const leftAt = to === '' ? null : to;
    const there = attended(a.status);
    if (there && arrivedAt === null && leftAt === null && a.substituteName !== '') {
      next.arrivedAt = `${a.substituteName} ersätter bara för en del av mötet: behåll en tid, eller ta först bort ersättaren.`;
    }
    setErrors(next);
    if (next.arrivedAt || next.leftAt) return null;
    if (!there && arrivedAt === null && leftAt === null) return a;
    // Someone who came late was there from then on: in the room, unless already marked on the link.
    return { ...a, status: there ? a.status : 'present', arrivedAt, leftAt };
  };
  const reset = () => {
    if (fromRef.current) fromRef.current.value = displayClock(a.arrivedAt);
    if (toRef.current) toRef.current.value = displayClock(a.leftAt);
    setErrors({});
  };
  const { onKeyDown, onBlur } = useGroupKeys(read, reset, props);

  return (
    <div className="att-group" role="group" aria-label={`Tider för ${name}`} data-att-editor="times" onKeyDown={onKeyDown} onBlur={onBlur}>
      <ClockField id={id} field="arrivedAt" label="Från" attendance={a} error={errors.arrivedAt} inputRef={fromRef} tabIndex={tabIndex} frozen={frozen} />
      <ClockField id={id} field="leftAt" label="Till" attendance={a} error={errors.leftAt} inputRef={toRef} tabIndex={tabIndex} frozen={frozen} />
    </div>
  );
}

/** "Ersätts av" and "på länk": who attended in the person's place, for the whole meeting or the part missed. */
export function SubstituteFields(props: GroupProps) {
  const { id, name, attendance: a, frozen, tabIndex } = props;
  const [errors, setErrors] = useState<Errors>({});
  const [remote, setRemote] = useState(a.substituteRemote);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => setRemote(a.substituteRemote), [a.substituteRemote]);

  const valueWith = (onLink: boolean): Attendance => {
    const substituteName = (nameRef.current?.value ?? '').trim();
    if (substituteName === '') return a.substituteName === '' ? a : { ...a, substituteName: '', substituteRemote: false };
    // For the whole meeting a substitute stands in for someone away; for a part, beside the times.
    const partly = attended(a.status) && (a.arrivedAt !== null || a.leftAt !== null);
    const away = a.status === 'excused' || a.status === 'absent';
    return { ...a, status: partly || away ? a.status : 'excused', substituteName, substituteRemote: onLink };
  };
  const read = (): Attendance | null => {
    const substituteName = (nameRef.current?.value ?? '').trim();
    if (substituteName.length > 200) {
      setErrors({ substituteName: 'Namnet är för långt (högst 200 tecken).' });
      return null;
    }
    setErrors({});
    return valueWith(remote);
  };
  const reset = () => {
    if (nameRef.current) nameRef.current.value = a.substituteName;
    setRemote(a.substituteRemote);
    setErrors({});
  };
  const { onKeyDown, onBlur } = useGroupKeys(read, reset, props);

  return (
    <div className="att-group" role="group" aria-label={`Ersättare för ${name}`} data-att-editor="substitute" onKeyDown={onKeyDown} onBlur={onBlur}>
      <Field id={`${id}-substituteName`} label="Ersätts av" error={errors.substituteName}>
        <input
          {...inputProps(`${id}-substituteName`, errors.substituteName, tabIndex, frozen)}
          ref={nameRef}
          key={`sub-${a.substituteName}`}
          data-field="substituteName"
          placeholder="Namn (parti)"
          defaultValue={a.substituteName}
        />
      </Field>
      <label className="att-check">
        <input
          type="checkbox"
          data-field="substituteRemote"
          checked={remote}
          tabIndex={tabIndex}
          disabled={frozen}
          onChange={(e) => {
            setRemote(e.target.checked);
            // A click saves at once when there is a name to save it with.
            const next = valueWith(e.target.checked);
            if (next.substituteName !== '' && JSON.stringify(next) !== JSON.stringify(a)) props.onCommit(next);
          }}
        />
        på länk
      </label>
    </div>
  );
}

/** A free note ("hade ej fått kallelsen"). */
export function NoteField(props: GroupProps) {
  const { id, attendance: a, frozen, tabIndex } = props;
  const ref = useRef<HTMLInputElement>(null);
  const read = (): Attendance => ({ ...a, note: (ref.current?.value ?? '').trim() });
  const reset = () => {
    if (ref.current) ref.current.value = a.note;
  };
  const { onKeyDown, onBlur } = useGroupKeys(read, reset, props);
  return (
    <div className="att-group is-note" data-att-editor="note" onKeyDown={onKeyDown} onBlur={onBlur}>
      <Field id={`${id}-note`} label="Anteckning" error={undefined}>
        <input
          {...inputProps(`${id}-note`, undefined, tabIndex, frozen)}
          ref={ref}
          key={`note-${a.note}`}
          data-field="note"
          maxLength={500}
          placeholder="till exempel hade ej fått kallelsen"
          defaultValue={a.note}
        />
      </Field>
    </div>
  );
}
