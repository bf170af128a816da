import { createHandlers } from '../../ipc/handlers';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { TASK_LIST_PAGE_MAX, type TaskListEntry, type TaskListFilter } from '../../../shared/model/task-list';
import { type Options, VERSION, call, databasePath, printJson } from '../support';

/**
 * `tasks`: the list of all tasks ("Uppdrag") as JSON `{ "tasks": [...] }`,
 * the same entries in the same order as the view; `--open` for open ones,
 * `--owner NAMN` for those whose owner's name contains NAMN (any case).
 */
export async function tasks(options: Options): Promise<number> {
  const path = databasePath(options);
  const db = openDatabase(path);
  try {
    const handlers = createHandlers({ db, databasePath: path, version: VERSION });
    const filter: TaskListFilter = { bodyId: null, owner: options.owner ?? '', status: options.open ? 'open' : 'all', overdueOnly: false };
    const entries: TaskListEntry[] = [];
    for (;;) {
      const page = await call(handlers, 'tasks:list', { ...filter, offset: entries.length, limit: TASK_LIST_PAGE_MAX });
      entries.push(...page.entries);
      if (page.entries.length === 0 || entries.length >= page.total) break;
    }
    printJson({ tasks: entries });
    return 0;
  } finally {
    closeDatabase(db);
  }
}
