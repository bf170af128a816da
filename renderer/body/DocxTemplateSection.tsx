import { useId, useRef, useState } from 'react';
import type { Body } from '../../shared/model/domain';
import { api } from '../api/client';
import { LiveText } from '../components/LiveText';
import { readAsBase64 } from '../app/readAsBase64';

type TemplateState = 'saved' | 'saving' | 'error';

/**
 * "Wordmall för export": the organisation's own .docx whose styles the DOCX
 * export takes. Saved as soon as a file is chosen or removed; the server reads
 * the file first and refuses one it cannot use, with the reason at the field.
 * `data-template-state` = saved | saving | error.
 */
export function DocxTemplateSection({ body }: { body: Body }) {
  const baseId = useId();
  const [name, setName] = useState<string | null>(body.docxTemplateName);
  const [state, setState] = useState<TemplateState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const send = async (fileName: string, contentBase64: string | null, done: string) => {
    setState('saving');
    setError(null);
    const result = await api['bodies:setDocxTemplate']({ id: body.id, fileName, contentBase64 });
    if (result.ok) {
      setName(result.value.docxTemplateName);
      setState('saved');
      setAnnounce(done);
    } else {
      setState('error');
      setError(result.error.message);
    }
  };

  const choose = async (file: File | undefined) => {
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.docx')) {
      setState('error');
      setError('Välj ett Word-dokument som slutar på .docx.');
      return;
    }
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch {
      setState('error');
      setError('Filen kunde inte läsas. Välj Word-dokumentet igen.');
      return;
    }
    await send(file.name, content, `Mallen ${file.name} används nu vid export till Word.`);
  };

  return (
    <section className="card docx-template-card" aria-labelledby={`${baseId}-heading`} data-template-state={state}>
      <h2 id={`${baseId}-heading`} className="card-title">
        Wordmall för export
      </h2>
      <p className="card-lead">
        Organisationens egen .docx-mall: exporten till Word tar formatmallarna (typsnitt, färger, avstånd) därifrån.
      </p>
      <p className="docx-template-current" data-template-name={name ?? ''}>
        {name === null ? 'Ingen mall vald – exporten använder Anteckna utseende.' : <>Nuvarande mall: <strong>{name}</strong></>}
      </p>
      <div className="form-field">
        <label htmlFor={`${baseId}-file`} className="field-label">
          Välj .docx-fil …
        </label>
        <input
          id={`${baseId}-file`}
          ref={inputRef}
          className="field-input"
          type="file"
          accept=".docx"
          disabled={state === 'saving'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${baseId}-error` : undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {error && (
          <p id={`${baseId}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {name !== null && (
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={state === 'saving'}
          onClick={() => void send(name, null, 'Mallen har tagits bort.')}
        >
          Ta bort mallen
        </button>
      )}
      <LiveText text={announce} />
    </section>
  );
}
