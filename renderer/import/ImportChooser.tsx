import { useId, useState } from 'react';
import { MAX_IMPORT_TEXT } from '../../shared/import/source';
import { Field } from '../components/Field';
import { ACCEPT } from './import-files-model';

/**
 * Where the minutes come from: Word, PDF or text files (several at once), or
 * text pasted from anywhere. The browser host has no file dialog of its own,
 * so files come through the page's file choice.
 */
export function ImportChooser({ onFiles, onPaste }: { onFiles: (files: File[]) => void; onPaste: (text: string) => void }) {
  const baseId = useId();
  const [text, setText] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);

  const readPaste = () => {
    if (text.trim() === '') {
      setPasteError('Klistra in mötesanteckningarna i rutan först.');
      document.getElementById(`${baseId}-paste`)?.focus();
      return;
    }
    if (text.length > MAX_IMPORT_TEXT) {
      setPasteError('Texten är för lång för att läsas in. Dela upp den i flera möten.');
      document.getElementById(`${baseId}-paste`)?.focus();
      return;
    }
    onPaste(text);
  };

  return (
    <div className="import-choose">
      <section className="card import-choose-card" aria-labelledby={`${baseId}-files-title`}>
        <h2 id={`${baseId}-files-title`} className="card-title">
          Välj filer
        </h2>
        <p className="card-lead">Word (.docx), PDF med text (.pdf) eller textfiler (.txt). Du kan välja flera filer på en gång.</p>
        <div className="form-field">
          <label htmlFor={`${baseId}-files`} className="field-label">
            Filer med mötesanteckningar
          </label>
          <input
            id={`${baseId}-files`}
            className="field-input"
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(e) => {
              const chosen = [...(e.target.files ?? [])];
              e.target.value = '';
              if (chosen.length > 0) onFiles(chosen);
            }}
          />
        </div>
      </section>

      <section className="card import-choose-card" aria-labelledby={`${baseId}-paste-title`}>
        <h2 id={`${baseId}-paste-title`} className="card-title">
          Klistra in text
        </h2>
        <p className="card-lead">Kopiera anteckningarna från Word, en webbsida eller ett mejl och klistra in dem här.</p>
        <Field id={`${baseId}-paste`} label="Mötesanteckningar som text" error={pasteError}>
          {(control) => (
            <textarea
              {...control}
              className="field-input field-textarea import-paste"
              rows={8}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                if (pasteError) setPasteError(null);
              }}
            />
          )}
        </Field>
        <button type="button" className="button button-primary" onClick={readPaste}>
          Läs in texten
        </button>
      </section>
    </div>
  );
}
