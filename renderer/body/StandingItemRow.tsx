import { useId, type KeyboardEvent } from 'react';
import type { StandingPlacement } from '../../shared/model/domain';
import { MoveButtons } from '../components/MoveButtons';
import { FieldError, fieldControl } from '../components/Field';
import { PLACEMENT_LABELS, subLetter, type Direction, type StandingRow } from './standingItemsOps';

/** What a row can ask of the list; focus keys say which control gets focus back after a move. */
export interface RowActions {
  title: (key: string, title: string) => void;
  place: (key: string, placement: StandingPlacement) => void;
  move: (key: string, direction: Direction, focus: string) => void;
  remove: (key: string) => void;
  addSub: (key: string) => void;
  subTitle: (key: string, childKey: string, title: string) => void;
  moveSub: (key: string, childIndex: number, direction: Direction, focus: string) => void;
  removeSub: (key: string, childIndex: number) => void;
  /** The field was left: its error (if any) is shown from now on. */
  reveal: (key: string) => void;
}

/** Alt+↑ / Alt+↓ from any control of a row (not from a list of choices, where Alt+↓ opens it). */
function arrowDirection(event: KeyboardEvent<HTMLElement>): Direction | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.target instanceof HTMLSelectElement) return null;
  return event.key === 'ArrowUp' ? 'up' : event.key === 'ArrowDown' ? 'down' : null;
}

function focusKeyOf(event: KeyboardEvent<HTMLElement>, fallback: string): string {
  return (event.target as HTMLElement).dataset.focusKey ?? fallback;
}

/** One standing item: its title, where it stands, its sub-items a), b) … and the buttons that order them. */
export function StandingItemRow({
  row,
  number,
  first,
  last,
  errors,
  revealed,
  actions,
}: {
  row: StandingRow;
  /** Its place in the whole list, for names read out of context. */
  number: number;
  first: boolean;
  last: boolean;
  errors: ReadonlyMap<string, string>;
  revealed: ReadonlySet<string>;
  actions: RowActions;
}) {
  const id = useId();
  const label = row.title.trim() ? `”${row.title.trim()}”` : `stående punkt ${number}`;
  const error = revealed.has(row.key) ? errors.get(row.key) : undefined;

  return (
    <li
      className="standing-row"
      data-standing-row=""
      data-standing-title={row.title.trim()}
      data-placement={row.placement}
      onKeyDown={(e) => {
        const direction = arrowDirection(e);
        if (!direction) return;
        e.preventDefault();
        if (direction === 'up' ? !first : !last) actions.move(row.key, direction, focusKeyOf(e, `${row.key}:title`));
      }}
    >
      <div className="standing-row-main">
        <StandingTitle
          id={`${id}-title`}
          label={`Rubrik, stående punkt ${number}`}
          focusKey={`${row.key}:title`}
          value={row.title}
          error={error}
          onChange={(title) => actions.title(row.key, title)}
          onReveal={() => actions.reveal(row.key)}
        />
        <select
          className="field-input standing-placement"
          aria-label={`Placering för ${label}`}
          data-focus-key={`${row.key}:placement`}
          value={row.placement}
          onChange={(e) => actions.place(row.key, e.target.value as StandingPlacement)}
        >
          <option value="beforeSubjects">{PLACEMENT_LABELS.beforeSubjects}</option>
          <option value="afterSubjects">{PLACEMENT_LABELS.afterSubjects}</option>
        </select>
        <div className="standing-tools" role="group" aria-label={`Ordna ${label}`}>
          <MoveButtons label={label} focusKey={row.key} first={first} last={last} onMove={(d, f) => actions.move(row.key, d, f)} />
          <button
            type="button"
            className="icon-button"
            aria-label={`Lägg till underpunkt till ${label}`}
            title="Lägg till underpunkt a), b) …"
            data-focus-key={`${row.key}:add-sub`}
            aria-disabled={row.children.length >= 26 || undefined}
            onClick={() => {
              if (row.children.length < 26) actions.addSub(row.key);
            }}
          >
            <span className="glyph-add-sub" aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button danger-quiet"
            aria-label={`Ta bort ${label}`}
            title="Ta bort punkten"
            onClick={() => actions.remove(row.key)}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </div>
      <FieldError id={`${id}-title`} error={error} />
      {row.children.length > 0 && (
        <ol className="standing-children" aria-label={`Underpunkter till ${label}`}>
          {row.children.map((child, c) => {
            const childError = revealed.has(child.key) ? errors.get(child.key) : undefined;
            const childLabel = `underpunkt ${subLetter(c)} till ${label}`;
            return (
              <li
                key={child.key}
                className="standing-sub"
                data-standing-sub=""
                data-standing-title={child.title.trim()}
                onKeyDown={(e) => {
                  const direction = arrowDirection(e);
                  if (!direction) return;
                  e.preventDefault();
                  e.stopPropagation();
                  actions.moveSub(row.key, c, direction, focusKeyOf(e, `${child.key}:title`));
                }}
              >
                <div className="standing-row-main">
                  <span className="standing-letter" aria-hidden="true">
                    {subLetter(c)}
                  </span>
                  <StandingTitle
                    id={`${id}-${child.key}-title`}
                    label={`Rubrik, ${childLabel}`}
                    focusKey={`${child.key}:title`}
                    value={child.title}
                    error={childError}
                    onChange={(title) => actions.subTitle(row.key, child.key, title)}
                    onReveal={() => actions.reveal(child.key)}
                  />
                  <div className="standing-tools" role="group" aria-label={`Ordna ${childLabel}`}>
                    <MoveButtons
                      label={childLabel}
                      focusKey={child.key}
                      first={c === 0}
                      last={c === row.children.length - 1}
                      onMove={(d, f) => actions.moveSub(row.key, c, d, f)}
                    />
                    <button
                      type="button"
                      className="icon-button danger-quiet"
                      aria-label={`Ta bort ${childLabel}`}
                      title="Ta bort underpunkten"
                      onClick={() => actions.removeSub(row.key, c)}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </div>
                </div>
                <FieldError id={`${id}-${child.key}-title`} error={childError} />
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}

/** The title of a standing item or sub-item; its message shows once the field was left (or Enter was pressed). */
function StandingTitle({
  id,
  label,
  focusKey,
  value,
  error,
  onChange,
  onReveal,
}: {
  id: string;
  label: string;
  focusKey: string;
  value: string;
  error: string | undefined;
  onChange: (title: string) => void;
  onReveal: () => void;
}) {
  return (
    <input
      {...fieldControl(id, error)}
      className="field-input standing-title"
      type="text"
      autoComplete="off"
      lang="sv"
      spellCheck
      aria-label={label}
      data-focus-key={focusKey}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onReveal}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onReveal();
      }}
    />
  );
}
