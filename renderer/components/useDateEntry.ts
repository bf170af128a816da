import { useRef, useState } from 'react';

/**
 * A date typed into a form that is sent with a button (a new meeting's date,
 * a planned date to add): the date read so far, whether the typed text is a
 * date, whether she has tried to send (from then on a wrong text is told at
 * once), and a message from outside at the field, cleared by her next change.
 * `field` is spread onto the DateField.
 */
export function useDateEntry(initial: string | null | (() => string | null)) {
  const [date, setDate] = useState<string | null>(initial);
  const [valid, setValid] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  return {
    date,
    setDate,
    valid,
    setAttempted,
    setError,
    inputRef,
    field: {
      inputRef,
      value: date,
      error,
      onValidityChange: setValid,
      validateNow: attempted,
      onChange: (iso: string | null) => {
        setDate(iso);
        setError(null);
      },
    },
  };
}
