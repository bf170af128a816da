import { useId, useRef, useState } from 'react';
import type { CalledPerson } from '../../shared/model/domain';
import { api } from '../api/client';
import { ErrorBanner } from '../components/Banner';
import type { LabelledItem } from '../agenda/labels';

/** "Lägg till inbjuden" / "Lägg till gäst": someone called beside the members, added from the board. */
export function AddPersonForm({
  kind,
  meetingId,
  agenda,
  onAdded,
}: {
  kind: 'invitee' | 'guest';
  meetingId: number;
  agenda: LabelledItem[];
  onAdded: (person: CalledPerson) => void;
}) {
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [itemId, setItemId] = useState<string>('');
  const [errors, setErrors] = useState<{ name?: string; itemId?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const label = kind === 'invitee' ? 'Lägg till inbjuden' : 'Lägg till gäst';

  const reset = () => {
    setName('');
    setTitle('');
    setOrganisation('');
    setItemId('');
    setErrors({});
  };

  if (!open) {
    return (
      <button
        ref={toggleRef}
        type="button"
        className="button button-small"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        + {label}
      </button>
    );
  }

  const submit = async () => {
    const errs: typeof errors = {};
    if (name.trim() === '') errs.name = 'Skriv namnet.';
    if (kind === 'guest' && itemId === '') errs.itemId = 'Välj vilken punkt gästen är inbjuden till.';
    setErrors(errs);
    if (errs.name || errs.itemId) {
      document.getElementById(`${baseId}-${errs.name ? 'name' : 'item'}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await api['called:add']({
      meetingId,
      kind,
      itemId: kind === 'guest' ? Number(itemId) : null,
      name: name.trim(),
      title: title.trim(),
      organisation: organisation.trim(),
    });
    setBusy(false);
    if (result.ok) {
      reset();
      setOpen(false);
      onAdded(result.value);
    } else if (result.error.field === 'name') {
      setErrors({ name: result.error.message });
    } else if (result.error.field === 'itemId') {
      setErrors({ itemId: result.error.message });
    } else {
      setErrors({ form: result.error.message });
    }
  };

  return (
    <form
      className="card add-person"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          reset();
          setOpen(false);
        }
      }}
    >
      <h2 className="add-person-title">{label}</h2>
      {errors.form && <ErrorBanner error={errors.form} />}
      <div className="add-person-grid">
        <div className="form-field">
          <label htmlFor={`${baseId}-name`} className="field-label">
            Namn
          </label>
          <input
            id={`${baseId}-name`}
            className="field-input"
            type="text"
            value={name}
            autoComplete="off"
            autoFocus
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
          <label htmlFor={`${baseId}-title`} className="field-label">
            Titel
          </label>
          <input
            id={`${baseId}-title`}
            className="field-input"
            type="text"
            value={title}
            autoComplete="off"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${baseId}-org`} className="field-label">
            Organisation
          </label>
          <input
            id={`${baseId}-org`}
            className="field-input"
            type="text"
            value={organisation}
            autoComplete="off"
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        {kind === 'guest' && (
          <div className="form-field">
            <label htmlFor={`${baseId}-item`} className="field-label">
              Punkt
            </label>
            <select
              id={`${baseId}-item`}
              className="field-input"
              value={itemId}
              aria-invalid={errors.itemId ? true : undefined}
              aria-describedby={errors.itemId ? `${baseId}-item-error` : undefined}
              onChange={(e) => setItemId(e.target.value)}
            >
              <option value="">Välj punkt …</option>
              {agenda.map((entry) => (
                <option key={entry.item.id} value={entry.item.id}>
                  {entry.fullLabel}
                </option>
              ))}
            </select>
            {errors.itemId && (
              <p id={`${baseId}-item-error`} className="field-error">
                {errors.itemId}
              </p>
            )}
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Lägger till …' : kind === 'invitee' ? 'Lägg till inbjuden' : 'Lägg till gäst'}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            reset();
            setOpen(false);
          }}
        >
          Avbryt
        </button>
      </div>
    </form>
  );
}
