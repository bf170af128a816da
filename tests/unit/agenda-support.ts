import type { AgendaItem } from '../../shared/model/domain';
import { item as newItem } from '../../electron/services/demo/helpers';

/** A stored agenda item: the demo's defaults for a new item, with an id, a place and what the test sets. */
export function storedItem(id: number, title: string, fields: Partial<AgendaItem> = {}): AgendaItem {
  return { ...newItem(title), standing: false, notes: null, id, parentId: null, position: id, notesRevision: 0, ...fields };
}
