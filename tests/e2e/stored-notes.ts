import type { BlockNodeJson, NotesDocument } from '../../shared/notes/schema';
import type { RunningApp } from './fixtures';

/** An item's notes as the host stored them, read back through the API the way the app reads them. */

export async function storedNotes(app: RunningApp, meetingId: number, itemId: number): Promise<NotesDocument> {
  const meeting = await app.api('meetings:get', { id: meetingId });
  const notes = meeting.agenda.find((i) => i.id === itemId)?.notes;
  if (!notes) throw new Error('Punkten saknar sparade anteckningar.');
  return notes;
}

/** The blocks of an item's notes (none while it has no notes). */
export async function storedNotesBlocks(app: RunningApp, meetingId: number, itemId: number): Promise<BlockNodeJson[]> {
  const item = (await app.api('meetings:get', { id: meetingId })).agenda.find((i) => i.id === itemId);
  return item?.notes?.root.children ?? [];
}

/** Visits every node of stored notes, whatever its kind, so a test can look for what must never be stored. */
export function visitNodes(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Record<string, unknown>;
  visit(n);
  for (const child of (n.children as unknown[] | undefined) ?? []) visitNodes(child, visit);
}
