import { useId, useRef, useState } from 'react';
import type { ResponseOf } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { TeamsReportDialog, type TeamsApplied } from './TeamsReportDialog';

/** The file's bytes as base64, a chunk at a time so a large file does not overflow the call stack. */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Step = { kind: 'idle' } | { kind: 'reading' } | { kind: 'review'; fileName: string; reading: ResponseOf<'teams:read'> };

/**
 * "Läs in närvarorapport från Teams …": the file Teams lets the organiser
 * download, read and matched by the host, then the dialog to confirm. A file
 * that is not such a report is refused with the reason under the button.
 * `data-teams-state` = idle | reading | review.
 */
export function TeamsReportButton({ meetingId, onApplied }: { meetingId: number; onApplied: (applied: TeamsApplied) => void }) {
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    setError(null);
    setStep({ kind: 'reading' });
    let contentBase64: string;
    try {
      contentBase64 = await fileBase64(file);
    } catch {
      setStep({ kind: 'idle' });
      setError('Filen kunde inte läsas. Välj närvarorapporten igen.');
      return;
    }
    const result = await api['teams:read']({ meetingId, fileName: file.name, contentBase64 });
    if (!result.ok) {
      setStep({ kind: 'idle' });
      setError(result.error.message);
      buttonRef.current?.focus();
      return;
    }
    setStep({ kind: 'review', fileName: file.name, reading: result.value });
  };

  return (
    <div className="teams-report" data-teams-state={step.kind}>
      <button
        ref={buttonRef}
        type="button"
        className="button button-small"
        aria-describedby={error ? `${baseId}-error` : undefined}
        aria-invalid={error ? true : undefined}
        // Not `disabled` while reading: focus stays on the button, and comes back to it from the dialog.
        aria-disabled={step.kind === 'reading' || undefined}
        onClick={() => step.kind === 'idle' && inputRef.current?.click()}
      >
        {step.kind === 'reading' ? 'Läser rapporten …' : 'Läs in närvarorapport från Teams …'}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        hidden
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {error && (
        <p id={`${baseId}-error`} className="field-error teams-error" role="alert">
          {error}
        </p>
      )}
      {step.kind === 'review' && (
        <TeamsReportDialog
          meetingId={meetingId}
          fileName={step.fileName}
          reading={step.reading}
          returnFocus={buttonRef}
          onClose={() => setStep({ kind: 'idle' })}
          onApplied={(applied) => {
            setStep({ kind: 'idle' });
            onApplied(applied);
          }}
        />
      )}
    </div>
  );
}
