import { Fragment, useMemo, useRef, useState } from 'react';
import type { Body, Meeting } from '../../shared/model/domain';
import { agendaTiming, dropTarget, durationText, hasChildren, moveTarget, type MoveKind } from './agendaOps';
import type { AgendaEditor } from './useAgendaEditor';
import { useEditState } from './editState';
import { AgendaItemView, type ItemEditing } from '../views/AgendaItemView';
import { itemNumber, type LabelledItem } from './labels';
import { ConfirmDialog } from '../review/Dialog';
import { ItemDraftRow, useItemDraft } from './NewItemDraft';
import type { TaskDraft, TaskEditor } from '../tasks/useTasks';

interface Props {
  meeting: Meeting;
  body: Body | null;
  items: LabelledItem[];
  readOnly: boolean;
  editor: AgendaEditor;
  tasks: readonly TaskDraft[];
  taskEditor: TaskEditor;
}

/** "Dagordning": the items, and in a draft the agenda editor around them. */
export function AgendaSection({ meeting, body, items, readOnly, editor, tasks, taskEditor }: Props) {
  const saveState = useEditState();
  const [removing, setRemoving] = useState<LabelledItem | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);
  const [dragId, setDragId] = useState<number | null>(null);
  const [over, setOver] = useState<{ id: number; after: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const standpointPlacement = body?.standpointPlacement ?? 'afterPresenters';
  // The standpoint field reads the meeting's id and date (phrases: "nästa möte"); a new object
  // on every keystroke elsewhere would re-render every item.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableMeeting = useMemo(() => meeting, [meeting.id, meeting.date, meeting.status, meeting.version, meeting.bodyId]);
  const called = meeting.calledPersons;

  const tasksByItem = useMemo(() => {
    const map = new Map<number, TaskDraft[]>();
    for (const t of tasks) {
      if (t.itemId === null) continue;
      const list = map.get(t.itemId) ?? [];
      list.push(t);
      map.set(t.itemId, list);
    }
    return map;
  }, [tasks]);

  // The latest agenda for handlers; the editing props below change only with the agenda's structure.
  const agendaRef = useRef(meeting.agenda);
  agendaRef.current = meeting.agenda;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const dragRef = useRef<number | null>(null);
  const structure = meeting.agenda.map((i) => `${i.id}:${i.parentId ?? ''}:${i.position}`).join(',');

  const { draft, fieldRef: draftRef, add: addItem } = useItemDraft(editor);
  const draftRow = draft && <ItemDraftRow draft={draft} fieldRef={draftRef} />;

  const editing = useMemo(() => {
    const map = new Map<number, ItemEditing>();
    if (readOnly) return map;
    const agenda = agendaRef.current;
    const handlers = {
      onRemove: (e: LabelledItem) => {
        setRemoveError(null);
        setRemoving(e);
      },
      onAddSub: (e: LabelledItem) => {
        addItem(e.item.id, null, { afterId: e.item.id, depth: 1 }, () =>
          setAnnouncement(`Ny underpunkt under punkt ${itemNumber(e)}`),
        );
      },
      onDragStart: (id: number) => {
        dragRef.current = id;
        setDragId(id);
      },
      onDragEnd: () => {
        dragRef.current = null;
        setDragId(null);
        setOver(null);
      },
      onDragOverItem: (id: number, after: boolean) => {
        if (dragRef.current === null || id === dragRef.current) return;
        setOver((prev) => (prev?.id === id && prev.after === after ? prev : { id, after }));
      },
      onDrop: (id: number, after: boolean) => {
        const dragged = dragRef.current;
        dragRef.current = null;
        setDragId(null);
        setOver(null);
        if (dragged === null) return;
        const target = dropTarget(agendaRef.current, dragged, id, after);
        if (target) void editor.move(dragged, target).then((ok) => ok && announceMoved(dragged));
      },
      onMoved: (id: number) => announceMoved(id),
    };
    // After React has renumbered: read the item's new place.
    const announceMoved = (id: number) =>
      requestAnimationFrame(() => {
        const entry = itemsRef.current.find((e) => e.item.id === id);
        if (entry) setAnnouncement(`Punkten ”${entry.item.title.trim() || 'Namnlös punkt'}” ${newPlace(entry, itemsRef.current)}`);
      });
    for (const item of agenda) {
      const moves = Object.fromEntries(
        (['up', 'down', 'indent', 'outdent'] as MoveKind[]).map((k) => [k, moveTarget(agenda, item.id, k) !== null]),
      ) as Record<MoveKind, boolean>;
      const dropMark = over && over.id === item.id && dragId !== null ? (over.after ? 'after' : 'before') : null;
      map.set(item.id, { agenda: editor, moves, dropMark, ...handlers });
    }
    return map;
    // `structure` stands for the agenda's shape (ids, parents, positions); titles do not change it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [structure, readOnly, editor, dragId, over, addItem]);

  return (
    <section className="agenda" aria-labelledby="agenda-heading" data-agenda-state={saveState} data-readonly={readOnly || undefined}>
      <div className="section-head agenda-head">
        {/* Printed without the heading, the agenda still has its name for screen readers. */}
        <h2 id="agenda-heading" className={body?.agendaHeading === false ? 'visually-hidden' : 'section-title'}>
          Dagordning
        </h2>
        {!readOnly && (
          <span className="agenda-hint muted">
            Ordna med <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>, underpunkt med <kbd>Alt</kbd>+<kbd>→</kbd>/<kbd>←</kbd> eller dra i ⋮⋮
          </span>
        )}
      </div>
      <AgendaTimingLine meeting={meeting} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 ? (
        !draft && <p className="muted">Dagordningen är tom.</p>
      ) : (
        items.map((entry) => (
          <Fragment key={entry.item.id}>
            <AgendaItemView
              meetingId={meeting.id}
              entry={entry}
              readOnly={readOnly}
              standpointPlacement={standpointPlacement}
              meeting={stableMeeting}
              body={body}
              called={called}
              editing={editing.get(entry.item.id) ?? null}
              tasks={tasksByItem.get(entry.item.id) ?? EMPTY}
              taskEditor={taskEditor}
            />
            {draft?.afterId === entry.item.id && draftRow}
          </Fragment>
        ))
      )}
      {draft && !items.some((e) => e.item.id === draft.afterId) && draftRow}
      {!readOnly && (
        <div className="agenda-add">
          <button
            type="button"
            className="button"
            onClick={() => {
              const last = items.filter((e) => e.depth === 0).at(-1);
              addItem(null, last?.item.id ?? null, { afterId: items.at(-1)?.item.id ?? null, depth: 0 }, () =>
                setAnnouncement('Ny punkt sist på dagordningen'),
              );
            }}
          >
            + Ny punkt
          </button>
        </div>
      )}
      {removing && (
        <ConfirmDialog
          title={`Ta bort punkt ${itemNumber(removing)}?`}
          lead={
            <>
              ”{removing.item.title.trim() || 'Namnlös punkt'}” tas bort från dagordningen
              {hasChildren(meeting.agenda, removing.item.id) ? ', med sina underpunkter,' : ''} tillsammans med anteckningar,
              ställningstagande och uppdrag.{removing.numbered ? ' Punkterna efter numreras om.' : ''}
            </>
          }
          confirmLabel="Ta bort punkten"
          busy={removeBusy}
          error={removeError}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            setRemoveBusy(true);
            const target = removing;
            void editor.remove(target.item.id).then((ok) => {
              setRemoveBusy(false);
              if (ok) {
                setRemoving(null);
                setAnnouncement(`Punkt ${itemNumber(target)} togs bort`);
              } else setRemoveError('Punkten kunde inte tas bort. Försök igen.');
            });
          }}
        />
      )}
    </section>
  );
}

const EMPTY: TaskDraft[] = [];

/** "är nu punkt 4"; where the body prints no numbers, the item it now follows at its level. */
function newPlace(entry: LabelledItem, items: readonly LabelledItem[]): string {
  if (entry.numbered) return `är nu punkt ${itemNumber(entry)}`;
  const at = items.indexOf(entry);
  const before = items.slice(0, at).reverse().find((e) => e.depth <= entry.depth);
  if (!before) return 'är nu först';
  if (before.depth < entry.depth) return `är nu första underpunkt under ${itemNumber(before)}`;
  return `är nu ${entry.depth === 1 ? 'underpunkt ' : ''}efter ${itemNumber(before)}`;
}

/** The running total against the meeting's time, with a warning when the agenda runs over. */
function AgendaTimingLine({ meeting }: { meeting: Meeting }) {
  const timing = agendaTiming(meeting);
  if (timing.totalMinutes === 0 && !meeting.startTime) return null;
  const over = timing.overBy > 0;
  return (
    <div className={`agenda-timing${over ? ' is-over' : ''}`} data-over={over || undefined} role="status" aria-live="polite">
      <span className="timing-total">
        Planerad tid: <strong>{durationText(timing.totalMinutes)}</strong>
      </span>
      {timing.plannedEnd && (
        <span className="timing-end">
          {' '}
          · slutar <strong>{timing.plannedEnd}</strong>
          {meeting.endTime && <> (mötet {`${meeting.startTime}–${meeting.endTime}`.replace(/:/g, '.')})</>}
        </span>
      )}
      {over && (
        <p className="timing-warning">
          <span aria-hidden="true">⚠ </span>
          Dagordningen slutar {timing.plannedEnd} – {timing.overBy} {timing.overBy === 1 ? 'minut' : 'minuter'} efter mötets sluttid
        </p>
      )}
    </div>
  );
}
