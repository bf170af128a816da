import { useCallback, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { AgendaEditor } from './useAgendaEditor';

/** Where the new item's title field stands while the host adds the item: after this item, at this depth. */
export interface ItemDraft {
  afterId: number | null;
  depth: 0 | 1;
}

/**
 * A new item is written at once: "+ Ny punkt" shows a title field in the same
 * instant, and what is typed there while the host adds the item moves, caret
 * and all, into the item's own title field when it comes. Nothing typed in
 * between is lost, whatever the keyboard or input method.
 */
export function useItemDraft(editor: AgendaEditor) {
  const [draft, setDraft] = useState<ItemDraft | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  const add = useCallback(
    (parentId: number | null, afterItemId: number | null, place: ItemDraft, announce: () => void) => {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      flushSync(() => setDraft(place));
      fieldRef.current?.focus();
      void editor.add(parentId, afterItemId).then((added) => {
        if (!added) {
          // The save indicator tells why; focus goes back to the button that asked.
          if (document.activeElement === fieldRef.current && opener?.isConnected) opener.focus();
          setDraft(null);
          return;
        }
        announce();
        moveIntoTitle(added.id, fieldRef, () => setDraft(null));
      });
    },
    [editor],
  );

  return { draft, fieldRef, add };
}

/** Once React shows the new item (a few frames at most): the draft's text and caret into its title field. */
function moveIntoTitle(itemId: number, fieldRef: RefObject<HTMLTextAreaElement | null>, done: () => void, tries = 30) {
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLTextAreaElement>(`[data-item-id="${itemId}"] .item-title-input`);
    if (!input) {
      if (tries > 0) moveIntoTitle(itemId, fieldRef, done, tries - 1);
      else done();
      return;
    }
    const field = fieldRef.current;
    // She may have clicked elsewhere meanwhile: then the text moves, focus stays where she put it.
    if (!field || document.activeElement === field) {
      input.focus();
      input.scrollIntoView({ block: 'center' });
    }
    if (field && field.value !== '') {
      const { value, selectionStart, selectionEnd } = field;
      input.setRangeText(value, 0, input.value.length, 'end');
      input.setSelectionRange(selectionStart, selectionEnd);
      // As typing does: React's onChange (and so the save) follows the input event.
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    done();
  });
}

/** The new item's row until the host has added it: its title field only. */
export function ItemDraftRow({ draft, fieldRef }: { draft: ItemDraft; fieldRef: RefObject<HTMLTextAreaElement | null> }) {
  const HeadingTag = draft.depth === 0 ? 'h3' : 'h4';
  return (
    <section className={`agenda-item depth-${draft.depth} is-editing is-draft`} aria-label="Ny punkt" aria-busy="true" data-item-draft="">
      <div className="item-head">
        <HeadingTag className="item-title">
          <textarea
            ref={fieldRef}
            className="item-title-input"
            rows={1}
            placeholder="Rubrik för punkten"
            aria-label="Rubrik för den nya punkten"
            autoComplete="off"
            spellCheck
            lang="sv"
            onKeyDown={(e) => {
              // A heading is one line.
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
        </HeadingTag>
      </div>
    </section>
  );
}
