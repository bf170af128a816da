import { useId, useRef, useState } from 'react';
import type { CalledPerson } from '../../shared/model/domain';
import { api } from '../api/client';
import { ErrorBanner } from '../components/Banner';
import { Field, TextField } from '../components/Field';
import { FormActions, InlineForm } from '../components/InlineForm';
import { emailSchema } from '../../shared/model/values';
import { safeParseSwedish } from '../../shared/format/validationMessages';
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
  const [email, setEmail] = useState('');
  const [itemId, setItemId] = useState<string>('');
  const [errors, setErrors] = useState<{ name?: string; email?: string; itemId?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const label = kind === 'invitee' ? 'Lägg till inbjuden' : 'Lägg till gäst';

  const reset = () => {
    setName('');
    setTitle('');
    setOrganisation('');
    setEmail('');
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
    const address = safeParseSwedish(emailSchema, email);
    if (!address.success) errs.email = address.error.issues[0]!.message;
    if (kind === 'guest' && itemId === '') errs.itemId = 'Välj vilken punkt gästen är inbjuden till.';
    setErrors(errs);
    const first = errs.name ? 'name' : errs.email ? 'email' : errs.itemId ? 'item' : null;
    if (first) {
      document.getElementById(`${baseId}-${first}`)?.focus();
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
      email: email.trim(),
    });
    setBusy(false);
    if (result.ok) {
      reset();
      setOpen(false);
      onAdded(result.value);
    } else if (result.error.field === 'name') {
      setErrors({ name: result.error.message });
    } else if (result.error.field === 'email') {
      setErrors({ email: result.error.message });
    } else if (result.error.field === 'itemId') {
      setErrors({ itemId: result.error.message });
    } else {
      setErrors({ form: result.error.message });
    }
  };

  const cancel = () => {
    reset();
    setOpen(false);
  };

  return (
    <InlineForm className="card add-person" label={label} onSubmit={() => void submit()} onCancel={cancel}>
      <h2 className="add-person-title">{label}</h2>
      {errors.form && <ErrorBanner error={errors.form} />}
      <div className="add-person-grid">
        <TextField id={`${baseId}-name`} label="Namn" type="text" autoFocus value={name} error={errors.name} onChange={setName} />
        <TextField id={`${baseId}-title`} label="Titel" type="text" value={title} onChange={setTitle} />
        <TextField id={`${baseId}-org`} label="Organisation" type="text" value={organisation} onChange={setOrganisation} />
        <TextField
          id={`${baseId}-email`}
          label="E-post"
          hint="(valfri, för kallelsen)"
          type="text"
          inputMode="email"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={setEmail}
        />
        {kind === 'guest' && (
          <Field id={`${baseId}-item`} label="Punkt" error={errors.itemId}>
            {(control) => (
              <select {...control} className="field-input" value={itemId} onChange={(e) => setItemId(e.target.value)}>
                <option value="">Välj punkt …</option>
                {agenda.map((entry) => (
                  <option key={entry.item.id} value={entry.item.id}>
                    {entry.fullLabel}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <FormActions submitLabel={label} busyLabel="Lägger till …" busy={busy} onCancel={cancel} />
    </InlineForm>
  );
}
