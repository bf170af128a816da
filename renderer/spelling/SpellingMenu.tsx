import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { menuIndexAfter } from './flags';

/** What she chose in the spelling menu; 'close' (Escape) returns to the word, 'leave' (focus went elsewhere) does not. */
export type MenuChoice =
  | { readonly kind: 'replace'; readonly word: string }
  | { readonly kind: 'add' }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'close' }
  | { readonly kind: 'leave' };

interface Item {
  readonly id: string;
  readonly label: string;
  readonly choice: MenuChoice | null;
}

export interface SpellingMenuProps {
  word: string;
  suggestions: readonly string[];
  /** The underlined word's box on the screen: the menu opens below it. */
  anchor: DOMRect;
  onChoose: (choice: MenuChoice) => void;
}

/** The menu's width in CSS (spelling.css): kept inside the window's width. */
const MENU_WIDTH = 240;
/** About one item's height (44 px touch targets, spelling.css). */
const ITEM_HEIGHT = 44;

/**
 * The spelling menu of one underlined word: suggestions (or "Inga förslag"),
 * "Lägg till i ordlistan" and "Ignorera". A WAI-ARIA menu: focus on the first
 * item that can be chosen, arrow keys, Home/End, Enter, Escape back to the word.
 */
export function SpellingMenu({ word, suggestions, anchor, onChoose }: SpellingMenuProps) {
  const items: Item[] = [
    ...(suggestions.length > 0
      ? suggestions.map((s, i): Item => ({ id: `s${i}`, label: s, choice: { kind: 'replace', word: s } }))
      : [{ id: 'none', label: 'Inga förslag', choice: null }]),
    { id: 'add', label: 'Lägg till i ordlistan', choice: { kind: 'add' } },
    { id: 'ignore', label: 'Ignorera', choice: { kind: 'ignore' } },
  ];
  const firstChoice = items.findIndex((item) => item.choice !== null);
  const [active, setActive] = useState(firstChoice);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    refs.current[active]?.focus();
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onChoose({ kind: 'close' });
      return;
    }
    if (event.key === 'Tab') {
      event.preventDefault();
      onChoose({ kind: 'close' });
      return;
    }
    const next = menuIndexAfter(event.key, active, items.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };

  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - MENU_WIDTH - 8));
  // Below the word, or above it when the window ends first.
  const height = ITEM_HEIGHT * items.length + 16;
  const top = anchor.bottom + 4 + height <= window.innerHeight ? anchor.bottom + 4 : Math.max(8, anchor.top - height - 4);

  return (
    <div
      ref={menuRef}
      className="spelling-menu"
      role="menu"
      aria-label={`Stavning: ${word}`}
      style={{ left, top }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menuRef.current?.contains(event.relatedTarget as Node | null)) onChoose({ kind: 'leave' });
      }}
    >
      {items.map((item, index) => (
        <Fragment key={item.id}>
          {item.id === 'add' && <div role="separator" className="spelling-menu-separator" />}
          <button
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="menuitem"
            className={item.choice?.kind === 'replace' ? 'spelling-menu-item is-suggestion' : 'spelling-menu-item'}
            tabIndex={index === active ? 0 : -1}
            aria-disabled={item.choice === null || undefined}
            onFocus={() => setActive(index)}
            onClick={() => {
              if (item.choice) onChoose(item.choice);
            }}
          >
            {item.label}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
