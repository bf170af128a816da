import { useId, useRef, useState } from 'react';
import { verifyResultText } from '../../shared/archive/issued-text';
import { VERIFY_MAX_BYTES } from '../../shared/ipc/contract-archive';
import type { VerifyResult } from '../../shared/model/issued';
import { api } from '../api/client';
import { readAsBase64 } from '../app/readAsBase64';
import { FormError } from '../components/Field';
import { LiveText } from '../components/LiveText';
import './archive-copy.css';

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'done'; fileName: string; result: VerifyResult }
  | { kind: 'error'; message: string };

/**
 * "Kontrollera en PDF…" on the archive page: any PDF compared with every
 * file Anteckna has archived or published. Says whether it is one of them
 * (and which version, approved when and by whom), a changed copy of one, or
 * unknown. `data-verify-state` = idle | checking | done | error, and
 * `data-verify-status` on the result.
 */
export function VerifyPdf() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const check = async (file: File | undefined) => {
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    if (file.size > VERIFY_MAX_BYTES) {
      setState({ kind: 'error', message: 'Filen är för stor (högst 100 MB).' });
      return;
    }
    setState({ kind: 'checking', fileName: file.name });
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setState({ kind: 'error', message: 'Filen kunde inte läsas. Välj PDF-filen igen.' });
      return;
    }
    const result = await api['archive:verify']({ fileName: file.name.slice(0, 255), contentBase64 });
    setState(result.ok ? { kind: 'done', fileName: file.name, result: result.value } : { kind: 'error', message: result.error.message });
  };

  const text = state.kind === 'done' ? verifyResultText(state.result) : null;
  return (
    <section className="card verify-pdf" aria-labelledby={`${id}-title`} data-verify-state={state.kind}>
      <h2 id={`${id}-title`} className="archive-section-title">
        Kontrollera en PDF
      </h2>
      <p className="muted">
        Är en PDF den justerade versionen som arkiverades eller publicerades, och är den oförändrad? Filen jämförs med allt som
        Anteckna har arkiverat och publicerat.
      </p>
      <button
        type="button"
        className="button button-small"
        aria-disabled={state.kind === 'checking' || undefined}
        onClick={() => {
          if (state.kind !== 'checking') inputRef.current?.click();
        }}
      >
        Kontrollera en PDF…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".pdf,application/pdf"
        hidden
        aria-label="PDF att kontrollera"
        onChange={(e) => void check(e.target.files?.[0])}
      />
      {state.kind === 'checking' && <p className="muted">Kontrollerar {state.fileName} …</p>}
      {state.kind === 'done' && (
        <p className="verify-pdf-result" data-verify-status={state.result.status}>
          <span className="verify-pdf-file">{state.fileName}: </span>
          {text}
        </p>
      )}
      {state.kind === 'error' && <FormError error={state.message} />}
      <LiveText text={text ?? ''} />
    </section>
  );
}
