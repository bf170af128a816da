import { useEffect, useMemo, useRef, useState } from 'react';
import type { Body, BodySettings } from '../../shared/model/domain';
import { api } from '../api/client';
import { currentHref, invalidFields } from '../app/invalidFields';
import { LatestSaver } from '../app/latestSaver';
import type { BodySaveState } from '../components/BodySaveState';
import {
  normalizeSettings,
  pickSettings,
  serverField,
  SETTINGS_FIELDS,
  TEXT_FIELDS,
  validateSettings,
  type SettingsErrors,
  type SettingsField,
  type TextField,
} from './bodySettingsFields';

/** Where a wrong value of a text field is kept while she is on another page (`data-draft-key` on the field). */
export const keptKey = (bodyId: number, field: TextField) => `body:${bodyId}:settings:${field}`;

/** The settings with the text of every field that still holds a wrong value. */
function withKeptText(bodyId: number, settings: BodySettings): BodySettings {
  const out = { ...settings };
  for (const { field } of TEXT_FIELDS) {
    const kept = invalidFields.get(keptKey(bodyId, field));
    if (kept) out[field] = kept.text;
  }
  return out;
}

function keptMessages(bodyId: number): SettingsErrors {
  const out: SettingsErrors = {};
  for (const { field } of TEXT_FIELDS) {
    const kept = invalidFields.get(keptKey(bodyId, field));
    if (kept) out[field] = kept.message;
  }
  return out;
}

/** Wrong text fields are kept with their messages until fixed; fixed ones are let go. */
function keepWrongText(bodyId: number, value: BodySettings, errors: SettingsErrors): void {
  for (const { field, label } of TEXT_FIELDS) {
    const message = errors[field];
    if (message) invalidFields.set({ key: keptKey(bodyId, field), text: value[field], message, label, href: currentHref() });
    else invalidFields.clear(keptKey(bodyId, field));
  }
}

/**
 * The "Inställningar" card's state: the draft as typed, the errors shown at
 * the fields, and the save (after a pause, only when every field is valid).
 * A wrong value she left for another page comes back with its message (see
 * app/invalidFields.ts).
 */
export function useBodySettings(body: Body, onSaved: (body: Body) => void, onState: (state: BodySaveState) => void) {
  const [draft, setDraft] = useState<BodySettings>(() => withKeptText(body.id, pickSettings(body)));
  const [shown, setShown] = useState<SettingsErrors>(() => keptMessages(body.id));
  const [formError, setFormError] = useState<string | null>(null);
  const draftRef = useRef(draft);
  const callbacks = useRef({ onSaved, onState });
  callbacks.current = { onSaved, onState };

  const saver = useMemo(() => {
    return new LatestSaver<BodySettings, Body>(`body-settings:${body.id}`, {
      send: (settings) => api['bodies:updateSettings']({ id: body.id, settings }),
      onSaved: (saved) => {
        setFormError(null);
        callbacks.current.onSaved(saved);
      },
      onFailed: (error) => {
        const field = serverField(error.field);
        if (field) setShown((prev) => ({ ...prev, [field]: error.message }));
        else setFormError(error.message);
      },
      onState: (state) => callbacks.current.onState(state),
    });
  }, [body.id]);

  useEffect(() => () => saver.dispose(), [saver]);

  /** Saves the draft when it is valid; otherwise nothing is stored and the errors are shown where told. */
  const commit = (next: BodySettings, delayMs: number, reveal: SettingsField | 'all' | null) => {
    const value = normalizeSettings(next);
    const errors = validateSettings(value);
    setShown((prev) => {
      const out: SettingsErrors = {};
      for (const f of SETTINGS_FIELDS) {
        // A shown error follows the value (goes away when fixed); new ones appear when the field is left.
        if (prev[f] !== undefined || reveal === 'all' || reveal === f) {
          if (errors[f]) out[f] = errors[f];
        }
      }
      // The end-before-start rule belongs to the end time but is caused by either field.
      if (reveal === 'defaultStartTime' && errors.defaultEndTime) out.defaultEndTime = errors.defaultEndTime;
      return out;
    });
    keepWrongText(body.id, value, errors);
    if (Object.keys(errors).length > 0) {
      saver.cancel();
      callbacks.current.onState('invalid');
      return;
    }
    saver.schedule(value, delayMs);
  };

  /** A field changed: saved after `delayMs` when the whole draft is valid. */
  const change = (field: SettingsField, value: string | boolean, delayMs: number) => {
    const next = { ...draftRef.current, [field]: value };
    draftRef.current = next;
    setDraft(next);
    commit(next, delayMs, null);
  };

  /** A field was left (or Enter pressed in it): saved at once, its error shown. */
  const leave = (field: SettingsField) => commit(draftRef.current, 0, field);

  return { draft, shown, formError, change, leave };
}
