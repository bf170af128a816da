import { useState, type DragEvent } from 'react';

interface DropHint {
  categoryKey: string;
  /** Before which row of the category the member would land (with the member still where it was). */
  index: number;
}

/**
 * Dragging a member by its handle: which member is dragged and where it would
 * land (`drop-before`/`drop-after` on the rows, `is-drop-target` on an empty
 * category). `onDrop` is told the member and the place.
 */
export function useMemberDrag(onDrop: (key: string, categoryKey: string, index: number) => void) {
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<DropHint | null>(null);

  const hint = (categoryKey: string, index: number) => {
    if (!dropHint || dropHint.categoryKey !== categoryKey || dropHint.index !== index) setDropHint({ categoryKey, index });
  };

  const end = () => {
    setDragKey(null);
    setDropHint(null);
  };

  const drop = (event: DragEvent<HTMLElement>, categoryKey: string, fallbackIndex: number) => {
    event.preventDefault();
    const key = dragKey ?? event.dataTransfer.getData('text/plain');
    const at = dropHint?.categoryKey === categoryKey ? dropHint.index : fallbackIndex;
    end();
    if (key) onDrop(key, categoryKey, at);
  };

  return {
    dragKey,
    /** Where the member would land, for the rows' marks. */
    isHint: (categoryKey: string, index: number) => dropHint?.categoryKey === categoryKey && dropHint.index === index,
    isOver: (categoryKey: string) => dropHint?.categoryKey === categoryKey,

    start: (event: DragEvent<HTMLElement>, key: string) => {
      setDragKey(key);
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', key);
      const row = (event.currentTarget as HTMLElement).closest('.member-row');
      if (row instanceof HTMLElement) event.dataTransfer.setDragImage(row, 16, 16);
    },
    end,

    /** Over a row: before it in its upper half, after it in its lower half. */
    overRow: (event: DragEvent<HTMLElement>, categoryKey: string, index: number) => {
      if (dragKey === null) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
      const rect = event.currentTarget.getBoundingClientRect();
      hint(categoryKey, event.clientY > rect.top + rect.height / 2 ? index + 1 : index);
    },
    /** Over the list itself (not a row): last in the category. */
    overList: (event: DragEvent<HTMLElement>, categoryKey: string, length: number) => {
      if (dragKey === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (event.target === event.currentTarget) hint(categoryKey, length);
    },
    dropOnRow: (event: DragEvent<HTMLElement>, categoryKey: string, index: number) => {
      event.stopPropagation();
      drop(event, categoryKey, index);
    },
    dropOnList: (event: DragEvent<HTMLElement>, categoryKey: string, length: number) => drop(event, categoryKey, length),
  };
}

export type MemberDrag = ReturnType<typeof useMemberDrag>;
