import { useId, useRef, useState } from 'react';
import { NEW_BODY_SETTINGS, bodySettingsInputSchema, type BodySettings } from '../../shared/model/domain';
import { api } from '../api/client';
import { bodyHref, navigate } from '../app/router';
import { fieldErrors } from '../app/validation';
import { useAppCommand } from '../app/commands';
import { ErrorBanner } from '../components/Banner';
import { TextField } from '../components/Field';
import { FormActions, InlineForm } from '../components/InlineForm';

/** "Nytt organ": the two names it cannot be without, then on to its settings. */
export function NewBodyButton() {
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
      ...NEW_BODY_SETTINGS,
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
    <InlineForm className="card new-body" labelledBy={`${baseId}-title`} onSubmit={() => void submit()} onCancel={cancel}>
      <h2 id={`${baseId}-title`} className="new-meeting-title">
        Nytt organ
      </h2>
      {errors.form && <ErrorBanner error={errors.form} />}
      <TextField
        id={`${baseId}-name`}
        label="Fullständigt namn"
        type="text"
        autoFocus
        value={name}
        error={errors.name}
        onChange={setName}
      />
      <TextField
        id={`${baseId}-short`}
        label="Kortnamn"
        hint="(till exempel PSN)"
        type="text"
        value={shortName}
        error={errors.shortName}
        onChange={setShortName}
      />
      <FormActions submitLabel="Skapa organ" busyLabel="Skapar …" busy={busy} onCancel={cancel} />
    </InlineForm>
  );
}

