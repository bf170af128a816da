import { useEffect, useId, useRef, useState } from 'react';
import { $createTextNode, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { validateLinkUrl } from '../config';
import { InlineForm } from '../../components/InlineForm';

/**
 * The toolbar's "Länkadress" form. The editor loses its selection when the
 * input takes focus, so the selection it had is passed in and put back before
 * the link is made: around the selected text, or as a new link showing the
 * address where nothing was selected.
 */
export function LinkForm({
  editor,
  selection,
  onClose,
}: {
  editor: LexicalEditor;
  selection: BaseSelection | null;
  onClose: () => void;
}) {
  const [url, setUrl] = useState('https://');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const inputId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const close = () => {
    onClose();
    editor.focus();
  };

  const submit = () => {
    const value = url.trim();
    if (!validateLinkUrl(value) || /^(https?:\/\/|mailto:)$/i.test(value)) {
      setError('Länken måste börja med http://, https:// eller mailto: och ha en adress.');
      inputRef.current?.focus();
      return;
    }
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      const current = $getSelection();
      if (!$isRangeSelection(current)) return;
      if (current.isCollapsed()) {
        const link = $createLinkNode(value);
        link.append($createTextNode(value.replace(/^mailto:/i, '')));
        current.insertNodes([link]);
      } else {
        $toggleLink(value);
      }
    });
    close();
  };

  return (
    <InlineForm className="link-form" onSubmit={submit} onCancel={close}>
      <label htmlFor={inputId} className="link-form-label">
        Länkadress
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="field-input link-form-input"
        type="url"
        inputMode="url"
        spellCheck={false}
        value={url}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setUrl(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button button-primary button-small">
        Infoga länk
      </button>
      <button type="button" className="button button-quiet button-small" onClick={close}>
        Avbryt
      </button>
      {error && (
        <p id={errorId} className="field-error link-form-error">
          {error}
        </p>
      )}
    </InlineForm>
  );
}
