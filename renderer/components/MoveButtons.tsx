/** Which way a row moves in its list. */
export type Direction = 'up' | 'down';

/**
 * "Flytta upp" / "Flytta ner" for one row of an ordered list (the roster, the
 * standing items). At the ends the button stays focusable but does nothing
 * (aria-disabled), so focus is never lost. `focus` is the focus key of the
 * pressed button, for the list to give focus back after it re-renders.
 */
export function MoveButtons({
  label,
  focusKey,
  first,
  last,
  onMove,
}: {
  label: string;
  focusKey: string;
  first: boolean;
  last: boolean;
  onMove: (direction: Direction, focus: string) => void;
}) {
  const button = (direction: Direction, text: string, icon: string, disabled: boolean) => (
    <button
      type="button"
      className="icon-button"
      aria-label={`${text} ${label}`}
      title={`${text} (Alt+${icon})`}
      data-focus-key={`${focusKey}:${direction}`}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onMove(direction, `${focusKey}:${direction}`);
      }}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
  return (
    <>
      {button('up', 'Flytta upp', '↑', first)}
      {button('down', 'Flytta ner', '↓', last)}
    </>
  );
}
