import type { Db } from '../../../electron/services/storage/db';
import { rebuildSearchIndex } from '../../../electron/services/search/index-store';
import { notes, paragraph } from '../../../shared/notes/build';
import type { TestApp } from '../app-support';
import { bodyWithRoster } from '../app-support';

/**
 * A small archive of fictional minutes for the search tests, written through
 * the handlers as the app writes them, and the way to compare the index with
 * one built anew.
 */

export async function meetingWithItems(
  app: TestApp,
  bodyId: number,
  date: string,
  items: readonly { title: string; notes?: string; standpoint?: string; topics?: string[] }[],
): Promise<{ meetingId: number; itemIds: number[] }> {
  const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId, date });
  const itemIds: number[] = [];
  let after: number | null = null;
  for (const item of items) {
    const added: { id: number } = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: after, title: item.title });
    after = added.id;
    itemIds.push(added.id);
    if (item.topics) await app.ok('agenda:update', { meetingId, itemId: added.id, patch: { topics: item.topics } });
    if (item.notes) await app.ok('notes:save', { meetingId, itemId: added.id, notes: notes(paragraph(item.notes)) });
    if (item.standpoint) await app.ok('standpoint:save', { meetingId, itemId: added.id, standpoint: item.standpoint });
  }
  return { meetingId, itemIds };
}

export async function body(app: TestApp, name: string, shortName: string): Promise<number> {
  return bodyWithRoster(app, { name, shortName });
}

/**
 * Every word the index holds, with where it stands (meeting, item, the
 * filters kept beside it, column, position): FTS5's own view of a contentless index. Equal snapshots mean
 * equal indexes, whatever row ids the documents got.
 */
export function indexSnapshot(db: Db): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, search_index, 'instance')");
  return (
    db
      .prepare(
        `SELECT d.meeting_id || '/' || coalesce(d.item_id, '-') || ' ' || d.body_id || ' ' || d.status || ' ' || coalesce(d.kind, '-')
                || ' ' || v.col || ' ' || v.offset || ' ' || v.term AS entry
           FROM temp.search_instances v JOIN search_documents d ON d.index_rowid = v.doc`,
      )
      .pluck()
      .all() as string[]
  ).sort();
}

/** The index as it is, and as a rebuild from the text makes it: they must be equal. */
export function indexAndRebuild(db: Db): { stored: string[]; rebuilt: string[] } {
  const stored = indexSnapshot(db);
  rebuildSearchIndex(db);
  return { stored, rebuilt: indexSnapshot(db) };
}
