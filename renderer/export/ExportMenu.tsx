import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { api } from '../api/client';
import { useLoad } from '../app/useLoad';
import { Dialog } from '../review/Dialog';
import './export.css';
import './print.css';
import './kallelse-menu.css';
import { useAppCommand } from '../app/commands';
import { FormError } from '../components/Field';
import { KALLELSE_CHOICES, MINUTES_CHOICES, PUBLISH_ENTRY, type ExportChoice } from './exportChoices';
import { navigate, publicationHref, spellingCheckHref } from '../app/router';

type State =
  | { kind: 'idle' }
  | { kind: 'printing'; html: string | null }
  | { kind: 'exporting'; choice: ExportChoice }
  | { kind: 'confirm'; choice: ExportChoice }
  | { kind: 'done'; choice: ExportChoice; path: string; fileName: string; note: string | null }
  | { kind: 'error'; message: string };

/** Up/Down (and Home/End) move between the formats. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'ArrowDown' ? (at + 1) % buttons.length
    : event.key === 'ArrowUp' ? (at - 1 + buttons.length) % buttons.length
    : event.key === 'Home' ? 0
    : event.key === 'End' ? buttons.length - 1
    : null;
  if (next === null) return;
  event.preventDefault();
  buttons[next]?.focus();
}

/**
 * "Exportera" (DOCX, PDF, PDF/A, HTML, Mötesfil, and the kallelse as Word or
 * PDF) and "Förhandsgranska" for one meeting. Exports go to the host's
 * export folder; an existing file is only replaced after "Filen finns redan.
 * Vill du ersätta den?".
 */
export function ExportMenu({
  meetingId,
  beforeExport,
  notice,
  kallelseWarning = null,
}: {
  meetingId: number;
  beforeExport: () => Promise<void>;
  /** Said before the formats: how many called persons are unmarked, with the action that marks them. */
  notice?: ReactNode;
  /** Said before the kallelse entries when the agenda runs past the end time; the kallelse can still be written. */
  kallelseWarning?: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [preview, setPreview] = useState(false);
  const [canShowFolder, setCanShowFolder] = useState(false);
  const [folderNote, setFolderNote] = useState<string | null>(null);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useLoad(async (active) => {
    const info = await api['app:info']({});
    if (active() && info.ok) setCanShowFolder(info.value.host === 'electron');
  }, []);

  // The menu closes on a click outside it and on Esc (focus back on the button).
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const exportAs = async (choice: ExportChoice, overwrite: boolean) => {
    // The chosen format's button goes with the menu: focus goes back to "Exportera", not to the page.
    if (open) toggleRef.current?.focus();
    setOpen(false);
    setFolderNote(null);
    setState({ kind: 'exporting', choice });
    await beforeExport();
    const result = await choice.write(meetingId, overwrite);
    if (result.ok) {
      setState({ kind: 'done', choice, path: result.value.path, fileName: result.value.fileName, note: result.value.note ?? null });
    } else if (result.error.code === 'conflict' && !overwrite) {
      setState({ kind: 'confirm', choice });
    } else {
      setState({ kind: 'error', message: result.error.message });
    }
  };

  const showInFolder = async (path: string) => {
    const result = await api['export:showInFolder']({ path });
    if (!result.ok) setFolderNote(result.error.message);
    else if (!result.value.shown) setFolderNote(`Mappen kunde inte öppnas härifrån. Filen ligger i ${path}`);
  };

  // "Skriv ut": the print HTML (what the PDF is made from) printed by the host's own print dialog.
  const print = async () => {
    if (state.kind === 'printing' || state.kind === 'exporting') return;
    setOpen(false);
    setFolderNote(null);
    setState({ kind: 'printing', html: null });
    await beforeExport();
    const result = await api['export:preview']({ meetingId, forPrintDialog: true });
    setState(result.ok ? { kind: 'printing', html: result.value.html } : { kind: 'error', message: result.error.message });
  };

  const busy = state.kind === 'exporting' || state.kind === 'printing';
  // Arkiv → Skriv ut (Ctrl+P) and Exportera (Ctrl+E) in the desktop menu.
  useAppCommand('print', () => void print());
  useAppCommand('export', () => setOpen(true));

  return (
    <div className="export-bar" ref={rootRef} role="region" aria-label="Export">
      <div className="export-actions">
        <button type="button" className="button button-small" onClick={() => setPreview(true)}>
          Förhandsgranska
        </button>
        <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => void print()}>
          Skriv ut
        </button>
        <div className="export-menu-wrap">
          <button
            ref={toggleRef}
            type="button"
            className="button button-small"
            aria-haspopup="true"
            aria-expanded={open}
            aria-controls={menuId}
            // Not `disabled`: it keeps the focus while the file is written.
            aria-disabled={busy || undefined}
            aria-describedby={`${menuId}-status`}
            onClick={() => busy || setOpen((o) => !o)}
          >
            Exportera <span aria-hidden="true">▾</span>
          </button>
          {open && (
            <ul id={menuId} className="export-menu" aria-label="Exportera som" onKeyDown={moveFocus}>
              {notice && <li className="export-notice">{notice}</li>}
              <li>
                {/* Before the formats: the whole meeting's spelling is checked before it is exported. What is typed is saved first. */}
                <button
                  type="button"
                  className="export-menu-item"
                  data-format="spelling"
                  onClick={() => void beforeExport().then(() => navigate(spellingCheckHref(meetingId)))}
                >
                  <span className="export-menu-label">Stavningskontroll …</span>
                  <span className="export-menu-hint">Okända ord i hela mötet, före exporten</span>
                </button>
              </li>
              {MINUTES_CHOICES.map((choice, index) => (
                <li key={choice.key}>
                  <MenuButton choice={choice} autoFocus={index === 0} onChoose={(c) => void exportAs(c, false)} />
                </li>
              ))}
              <li>
                <button type="button" className="export-menu-item" data-format="publish" onClick={() => navigate(publicationHref(meetingId))}>
                  <span className="export-menu-label">{PUBLISH_ENTRY.label}</span>
                  <span className="export-menu-hint">{PUBLISH_ENTRY.hint}</span>
                </button>
              </li>
              {kallelseWarning && (
                <li id={`${menuId}-kallelse-warning`} className="export-kallelse-warning">
                  {kallelseWarning}
                </li>
              )}
              {KALLELSE_CHOICES.map((choice, index) => (
                <li key={choice.key} className={index === 0 ? 'export-kallelse-first' : undefined}>
                  <MenuButton
                    choice={choice}
                    describedBy={kallelseWarning ? `${menuId}-kallelse-warning` : undefined}
                    onChoose={(c) => void exportAs(c, false)}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <div id={`${menuId}-status`} className="export-status" role="status" aria-live="polite">
        {state.kind === 'exporting' && <span className="export-progress">Exporterar {state.choice.label} …</span>}
        {state.kind === 'printing' && <span className="export-progress">Förbereder utskriften …</span>}
        {state.kind === 'done' && (
          <span className="export-done" data-export-path={state.path}>
            {state.choice.name} är sparad: <span className="export-path">{state.path}</span>
            {state.note && <span className="export-note"> {state.note}</span>}
            {canShowFolder && (
              <button type="button" className="button button-small button-quiet" onClick={() => void showInFolder(state.path)}>
                Visa i mappen
              </button>
            )}
            {folderNote && <span className="muted"> {folderNote}</span>}
          </span>
        )}
      </div>
      {state.kind === 'error' && <FormError className="export-error" error={state.message} />}

      {state.kind === 'confirm' && (
        <Dialog
          title="Filen finns redan. Vill du ersätta den?"
          lead={`Det finns redan en fil med samma namn i exportmappen (${state.choice.label}).`}
          onClose={() => setState({ kind: 'idle' })}
          returnFocus={toggleRef}
        >
          {() => (
            <div className="dialog-actions">
              <button type="button" className="button button-primary" onClick={() => void exportAs(state.choice, true)}>
                Ersätt filen
              </button>
              <button type="button" className="button button-quiet" data-autofocus onClick={() => setState({ kind: 'idle' })}>
                Avbryt
              </button>
            </div>
          )}
        </Dialog>
      )}

      {state.kind === 'printing' && state.html !== null && (
        <PrintFrame html={state.html} onPrinted={() => setState({ kind: 'idle' })} />
      )}

      {preview && <PreviewDialog meetingId={meetingId} beforeExport={beforeExport} onClose={() => setPreview(false)} />}
    </div>
  );
}

function MenuButton({
  choice,
  autoFocus,
  describedBy,
  onChoose,
}: {
  choice: ExportChoice;
  autoFocus?: boolean;
  describedBy?: string | undefined;
  onChoose: (choice: ExportChoice) => void;
}) {
  return (
    <button
      type="button"
      className="export-menu-item"
      data-format={choice.key}
      autoFocus={autoFocus}
      aria-describedby={describedBy}
      onClick={() => onChoose(choice)}
    >
      <span className="export-menu-label">{choice.label}</span>
      <span className="export-menu-hint">{choice.hint}</span>
    </button>
  );
}

const nothingToSave = () => Promise.resolve();

/**
 * The print HTML in a sandboxed frame (no scripts, no same origin): what the
 * PDF will look like. Also the archive's read-only "Visa", with nothing to save first.
 */
export function PreviewDialog({
  meetingId,
  beforeExport = nothingToSave,
  onClose,
}: {
  meetingId: number;
  beforeExport?: () => Promise<void>;
  onClose: () => void;
}) {
  const [html, setHtml] = useState<{ html: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useLoad(async (active) => {
    await beforeExport();
    const result = await api['export:preview']({ meetingId });
    if (!active()) return;
    if (result.ok) setHtml(result.value);
    else setError(result.error.message);
  }, [meetingId, beforeExport]);

  return (
    <Dialog title="Förhandsgranska" className="export-preview" onClose={onClose}>
      {() => (
        <>
          {html === null && error === null && <p className="muted">Hämtar förhandsgranskningen …</p>}
          <FormError error={error} />
          {html && (
            <iframe
              className="export-preview-frame"
              title={`Förhandsgranskning: ${html.title}`}
              sandbox=""
              srcDoc={html.html}
            />
          )}
          <div className="dialog-actions">
            <button type="button" className="button button-quiet" data-autofocus onClick={onClose}>
              Stäng
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/**
 * The print HTML in a frame of its own, printed as it loads: the print dialog
 * (Chromium's, in Electron the system's) shows the minutes as the PDF lays
 * them out (A4, its margins and fonts), not the app around them. The frame
 * runs no scripts, like the preview's; unlike it, it shares the app's origin
 * so the app may call print() on it, and may open the print dialog
 * (allow-modals).
 */
function PrintFrame({ html, onPrinted }: { html: string; onPrinted: () => void }) {
  return (
    <iframe
      className="export-print-frame"
      title="Utskrift"
      aria-hidden="true"
      tabIndex={-1}
      sandbox="allow-same-origin allow-modals"
      srcDoc={html}
      data-print-frame=""
      onLoad={(event) => {
        // print() returns when the dialog is closed (printed or cancelled).
        event.currentTarget.contentWindow?.print();
        onPrinted();
      }}
    />
  );
}
