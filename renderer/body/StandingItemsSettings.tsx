import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Body, StandingPlacement } from '../../shared/model/domain';
import { MAX_STANDING_ITEMS, standingItemsInputSchema, standingTitleKey } from '../../shared/model/standing-agenda';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import { safeParseSwedish } from '../../shared/format/validationMessages';
import { ErrorBanner } from '../components/Banner';
import { SwedishForm } from '../components/InlineForm';
import { LiveText } from '../components/LiveText';
import type { SaveState } from '../app/saveState';
import { StandingItemRow, type RowActions } from './StandingItemRow';
import {
  PLACEMENT_LABELS,
  add,
  canMove,
  itemsOf,
  move,
  moveSub,
  newKey,
  place,
  refusalText,
  rowsOf,
  subLetter,
  type StandingRow,
} from './standingItemsOps';
import './standing.css';

/** `data-standing-state` on the section: saved | saving | error | invalid. Tests wait on it. */
export type StandingSaveState = SaveState | 'invalid';

/** The first Swedish message per title field (keyed by row key), and one for the list as a whole. */
function validate(rows: readonly StandingRow[]): { fields: Map<string, string>; list: string | null } {
  const fields = new Map<string, string>();
  let list: string | null = null;
  const parsed = safeParseSwedish(standingItemsInputSchema, itemsOf(rows));
  if (parsed.success) return { fields, list };
  for (const issue of parsed.error.issues) {
    const [index, part, childIndex] = issue.path;
    const row = typeof index === 'number' ? rows[index] : undefined;
    const key = !row ? null : part === 'children' && typeof childIndex === 'number' ? row.children[childIndex]?.key : part === 'title' ? row.key : null;
    if (key) {
      if (!fields.has(key)) fields.set(key, issue.message);
    } else {
      list ??= issue.code === 'too_big' && !row ? `Organet kan ha högst ${MAX_STANDING_ITEMS} stående punkter.` : issue.message;
    }
  }
  return { fields, list };
}

/**
 * "Stående punkter" in the body's settings: the items every new meeting of
 * the body starts with, before or after the meeting's own subject items.
 * This list alone decides what comes along to the next meeting. Saved while
 * the secretary works, like the rest of the settings.
 */
export function StandingItemsSettings({ body }: { body: Body }) {
  const baseId = useId();
  const [rows, setRowsState] = useState<StandingRow[]>(() => rowsOf(body.standingItems));
  const rowsRef = useRef(rows);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [state, setState] = useState<StandingSaveState>('saved');
  const [changed, setChanged] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);

  const saver = useMemo(
    () =>
      new LatestSaver(`body-standing:${body.id}`, {
        send: (items: ReturnType<typeof itemsOf>) => api['bodies:setStandingItems']({ id: body.id, items }),
        onSaved: () => setSaveError(null),
        onFailed: (error) => setSaveError(refusalText(error.message)),
        onState: (s) => setState(s),
      }),
    [body.id],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    if (el && document.activeElement !== el) el.focus();
  });

  const errors = useMemo(() => validate(rows), [rows]);

  /** Every change goes through here: shown at once, saved after a pause when the whole list is valid. */
  const update = (next: StandingRow[], options: { delayMs?: number; focus?: string; announce?: string; reveal?: boolean } = {}) => {
    rowsRef.current = next;
    setRowsState(next);
    setChanged(true);
    if (options.focus) pendingFocus.current = options.focus;
    if (options.announce) setAnnounce(options.announce);
    const check = validate(next);
    if (options.reveal) setRevealed(new Set(check.fields.keys()));
    if (check.fields.size > 0 || check.list) {
      saver.cancel();
      setState('invalid');
      return;
    }
    saver.schedule(itemsOf(next), options.delayMs ?? 0);
  };

  const reveal = (key: string) => setRevealed((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));

  const nameOf = (row: StandingRow) => (row.title.trim() ? `”${row.title.trim()}”` : 'punkten');
  const where = (list: readonly StandingRow[], key: string) => {
    const index = list.findIndex((r) => r.key === key);
    const row = list[index]!;
    const group = list.filter((r) => r.placement === row.placement);
    return `plats ${group.indexOf(row) + 1} ${PLACEMENT_LABELS[row.placement].toLowerCase()}`;
  };

  const actions: RowActions = {
    title: (key, title) => update(rowsRef.current.map((r) => (r.key === key ? { ...r, title } : r)), { delayMs: 700 }),
    place: (key, placement) => {
      const list = rowsRef.current;
      const next = place(list, list.findIndex((r) => r.key === key), placement);
      update(next, { announce: `${nameOf(next.find((r) => r.key === key)!)} står nu ${where(next, key)}.` });
    },
    move: (key, direction, focus) => {
      const list = rowsRef.current;
      const index = list.findIndex((r) => r.key === key);
      if (!canMove(list, index, direction)) return;
      const next = move(list, index, direction);
      update(next, { focus, announce: `${nameOf(list[index]!)} står nu ${where(next, key)}.` });
    },
    remove: (key) => {
      const list = rowsRef.current;
      const index = list.findIndex((r) => r.key === key);
      const next = list.filter((r) => r.key !== key);
      const neighbour = next[Math.min(index, next.length - 1)];
      update(next, {
        focus: neighbour ? `${neighbour.key}:title` : `${baseId}:add-title`,
        announce: `Den stående punkten ${nameOf(list[index]!)} har tagits bort.`,
      });
    },
    addSub: (key) => {
      const child = { key: newKey(), title: '' };
      update(
        rowsRef.current.map((r) => (r.key === key ? { ...r, children: [...r.children, child] } : r)),
        { focus: `${child.key}:title` },
      );
    },
    subTitle: (key, childKey, title) =>
      update(
        rowsRef.current.map((r) =>
          r.key === key ? { ...r, children: r.children.map((c) => (c.key === childKey ? { ...c, title } : c)) } : r,
        ),
        { delayMs: 700 },
      ),
    moveSub: (key, childIndex, direction, focus) => {
      const row = rowsRef.current.find((r) => r.key === key)!;
      const children = moveSub(row.children, childIndex, direction);
      const at = children.indexOf(row.children[childIndex]!);
      if (at === childIndex) return;
      update(
        rowsRef.current.map((r) => (r.key === key ? { ...r, children } : r)),
        { focus, announce: `Underpunkten står nu som ${subLetter(at)}` },
      );
    },
    removeSub: (key, childIndex) => {
      const row = rowsRef.current.find((r) => r.key === key)!;
      const children = row.children.filter((_, i) => i !== childIndex);
      const neighbour = children[Math.min(childIndex, children.length - 1)];
      update(
        rowsRef.current.map((r) => (r.key === key ? { ...r, children } : r)),
        {
          focus: neighbour ? `${neighbour.key}:title` : `${key}:add-sub`,
          announce: 'Underpunkten har tagits bort.',
        },
      );
    },
    reveal,
  };

  const group = (placement: StandingPlacement) => {
    const inGroup = rows.filter((r) => r.placement === placement);
    if (inGroup.length === 0) {
      return <p className="muted standing-empty">Inga stående punkter {PLACEMENT_LABELS[placement].toLowerCase()}.</p>;
    }
    return (
      <ol className="standing-list" aria-label={`Stående punkter ${PLACEMENT_LABELS[placement].toLowerCase()}`}>
        {inGroup.map((row) => {
          const index = rows.indexOf(row);
          return (
            <StandingItemRow
              key={row.key}
              row={row}
              number={index + 1}
              first={!canMove(rows, index, 'up')}
              last={!canMove(rows, index, 'down')}
              errors={errors.fields}
              revealed={revealed}
              actions={actions}
            />
          );
        })}
      </ol>
    );
  };

  return (
    <section
      ref={rootRef}
      className="card standing-card"
      aria-labelledby={`${baseId}-heading`}
      data-standing-state={state}
    >
      <h2 id={`${baseId}-heading`} className="card-title">
        Stående punkter
      </h2>
      <p className="card-lead">
        Varje nytt möte börjar med de här punkterna, både ”Nytt möte” och ”Nytt möte utifrån detta”. Det är bara här det
        bestäms vad som följer med till nästa möte: en punkt som läggs till eller döps om i ett enskilt möte gör det inte.
        Flytta med knapparna eller med Alt+↑ och Alt+↓.
      </p>
      <p className="standing-status" aria-live="polite">
        <StandingStateText state={state} changed={changed} />
      </p>
      {saveError && <ErrorBanner error={saveError} />}
      {errors.list && (
        <p className="field-error" role="alert">
          {errors.list}
        </p>
      )}

      <h3 className="standing-group-title">{PLACEMENT_LABELS.beforeSubjects}</h3>
      {group('beforeSubjects')}
      <p className="standing-subjects">
        <span aria-hidden="true">⋯</span> Mötets egna ärenden <span aria-hidden="true">⋯</span>
      </p>
      <h3 className="standing-group-title">{PLACEMENT_LABELS.afterSubjects}</h3>
      {group('afterSubjects')}

      <AddStandingItem
        baseId={baseId}
        rows={rows}
        onAdd={(title, placement) => {
          const row: StandingRow = { key: newKey(), title, placement, children: [] };
          update(add(rowsRef.current, row), {
            focus: `${baseId}:add-title`,
            announce: `”${title}” har lagts till ${PLACEMENT_LABELS[placement].toLowerCase()}.`,
          });
        }}
      />
      <LiveText text={announce} />
    </section>
  );
}

function StandingStateText({ state, changed }: { state: StandingSaveState; changed: boolean }) {
  switch (state) {
    case 'saving':
      return <>Sparar …</>;
    case 'error':
      return <>De stående punkterna kunde inte sparas. Ändringarna finns kvar och sparas vid nästa ändring.</>;
    case 'invalid':
      return <>Inte sparat ännu: rätta det markerade så sparas listan.</>;
    case 'saved':
      return changed ? <>Sparat.</> : null;
    default: {
      const never: never = state;
      return never;
    }
  }
}

/** "Lägg till stående punkt": a title and where it stands; the title must be new. */
function AddStandingItem({
  baseId,
  rows,
  onAdd,
}: {
  baseId: string;
  rows: readonly StandingRow[];
  onAdd: (title: string, placement: StandingPlacement) => void;
}) {
  const [title, setTitle] = useState('');
  const [placement, setPlacement] = useState<StandingPlacement>('afterSubjects');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = () => {
    const t = title.trim();
    const problem =
      t === ''
        ? 'Skriv punktens rubrik, till exempel Avslut.'
        : t.length > 1000
          ? 'Rubriken är för lång (högst 1000 tecken).'
          : rows.some((r) => standingTitleKey(r.title) === standingTitleKey(t))
            ? `Punkten ”${t}” finns redan bland de stående punkterna.`
            : rows.length >= MAX_STANDING_ITEMS
              ? `Organet kan ha högst ${MAX_STANDING_ITEMS} stående punkter.`
              : null;
    setError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    onAdd(t, placement);
    setTitle('');
  };

  return (
    <SwedishForm className="standing-add" label="Lägg till stående punkt" onSubmit={submit}>
      <div className="form-field standing-add-title">
        <label htmlFor={`${baseId}-add-title`} className="field-label">
          Ny stående punkt
        </label>
        <input
          ref={inputRef}
          id={`${baseId}-add-title`}
          data-focus-key={`${baseId}:add-title`}
          className="field-input"
          type="text"
          autoComplete="off"
          value={title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${baseId}-add-error` : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id={`${baseId}-add-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${baseId}-add-placement`} className="field-label">
          Placering
        </label>
        <select
          id={`${baseId}-add-placement`}
          className="field-input"
          value={placement}
          onChange={(e) => setPlacement(e.target.value as StandingPlacement)}
        >
          <option value="beforeSubjects">{PLACEMENT_LABELS.beforeSubjects}</option>
          <option value="afterSubjects">{PLACEMENT_LABELS.afterSubjects}</option>
        </select>
      </div>
      <button type="submit" className="button">
        Lägg till punkt
      </button>
    </SwedishForm>
  );
}
