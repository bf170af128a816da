import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useModalDialog } from '../components/useModalDialog';
import type { MeetingSummary } from '../../shared/model/domain';
import type { PastedCalledPerson } from '../../shared/model/attendance';
import type { NewMember } from '../../shared/model/new-meeting';
import { roleLabel } from '../../shared/format/labels';
import { parseRosterPaste, type PastedRosterRow } from '../../shared/roster/paste';
import { count } from '../app/text';
import { PasteMeetingChoice, useListMeetings } from './PasteMeetingChoice';
import { DEFAULT_CATEGORY, markWord, pastedCalled, rowsForMeeting, type PasteCategory } from './pasteMarks';

/** What the secretary confirmed: members for the roster, and the list's attendance for a meeting. */
export interface PasteOutcome {
  category: PasteCategory;
  members: NewMember[];
  meeting: { id: number; date: string; persons: PastedCalledPerson[] } | null;
}

interface Props {
  bodyId: number;
  /** The roster's categories; none: the paste makes "Ledamöter", without a side. */
  categories: PasteCategory[];
  existingNames: readonly string[];
  initialCategory?: string;
  onCancel: () => void;
  onConfirm: (outcome: PasteOutcome) => void;
}

function skipReason(row: PastedRosterRow): string {
  if (row.reason) return row.reason;
  return row.status === 'duplicate' ? 'Finns redan i listan.' : 'Raden kunde inte läsas som en person.';
}

/**
 * "Klistra in från Excel eller Word": rows pasted into a text field, a live
 * preview of how each row is read and which are skipped (and why), and the
 * category they go into. A list whose names carry attendance ("(förhindrad)")
 * offers to mark it in the body's next meeting. Nothing changes until the
 * secretary confirms.
 */
export function PasteRosterDialog({ bodyId, categories, existingNames, initialCategory, onCancel, onConfirm }: Props) {
  const baseId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const choices = categories.length > 0 ? categories : [DEFAULT_CATEGORY];
  const [categoryKey, setCategoryKey] = useState(initialCategory ?? choices[0]!.key);
  const category = choices.find((c) => c.key === categoryKey) ?? choices[0]!;
  const deferred = useDeferredValue(text);
  const rows = useMemo(
    () => parseRosterPaste(deferred, existingNames).filter((row) => row.raw.trim() !== ''),
    [deferred, existingNames],
  );
  const ok = rows.filter((row) => row.status === 'ok' && row.member);
  const skipped = rows.length - ok.length;
  const meetings = useListMeetings(bodyId);
  const [chosen, setChosen] = useState<MeetingSummary | null>(null);
  const [apply, setApply] = useState(true);
  const forMeeting = rowsForMeeting(rows);
  const meeting = chosen ?? meetings?.[0] ?? null;
  const toMeeting = apply && meeting !== null && forMeeting.some((row) => row.mark) ? meeting : null;

  useModalDialog(dialogRef);

  const confirmLabel =
    ok.length > 0 ? `Lägg till ${count(ok.length, 'person', 'personer')}` : toMeeting ? 'Markera i mötet' : 'Lägg till personer';

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
          if (ok.length === 0 && !toMeeting) return;
          onConfirm({
            category,
            members: ok.map((row) => row.member!),
            meeting: toMeeting && { id: toMeeting.id, date: toMeeting.date, persons: pastedCalled(forMeeting, category) },
          });
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
            value={category.key}
            aria-describedby={categories.length === 0 ? `${baseId}-category-hint` : undefined}
            onChange={(e) => setCategoryKey(e.target.value)}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
          {categories.length === 0 && (
            <p id={`${baseId}-category-hint`} className="field-hint">
              Organet har inga sidor eller kategorier än: listan läggs i en kategori ”Ledamöter” utan sida, som du kan byta namn på
              eller dela upp efteråt.
            </p>
          )}
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
            data-autofocus
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
              {/* Scrolls at narrow widths: the frame takes focus so the keyboard can scroll it (WCAG 2.1.1). */}
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Så läses raderna">
                <table className="preview-table">
                  <thead>
                    <tr>
                      <th scope="col">Rad</th>
                      <th scope="col">Namn</th>
                      <th scope="col">Parti</th>
                      <th scope="col">Organisation</th>
                      <th scope="col">Titel</th>
                      <th scope="col">E-post</th>
                      <th scope="col">Funktion</th>
                      <th scope="col">Närvaro</th>
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
                          <td>{row.member.email}</td>
                          <td>{roleLabel(row.member.role)}</td>
                          <td>{row.mark && markWord(row.mark)}</td>
                          <td className="result-ok">Läggs till</td>
                        </tr>
                      ) : (
                        <tr key={row.line} data-status={row.status} className="is-skipped">
                          <td className="num">{row.line}</td>
                          <td colSpan={6} className="raw">
                            {row.raw}
                          </td>
                          <td>{row.mark && markWord(row.mark)}</td>
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

        {meetings !== null && (
          <PasteMeetingChoice
            meetings={meetings}
            rows={forMeeting}
            chosen={meeting}
            apply={apply}
            onChoose={setChosen}
            onApply={setApply}
          />
        )}

        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={ok.length === 0 && !toMeeting}>
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
