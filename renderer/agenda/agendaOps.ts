import type { AgendaItem, Meeting } from '../../shared/model/domain';
import { clockMinutes } from '../../shared/model/domain';
import { localClock } from '../../shared/format/clock';

/** Where an item goes: among the children of `parentId` (null: top level), at `index`. */
export interface MoveTarget {
  parentId: number | null;
  index: number;
}

const byPosition = (a: AgendaItem, b: AgendaItem) => a.position - b.position || a.id - b.id;

export function siblingsOf(agenda: readonly AgendaItem[], parentId: number | null): AgendaItem[] {
  return agenda.filter((i) => i.parentId === parentId).sort(byPosition);
}

export function hasChildren(agenda: readonly AgendaItem[], itemId: number): boolean {
  return agenda.some((i) => i.parentId === itemId);
}

export type MoveKind = 'up' | 'down' | 'indent' | 'outdent';

/** The target of a keyboard move, or null when the item cannot move that way. */
export function moveTarget(agenda: readonly AgendaItem[], itemId: number, kind: MoveKind): MoveTarget | null {
  const item = agenda.find((i) => i.id === itemId);
  if (!item) return null;
  const siblings = siblingsOf(agenda, item.parentId);
  const index = siblings.findIndex((s) => s.id === itemId);
  switch (kind) {
    case 'up':
      return index > 0 ? { parentId: item.parentId, index: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { parentId: item.parentId, index: index + 1 } : null;
    case 'indent': {
      // Two levels only: an item with sub-items of its own stays a main item.
      if (item.parentId !== null || index === 0 || hasChildren(agenda, itemId)) return null;
      const parent = siblings[index - 1]!;
      return { parentId: parent.id, index: siblingsOf(agenda, parent.id).length };
    }
    case 'outdent': {
      if (item.parentId === null) return null;
      const top = siblingsOf(agenda, null);
      const parentIndex = top.findIndex((t) => t.id === item.parentId);
      return { parentId: null, index: parentIndex + 1 };
    }
  }
}

/** The agenda after a move, positions renumbered 0…n among the siblings touched (as the host does). */
export function applyMove(agenda: readonly AgendaItem[], itemId: number, target: MoveTarget): AgendaItem[] {
  const item = agenda.find((i) => i.id === itemId);
  if (!item) return [...agenda];
  const oldSiblings = siblingsOf(agenda, item.parentId).filter((s) => s.id !== itemId);
  const newSiblings = siblingsOf(agenda, target.parentId).filter((s) => s.id !== itemId);
  const index = Math.max(0, Math.min(target.index, newSiblings.length));
  newSiblings.splice(index, 0, { ...item, parentId: target.parentId });
  const positions = new Map<number, { parentId: number | null; position: number }>();
  oldSiblings.forEach((s, i) => positions.set(s.id, { parentId: item.parentId, position: i }));
  newSiblings.forEach((s, i) => positions.set(s.id, { parentId: target.parentId, position: i }));
  return agenda.map((i) => {
    const p = positions.get(i.id);
    return p ? { ...i, parentId: p.parentId, position: p.position } : i;
  });
}

/**
 * The host's agenda structure (which items, their parents and positions) with
 * the local copy's edited fields kept, so an answer never undoes typing.
 */
export function mergeStructure(local: readonly AgendaItem[], server: readonly AgendaItem[]): AgendaItem[] {
  const byId = new Map(local.map((i) => [i.id, i]));
  return server.map((s) => {
    const l = byId.get(s.id);
    return l ? { ...l, parentId: s.parentId, position: s.position } : s;
  });
}

/** A drop on an item: before or after it, at its level (a main item with sub-items stays a main item). */
export function dropTarget(
  agenda: readonly AgendaItem[],
  draggedId: number,
  overId: number,
  after: boolean,
): MoveTarget | null {
  if (draggedId === overId) return null;
  const over = agenda.find((i) => i.id === overId);
  const dragged = agenda.find((i) => i.id === draggedId);
  if (!over || !dragged) return null;
  if (over.parentId === draggedId) return null;
  let parentId = over.parentId;
  let anchor = over;
  if (parentId !== null && hasChildren(agenda, draggedId)) {
    // Cannot become a sub-item: goes next to the parent instead.
    anchor = agenda.find((i) => i.id === parentId)!;
    parentId = null;
  }
  // A main item dropped after another with sub-items lands after those, at the top level.
  const siblings = siblingsOf(agenda, parentId).filter((s) => s.id !== draggedId);
  const index = siblings.findIndex((s) => s.id === anchor.id);
  return { parentId, index: after ? index + 1 : index };
}

export interface AgendaTiming {
  totalMinutes: number;
  /** "HH.MM" when the agenda ends if started on time; null without a start time. */
  plannedEnd: string | null;
  /** Minutes past the meeting's end time (0 when it fits or no end time). */
  overBy: number;
}

/** "HH.MM" for minutes after midnight; an agenda that runs past midnight goes round the clock. */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return localClock(new Date(2000, 0, 1, 0, m));
}

export function agendaTiming(meeting: Pick<Meeting, 'startTime' | 'endTime' | 'agenda'>): AgendaTiming {
  const totalMinutes = meeting.agenda.reduce((sum, i) => sum + (i.minutes ?? 0), 0);
  if (!meeting.startTime) return { totalMinutes, plannedEnd: null, overBy: 0 };
  const end = clockMinutes(meeting.startTime) + totalMinutes;
  const overBy = meeting.endTime ? Math.max(0, end - clockMinutes(meeting.endTime)) : 0;
  return { totalMinutes, plannedEnd: formatClock(end), overBy };
}

/** "1 timme 35 minuter", "40 minuter". */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 0 ? '' : h === 1 ? '1 timme' : `${h} timmar`;
  const mins = m === 0 && h > 0 ? '' : m === 1 ? '1 minut' : `${m} minuter`;
  return [hours, mins].filter(Boolean).join(' ');
}
