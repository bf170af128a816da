import { useRef } from 'react';
import { ErrorBanner } from '../components/Banner';
import { LiveText } from '../components/LiveText';
import { LoadingBlock } from '../components/LoadingBlock';
import { pageTitle, useDocumentTitle } from '../app/pageTitle';
import { useFocusHeading } from '../app/useFocusHeading';
import { TaskFilters } from './TaskFilters';
import { TaskListRow } from './TaskListRow';
import { TASKS_PER_PAGE, emptyMessage, rangeText } from './taskListModel';
import { useTaskList } from './useTaskList';
import './task-list.css';

/** "Uppdrag": every task of every body, where it was given and followed up, marked done from here. */
export function TaskListView() {
  const tasks = useTaskList();
  const { list, filter, page } = tasks;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const firstLoaded = list.state !== 'loading' || list.entries.length > 0;
  useFocusHeading(headingRef, firstLoaded);
  useDocumentTitle(pageTitle('Uppdrag'));

  const pages = Math.max(1, Math.ceil(list.total / TASKS_PER_PAGE));
  const goTo = (next: number) => {
    tasks.setPage(next);
    // The buttons may vanish on the first or last page: the count above the list takes the focus.
    resultsRef.current?.focus({ preventScroll: false });
  };
  const empty = emptyMessage(filter);

  return (
    <div className="page page-tasks">
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1} className="page-title">
          Uppdrag
        </h1>
        <p className="page-lead">Alla organs uppdrag: var de gavs, var de följdes upp och vad som återstår.</p>
      </div>

      <TaskFilters filter={filter} bodies={tasks.bodies} onChange={tasks.setFilter} />

      <section className="tasklist" aria-labelledby="tasklist-count" data-task-list-state={list.state} aria-busy={list.state === 'loading'}>
        <h2 id="tasklist-count" ref={resultsRef} tabIndex={-1} className="section-title tasklist-count">
          {list.state === 'loading' && list.entries.length === 0 ? 'Uppdrag' : rangeText(page * TASKS_PER_PAGE, list.entries.length, list.total)}
        </h2>
        {list.state === 'loading' && list.entries.length === 0 && <LoadingBlock text="Hämtar uppdragen …" />}
        {list.state === 'error' && (
          <ErrorBanner
            error={list.error}
            action={
              <button type="button" className="button button-small" onClick={tasks.retry}>
                Försök igen
              </button>
            }
          />
        )}
        {list.state === 'ready' && list.total === 0 && (
          <div className="empty-state tasklist-empty">
            <p className="empty-title">{empty.title}</p>
            <p className="muted">{empty.hint}</p>
          </div>
        )}
        {list.entries.length > 0 && list.total > 0 && (
          <ol className="tasklist-rows">
            {list.entries.map((entry) => (
              <TaskListRow
                key={entry.taskId}
                entry={entry}
                pending={tasks.pending.has(entry.taskId)}
                error={tasks.rowErrors.get(entry.taskId)}
                onToggle={(e) => void tasks.toggleDone(e)}
              />
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav className="tasklist-pager" aria-label="Sidor">
            {page > 0 && (
              <button type="button" className="button button-small" onClick={() => goTo(page - 1)}>
                Föregående sida
              </button>
            )}
            <span className="tasklist-page">
              Sida {page + 1} av {pages}
            </span>
            {page < pages - 1 && (
              <button type="button" className="button button-small" onClick={() => goTo(page + 1)}>
                Nästa sida
              </button>
            )}
          </nav>
        )}
      </section>
      <LiveText text={tasks.announcement} />
    </div>
  );
}
