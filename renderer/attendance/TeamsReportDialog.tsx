import { useId, useState, type RefObject } from 'react';
import type { ResponseOf } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { FieldError, fieldControl } from '../components/Field';
import { DialogForm } from '../components/DialogField';
import { Dialog } from '../review/Dialog';
import { count } from '../app/text';
import { applyInput, calledLabel, guestNameError, initialChoices, joinedText, linkText, sharedWith, type TeamsChoice } from './teams-choices';
import './teams-report.css';

/**
 * "Närvarorapport från Teams": each person of the report with the called
 * person proposed for them (a select to change it or choose "Ingen"), when
 * they came and left, why the match was made or why it was not, and for the
 * unmatched "Lägg till som gäst". Nothing is stored before "Markera med på länk".
 */

type Reading = ResponseOf<'teams:read'>;
export type TeamsApplied = ResponseOf<'teams:apply'>;

export function TeamsReportDialog({
  meetingId,
  fileName,
  reading,
  onApplied,
  onClose,
  returnFocus,
}: {
  meetingId: number;
  fileName: string;
  reading: Reading;
  /** Where focus goes when the dialog closes: the button that opened it. */
  returnFocus: RefObject<HTMLElement | null>;
  onApplied: (applied: TeamsApplied) => void;
  onClose: () => void;
}) {
  const baseId = useId();
  const { report, matches, called } = reading;
  const [choices, setChoices] = useState<TeamsChoice[]>(() => initialChoices(matches));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const matched = matches.filter((m) => m.personId !== null).length;

  const change = (index: number, patch: Partial<TeamsChoice>) =>
    setChoices((prev) => prev.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  const submit = async () => {
    const firstBad = choices.findIndex((c) => guestNameError(c) !== null);
    if (firstBad >= 0) {
      setShowErrors(true);
      document.getElementById(`${baseId}-guest-${firstBad}`)?.focus();
      return;
    }
    const input = applyInput(meetingId, report, matches, choices);
    if (input.matches.length === 0 && input.guests.length === 0) {
      setError('Välj minst en kallad person eller en gäst att markera.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api['teams:apply'](input);
    setBusy(false);
    if (result.ok) onApplied(result.value);
    else setError(result.error.message);
  };

  const lead = `${fileName}: ${count(report.participants.length, 'person', 'personer')} i rapporten, ${matched} med förslag. Kontrollera vem som är vem. Den som kom mer än 10 minuter efter mötets start eller gick mer än 10 minuter före slutet får sin tid.`;

  return (
    <Dialog title="Närvarorapport från Teams" lead={lead} onClose={onClose} className="teams-dialog" returnFocus={returnFocus}>
      {() => (
        <DialogForm onSubmit={() => void submit()} submitLabel="Markera med på länk" busyLabel="Markerar …" busy={busy} error={error} onCancel={onClose}>
          <ul className="teams-list" aria-label="Personer i rapporten">
            {matches.map((m, i) => {
              const participant = report.participants[m.index]!;
              const choice = choices[i]!;
              const chosen = called.find((p) => p.id === choice.personId);
              const shared = sharedWith(choices, matches, i);
              const selectId = `${baseId}-person-${i}`;
              const guestId = `${baseId}-guest-${i}`;
              const guestError = showErrors ? guestNameError(choice) : null;
              const notes = [
                choice.personId !== null && choice.personId === m.candidate?.personId ? m.candidate.reason : '',
                choice.personId === m.personId ? (m.conflict ?? '') : '',
                m.personId === null && choice.personId === null && m.candidate !== null && m.conflict === null
                  ? `Liknar ${called.find((p) => p.id === m.candidate!.personId)?.name ?? ''} (${m.candidate.reason.replace(/\.$/, '').toLocaleLowerCase('sv-SE')}), men för osäkert för ett förslag.`
                  : '',
                shared.length > 0 ? `Samma kallade som ${shared.join(' och ')}: räknas som en person, från första anslutningen till sista utloggningen.` : '',
                chosen?.attendance.status === 'present' ? `${chosen.name} är redan närvarande i rummet och ändras inte.` : '',
              ].filter(Boolean);
              return (
                <li key={m.index} className="teams-person" data-teams-person={participant.name}>
                  <div className="teams-person-head">
                    <span className="teams-name">{participant.name}</span>
                    <span className="teams-times">
                      {joinedText(participant)} {choice.personId !== null || choice.guest ? linkText(m) : ''}
                    </span>
                  </div>
                  <div className="teams-person-choice">
                    <label htmlFor={selectId} className="field-label">
                      Kallad person<span className="visually-hidden"> för {participant.name}</span>
                    </label>
                    <select
                      id={selectId}
                      className="field-input"
                      value={choice.personId ?? ''}
                      data-autofocus={i === 0 || undefined}
                      aria-describedby={notes.length > 0 ? `${selectId}-notes` : undefined}
                      onChange={(e) => change(i, { personId: e.target.value === '' ? null : Number(e.target.value) })}
                    >
                      <option value="">Ingen</option>
                      {called.map((p) => (
                        <option key={p.id} value={p.id}>
                          {calledLabel(p)}
                        </option>
                      ))}
                    </select>
                    {choice.personId === null && (
                      <label className="att-check teams-guest">
                        <input type="checkbox" checked={choice.guest} onChange={(e) => change(i, { guest: e.target.checked })} />
                        Lägg till som gäst
                      </label>
                    )}
                  </div>
                  {choice.personId === null && choice.guest && (
                    <div className="form-field teams-guest-name">
                      <label htmlFor={guestId} className="field-label">
                        Gästens namn i anteckningen
                      </label>
                      <input
                        {...fieldControl(guestId, guestError)}
                        className="field-input"
                        value={choice.guestName}
                        onChange={(e) => change(i, { guestName: e.target.value })}
                      />
                      <FieldError id={guestId} error={guestError} />
                    </div>
                  )}
                  {notes.length > 0 && (
                    <p id={`${selectId}-notes`} className="teams-notes">
                      {notes.join(' ')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </DialogForm>
      )}
    </Dialog>
  );
}
