import { useId, useState, type FormEvent } from 'react';
import { ITEM_KINDS, type Body, type ItemKind, type StandpointTemplate } from '../../shared/model/domain';
import { itemKindLabel } from '../../shared/format/labels';
import { GAP, PLACEHOLDERS, fillTemplate, upgradeLegacyTemplate, type Placeholder, type TemplateContext } from '../../shared/standpoints/templates';
import { api } from '../api/client';
import { splitGaps, templateContext } from './context';
import { templateCache, useTemplates } from './store';
import { Field, FormError, TextField } from '../components/Field';
import { FormActions } from '../components/InlineForm';
import './template-preview.css';

const PLACEHOLDER_HELP: Record<Placeholder, string> = {
  '{organ}': 'organets kortnamn',
  '{organet}': 'organets namn i bestämd form (”Styrgruppen”), annars kortnamnet',
  '{organ formellt}': 'organets formella namn',
  '{nästa möte}': 'datum för nästa planerade möte',
  '{grupp}': 'grupp eller person som får uppdraget (anges när frasen infogas)',
  '{positiv}':
    'ett ord som böjs efter organets namn: positiv, positivt eller positiva, som du har valt under ”Organets namn böjs som”. ' +
    'Fungerar med andra ord också, till exempel {enig} eller {nöjd}. Ord som böjs oregelbundet skrivs med sina tre former: {liten/litet/små}',
};

/** The body's values, without a meeting: "nästa möte" stays a visible gap. */
function previewContext(body: Body): TemplateContext {
  return { ...templateContext(body, { date: '0000-00-00' }, ''), nextMeetingDate: null };
}

/** What a placeholder becomes for this body, or the gap that is left to fill in. */
function PlaceholderValue({ placeholder, body }: { placeholder: Placeholder; body: Body }) {
  if (placeholder === '{positiv}') {
    return <>. Här blir det ”{fillTemplate(placeholder, previewContext(body)).text}”.</>;
  }
  return (
    <>
      ; saknas värdet står <span className="template-gap">{GAP[placeholder]}</span> kvar att fylla i.
    </>
  );
}

interface Draft {
  id?: number;
  label: string;
  text: string;
  kinds: ItemKind[];
}

/**
 * "Standardfraser för ställningstaganden": the body's phrase library, shown
 * as a section of the body view. The phrases are offered in the meeting's
 * standpoint picker, best match for the item's kind first.
 */
export function TemplateLibrary({ body }: { body: Body }) {
  const templates = useTemplates(body.id);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const list = templates.status === 'ready' ? templates.templates : [];
  const preview = previewContext(body);

  const remove = async (template: StandpointTemplate) => {
    const result = await api['templates:remove']({ bodyId: body.id, templateId: template.id });
    setConfirmRemove(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    templateCache.put(
      body.id,
      list.filter((t) => t.id !== template.id),
    );
  };

  return (
    <section className="card template-library" aria-labelledby={headingId} data-template-library="">
      <div className="card-head">
        <h2 id={headingId} className="card-title">
          Standardfraser för ställningstaganden
        </h2>
      </div>
      <p className="card-lead">
        Fraserna föreslås i mötet när du skriver ställningstagande (Ctrl+Alt+S), de som passar punktens typ först.
      </p>
      <details className="template-placeholders">
        <summary>Platshållare i fraserna</summary>
        <dl>
          {(Object.keys(PLACEHOLDERS) as Placeholder[]).map((p) => (
            <div key={p}>
              <dt>
                <code>{p}</code>
              </dt>
              <dd>
                {PLACEHOLDER_HELP[p]}
                <PlaceholderValue placeholder={p} body={body} />
              </dd>
            </div>
          ))}
        </dl>
      </details>

      {templates.status === 'loading' && <p className="muted">Hämtar fraser …</p>}
      {templates.status === 'error' && <FormError error={`Fraserna kunde inte hämtas: ${templates.message}`} />}
      <FormError error={error} />

      <ul className="template-list">
        {list.map((t) =>
          editing?.id === t.id ? (
            <li key={t.id} className="template-row is-editing">
              <TemplateForm
                body={body}
                draft={editing}
                onCancel={() => setEditing(null)}
                onSaved={(saved) => {
                  templateCache.put(
                    body.id,
                    list.map((x) => (x.id === saved.id ? saved : x)),
                  );
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={t.id} className="template-row" data-template-label={t.label}>
              <div className="template-row-main">
                <p className="template-row-label">
                  {t.label}
                  {t.standing && <span className="chip template-standing">Stående punkt</span>}
                </p>
                <p className="template-row-text">
                  {splitGaps(fillTemplate(t.text, preview).text).map((part, i) =>
                    part.gap ? (
                      <span key={i} className="template-gap">
                        {part.text}
                      </span>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </p>
                <p className="template-row-kinds">{t.kinds.map(itemKindLabel).join(', ') || 'Alla typer'}</p>
              </div>
              <div className="template-row-actions">
                {confirmRemove === t.id ? (
                  <>
                    <button type="button" className="button button-small danger-quiet" onClick={() => void remove(t)}>
                      Ta bort frasen
                    </button>
                    <button type="button" className="button button-small button-quiet" onClick={() => setConfirmRemove(null)}>
                      Avbryt
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => setEditing({ id: t.id, label: t.label, text: upgradeLegacyTemplate(t.text), kinds: [...t.kinds] })}
                      aria-label={`Ändra ${t.label}`}
                    >
                      Ändra
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => setConfirmRemove(t.id)}
                      aria-label={`Ta bort ${t.label}`}
                    >
                      Ta bort
                    </button>
                  </>
                )}
              </div>
            </li>
          ),
        )}
      </ul>

      {editing && editing.id === undefined ? (
        <TemplateForm
          body={body}
          draft={editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            templateCache.put(body.id, [...list, saved]);
            setEditing(null);
          }}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => setEditing({ label: '', text: '', kinds: [] })}
          disabled={templates.status !== 'ready'}
        >
          Ny fras
        </button>
      )}
    </section>
  );
}

function TemplateForm({
  body,
  draft,
  onCancel,
  onSaved,
}: {
  body: Body;
  draft: Draft;
  onCancel: () => void;
  onSaved: (saved: StandpointTemplate) => void;
}) {
  const [label, setLabel] = useState(draft.label);
  const [text, setText] = useState(draft.text);
  const [kinds, setKinds] = useState<ItemKind[]>(draft.kinds);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api['templates:save']({
      bodyId: body.id,
      template: { ...(draft.id !== undefined ? { id: draft.id } : {}), label, text, kinds },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onSaved(result.value);
  };

  return (
    <form
      className="template-form"
      aria-label={draft.id === undefined ? 'Ny fras' : `Ändra ${draft.label}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <TextField
        id={`${id}-label`}
        label="Namn"
        value={label}
        onChange={setLabel}
        placeholder="t.ex. Noterar informationen"
        autoFocus
      />
      <div className="template-form-text-field">
        <Field id={`${id}-text`} label="Text">
          {(control) => (
            <textarea
              {...control}
              className="field-input template-form-text"
              value={text}
              rows={3}
              onChange={(e) => setText(e.target.value)}
              placeholder="{organ formellt} noterar informationen."
              aria-describedby={`${id}-text-hint`}
            />
          )}
        </Field>
        <p id={`${id}-text-hint`} className="field-hint">
          Platshållare: {(Object.keys(PLACEHOLDERS) as Placeholder[]).join(', ')}. {'{positiv}'} böjs efter organets namn.
        </p>
        {text.trim() !== '' && (
          <p className="field-hint template-form-preview" data-template-preview="">
            Så blir det: {fillTemplate(text, previewContext(body)).text}
          </p>
        )}
      </div>
      <fieldset className="template-form-kinds">
        <legend className="field-label">Föreslås för</legend>
        {ITEM_KINDS.map((k) => (
          <label key={k} className="checkbox">
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={(e) => setKinds((prev) => (e.target.checked ? [...prev, k] : prev.filter((x) => x !== k)))}
            />{' '}
            {itemKindLabel(k)}
          </label>
        ))}
      </fieldset>
      <FormError error={error} />
      <FormActions className="template-form-actions" submitLabel="Spara frasen" busyLabel="Spara frasen" busy={busy} onCancel={onCancel} />
    </form>
  );
}
