import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { BodySummary } from '../../shared/model/domain';
import { ITEM_KINDS, MEETING_STATUSES } from '../../shared/model/kinds';
import { itemKindLabel, meetingStatusLabel } from '../../shared/format/labels';
import { DateField } from '../components/DateField';
import { Field, KindOptions, TextField } from '../components/Field';
import { navigate, searchHref, type SearchRouteQuery } from '../app/router';
import { checkSearchForm, formOf, hasFilters, queryOf, type SearchForm as Form } from './searchModel';

/**
 * The question and its filters. Sending writes them into the address (so
 * the back button returns to the same results); the results follow the
 * address. A filter that cannot be read keeps the form from being sent,
 * with the message at its field.
 */
export function SearchForm({ query, queryKey, bodies }: { query: SearchRouteQuery; queryKey: string; bodies: BodySummary[] }) {
  const [form, setForm] = useState<Form>(() => formOf(query));
  // Back and forward bring another question into the address: the form shows it (kept mounted, so focus stays).
  useEffect(() => {
    setForm(formOf(query));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey]);
  const [datesValid, setDatesValid] = useState({ from: true, to: true });
  const fromValidity = useCallback((valid: boolean) => setDatesValid((v) => (v.from === valid ? v : { ...v, from: valid })), []);
  const toValidity = useCallback((valid: boolean) => setDatesValid((v) => (v.to === valid ? v : { ...v, to: valid })), []);
  const [attempted, setAttempted] = useState(false);
  const errors = attempted ? checkSearchForm(form) : {};
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const found = checkSearchForm(form);
    const wrong = !datesValid.from ? 'sok-fran' : !datesValid.to ? 'sok-till' : found.year ? 'sok-ar' : found.to ? 'sok-till' : null;
    if (wrong) {
      document.getElementById(wrong)?.focus();
      return;
    }
    navigate(searchHref(queryOf(form)));
  };

  return (
    <form className="search-form" role="search" aria-label="Sök i mötena" onSubmit={submit} noValidate>
      <div className="search-form-main">
        <TextField
          id="sok-text"
          className="form-field search-text-field"
          label="Sök efter"
          type="search"
          value={form.text}
          onChange={(text) => set({ text })}
          enterKeyHint="search"
          spellCheck={false}
        />
        <button type="submit" className="button button-primary search-submit">
          Sök
        </button>
      </div>
      <details className="search-filters" open={hasFilters(query) || undefined}>
        <summary>Begränsa sökningen</summary>
        <div className="search-filter-grid">
          <Field id="sok-organ" label="Organ">
            {(control) => (
              <select className="field-input" {...control} value={form.bodyId} onChange={(e) => set({ bodyId: e.target.value })}>
                <option value="">Alla organ</option>
                {bodies.map((b) => (
                  <option key={b.id} value={String(b.id)}>
                    {b.shortName ? `${b.shortName} – ${b.name}` : b.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            id="sok-ar"
            label="År"
            inputMode="numeric"
            value={form.year}
            onChange={(year) => set({ year })}
            error={errors.year}
          />
          <DateField
            id="sok-fran"
            label="Från"
            value={form.from}
            yearless="current"
            onChange={(from) => set({ from })}
            onValidityChange={fromValidity}
            validateNow={attempted}
          />
          <DateField
            id="sok-till"
            label="Till"
            value={form.to}
            yearless="current"
            onChange={(to) => set({ to })}
            onValidityChange={toValidity}
            validateNow={attempted}
            error={errors.to}
          />
          <Field id="sok-status" label="Status">
            {(control) => (
              <select className="field-input" {...control} value={form.status} onChange={(e) => set({ status: e.target.value })}>
                <option value="">Alla</option>
                <KindOptions kinds={MEETING_STATUSES} label={meetingStatusLabel} />
              </select>
            )}
          </Field>
          <Field id="sok-typ" label="Typ av punkt">
            {(control) => (
              <select className="field-input" {...control} value={form.kind} onChange={(e) => set({ kind: e.target.value })}>
                <option value="">Alla typer</option>
                <KindOptions kinds={ITEM_KINDS} label={itemKindLabel} />
              </select>
            )}
          </Field>
          <TextField
            id="sok-person"
            label="Person"
            hint="(kallad, föredragande eller ansvarig)"
            value={form.person}
            onChange={(person) => set({ person })}
            maxLength={200}
          />
        </div>
      </details>
    </form>
  );
}
