import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { NewMember } from '../../shared/model/new-meeting';
import { roleLabel } from '../../shared/format/labels';
import { parseRosterPaste, type PastedRosterRow } from '../../shared/roster/paste';
import { count } from '../app/text';

interface Props {
  categories: { key: string; label: string }[];
  existingNames: readonly string[];
  initialCategory?: string;
  onCancel: () => void;
  onConfirm: (categoryKey: string, members: NewMember[]) => void;
}

function skipReason(row: PastedRosterRow): string {
  if (row.reason) return row.reason;
  return row.status === 'duplicate' ? 'Finns redan i listan.' : 'Raden kunde inte läsas som en person.';
}

/**
 * "Klistra in från Excel eller Word": rows pasted into a text field, a live
 * preview of how each row is read and which are skipped (and why), and the
 * category they go into. Nothing changes until "Lägg till N personer".
 */
export function PasteRosterDialog({ categories, existingNames, initialCategory, onCancel, onConfirm }: Props) {
  const baseId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [categoryKey, setCategoryKey] = useState(initialCategory ?? categories[0]?.key ?? '');
  const deferred = useDeferredValue(text);
  const rows = useMemo(
    () => parseRosterPaste(deferred, existingNames).filter((row) => row.raw.trim() !== ''),
    [deferred, existingNames],
  );
  const ok = rows.filter((row) => row.status === 'ok' && row.member);
  const skipped = rows.length - ok.length;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const confirmLabel = ok.length === 0 ? 'Lägg till personer' : `Lägg till ${count(ok.length, 'person', 'personer')}`;

  return (
    <dialog
      ref={dialogRef}
      className="dialog paste-dialog"
      aria-labelledby={`${baseId}-title`}
      aria-describedby={`${baseId}-lead`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        className="dialog-body"
        onSubmit={(e) => {
          e.preventDefault();
          if (ok.length === 0 || !categoryKey) return;
          onConfirm(
            categoryKey,
            ok.map((row) => row.member!),
          );
        }}
      >
        <h2 id={`${baseId}-title`} className="dialog-title">
          Klistra in från Excel eller Word
        </h2>
        <p id={`${baseId}-lead`} className="dialog-lead">
          Kopiera raderna i en tabell eller lista – en person per rad: namn, parti, organisation, titel och funktion. Du ser nedan hur
          varje rad läses innan något läggs till.
        </p>

        <div className="form-field">
          <label className="field-label" htmlFor={`${baseId}-category`}>
            Lägg till i kategori
          </label>
          <select
            id={`${baseId}-category`}
            className="field-input"
            value={categoryKey}
            onChange={(e) => setCategoryKey(e.target.value)}
          >
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>

        <div className="form-field">
          <label className="field-label" htmlFor={`${baseId}-text`}>
            Rader att klistra in
          </label>
          <textarea
            id={`${baseId}-text`}
            className="field-input paste-text"
            rows={6}
            value={text}
            spellCheck={false}
            placeholder={'Anna Berg\t(S)\tKustregionen\tledamot'}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
        </div>

        <div className="paste-preview" aria-live="polite">
          {rows.length === 0 ? (
            <p className="muted">När du klistrar in visas här hur varje rad läses.</p>
          ) : (
            <>
              <p className="paste-summary">
                {count(ok.length, 'person', 'personer')} läggs till
                {skipped > 0 && `, ${count(skipped, 'rad', 'rader')} hoppas över`}.
              </p>
              <div className="table-scroll">
                <table className="preview-table" aria-label="Så läses raderna">
                  <thead>
                    <tr>
                      <th scope="col">Rad</th>
                      <th scope="col">Namn</th>
                      <th scope="col">Parti</th>
                      <th scope="col">Organisation</th>
                      <th scope="col">Titel</th>
                      <th scope="col">Funktion</th>
                      <th scope="col">Resultat</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) =>
                      row.status === 'ok' && row.member ? (
                        <tr key={row.line} data-status="ok">
                          <td className="num">{row.line}</td>
                          <td>{row.member.vacant ? 'Vakant' : row.member.name}</td>
                          <td>{row.member.party}</td>
                          <td>{row.member.organisation}</td>
                          <td>{row.member.title}</td>
                          <td>{roleLabel(row.member.role)}</td>
                          <td className="result-ok">Läggs till</td>
                        </tr>
                      ) : (
                        <tr key={row.line} data-status={row.status} className="is-skipped">
                          <td className="num">{row.line}</td>
                          <td colSpan={5} className="raw">
                            {row.raw}
                          </td>
                          <td className="result-skip">Hoppas över: {skipReason(row)}</td>
                        </tr>
                      ),
                    )}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>

        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={ok.length === 0 || !categoryKey}>
            {confirmLabel}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Avbryt
          </button>
        </div>
      </form>
    </dialog>
  );
}
