import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Body, CalledPerson, Meeting, StandpointPlacement } from '../../shared/model/domain';
import { typeLine } from '../../shared/format/labels';
import { editorSeed } from '../notes/autosave';
import { NotesEditor } from '../notes/NotesEditor';
import { focusItemNotes } from '../notes/focusNotes';
import { StandpointField } from '../standpoints/StandpointField';
import { ItemFields } from '../agenda/ItemFields';
import { ItemAttachments } from '../agenda/Attachments';
import { ReviewComments } from '../review/ReviewComments';
import { PreviousMinutesButton } from '../agenda/PreviousMinutesDialog';
import { isPreviousMinutesItem } from '../../shared/model/previous-minutes';
import { ItemPresenters, ItemTopics } from '../agenda/ItemMeta';
import type { MoveKind } from '../agenda/agendaOps';
import type { AgendaEditor } from '../agenda/useAgendaEditor';
import { ItemTasks } from '../tasks/TaskViews';
import type { TaskDraft, TaskEditor } from '../tasks/useTasks';
import { itemNumber, type LabelledItem } from '../agenda/labels';

/** The editing side of an item: present while the minutes are not justerade. */
export interface ItemEditing {
  agenda: AgendaEditor;
  moves: Record<MoveKind, boolean>;
  onRemove: (entry: LabelledItem) => void;
  onAddSub: (entry: LabelledItem) => void;
  onDragStart: (itemId: number) => void;
  onDragEnd: () => void;
  onDrop: (overId: number, after: boolean) => void;
  /** Where a dragged item would land: before/after this item. */
  dropMark: 'before' | 'after' | null;
  onDragOverItem: (overId: number, after: boolean) => void;
  /** Tells a screen reader where a moved item landed. */
  onMoved: (itemId: number) => void;
}

interface Props {
  meetingId: number;
  entry: LabelledItem;
  readOnly: boolean;
  standpointPlacement: StandpointPlacement;
  /** For the standpoint field (null: the body could not be read; the standpoint is then shown as text). */
  meeting?: Meeting;
  body?: Body | null;
  called?: readonly CalledPerson[];
  editing?: ItemEditing | null;
  tasks?: readonly TaskDraft[];
  taskEditor?: TaskEditor | null;
  /** An earlier version: shows exactly what was stored, never text waiting to be saved. */
  snapshot?: boolean;
}

/** The item being dragged by its handle in this window (drag data types vary between hosts). */
let draggingItemId: number | null = null;

const MOVE_KEYS: Record<string, MoveKind> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
};

/**
 * Re-render an item only when something it shows changed: typing in one
 * item's title must not re-render every notes editor of the meeting.
 */
function sameProps(a: Props, b: Props): boolean {
  for (const key of Object.keys(b) as (keyof Props)[]) {
    if (key === 'entry') continue;
    if (a[key] !== b[key]) return false;
  }
  const x = a.entry;
  const y = b.entry;
  return (
    x.item === y.item &&
    x.label === y.label &&
    x.depth === y.depth &&
    x.numbered === y.numbered &&
    x.numberText === y.numberText &&
    x.headingText === y.headingText &&
    x.fullLabel === y.fullLabel &&
    x.headingId === y.headingId
  );
}

/** One agenda item, printed like the minutes, with its notes editor (and, in a draft, its editor). */
export const AgendaItemView = memo(function AgendaItemView({
  meetingId,
  entry,
  readOnly,
  standpointPlacement,
  meeting,
  body,
  called = [],
  editing,
  tasks = [],
  taskEditor,
  snapshot = false,
}: Props) {
  const { item, depth, headingId } = entry;
  // Text that failed to save before the meeting was reopened wins over the stored copy.
  const [seed] = useState(() =>
    snapshot ? { initialNotes: item.notes, notesRevision: item.notesRevision } : editorSeed(meetingId, item),
  );
  // The fields (with a list of every called person per presenter) are made on first opening, and kept:
  // thirty closed forms were a third of the page's elements when a meeting opened.
  const [fieldsShown, setFieldsShown] = useState(false);
  const type = typeLine(item.kind, item.minutes, item.attachment);
  const standpoint = item.standpoint.trim();
  const headingLevel = depth === 0 ? 3 : 4;
  const HeadingTag = depth === 0 ? 'h3' : 'h4';
  const number = itemNumber(entry);
  const edit = readOnly ? null : (editing ?? null);

  const standpointBlock =
    meeting && body && !snapshot ? (
      <StandpointField meeting={meeting} item={item} body={body} readOnly={readOnly} />
    ) : standpoint ? (
      <p className="item-standpoint">
        <span className="item-standpoint-label">Ställningstagande:</span> <em>{standpoint}</em>
      </p>
    ) : null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!edit || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const kind = MOVE_KEYS[event.key];
    if (!kind) return;
    const target = event.target as HTMLElement;
    // The notes editor keeps its own keys, and Alt+↓ opens a list of choices.
    if (target.closest('.notes-editor') || target instanceof HTMLSelectElement) return;
    event.preventDefault();
    event.stopPropagation();
    if (edit.moves[kind]) void moveKeepingFocus(edit, item.id, kind, target);
  };

  const dragProps = edit
    ? {
        onDragOver: (e: DragEvent<HTMLElement>) => {
          if (draggingItemId === null) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          const rect = e.currentTarget.getBoundingClientRect();
          edit.onDragOverItem(item.id, e.clientY > rect.top + rect.height / 2);
        },
        onDrop: (e: DragEvent<HTMLElement>) => {
          if (draggingItemId === null) return;
          e.preventDefault();
          draggingItemId = null;
          const rect = e.currentTarget.getBoundingClientRect();
          edit.onDrop(item.id, e.clientY > rect.top + rect.height / 2);
        },
      }
    : {};

  return (
    <section
      className={`agenda-item depth-${depth}${edit ? ' is-editing' : ''}${edit?.dropMark ? ` drop-${edit.dropMark}` : ''}`}
      aria-label={entry.headingText}
      data-item-id={item.id}
      data-item-number={entry.label}
      onKeyDown={edit ? onKeyDown : undefined}
      {...dragProps}
    >
      <div className="item-head">
        {edit && (
          <span
            className="drag-handle"
            draggable
            title="Dra för att flytta punkten (eller Alt+↑/↓)"
            aria-hidden="true"
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', `Punkt ${entry.headingText}`);
              draggingItemId = item.id;
              const section = e.currentTarget.closest('section');
              if (section) e.dataTransfer.setDragImage(section, 24, 16);
              edit.onDragStart(item.id);
            }}
            onDragEnd={() => {
              draggingItemId = null;
              edit.onDragEnd();
            }}
          >
            ⋮⋮
          </span>
        )}
        <HeadingTag id={headingId} className="item-title" tabIndex={-1}>
          {entry.numbered && (
            <>
              <span className="item-number">{depth === 0 ? `${entry.label}.` : entry.label}</span>{' '}
            </>
          )}
          {edit ? (
            <textarea
              className="item-title-input"
              rows={1}
              value={item.title}
              placeholder="Rubrik för punkten"
              aria-label={entry.numbered ? `Rubrik för punkt ${number}` : 'Rubrik för punkten'}
              autoComplete="off"
              spellCheck
              lang="sv"
              onChange={(e) => edit.agenda.update(item.id, { title: e.target.value.replace(/\s*\n\s*/g, ' ') })}
              onKeyDown={(e) => {
                // Enter ends the heading and goes on into the item's notes.
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  if (!focusItemNotes(meetingId, item.id)) e.currentTarget.blur();
                }
              }}
            />
          ) : (
            <span className="item-title-text">{item.title.trim() || 'Namnlös punkt'}</span>
          )}
        </HeadingTag>
        {edit && <ItemToolbar entry={entry} edit={edit} />}
      </div>

      <ItemTopics topics={item.topics} className="item-topics" />

      {(type || item.presenters.length > 0) && (
        <div className="item-meta">
          {type && <p className="item-type">{type}</p>}
          <ItemPresenters presenters={item.presenters} className="item-presenters" />
        </div>
      )}

      {item.links.length > 0 && (
        <ul className="item-links" aria-label={`Länkar för punkt ${entry.fullLabel}`}>
          {item.links.map((link, i) => (
            <li key={i}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      )}

      {edit && meeting && body && item.parentId === null && isPreviousMinutesItem(item.title) && (
        <PreviousMinutesButton
          meeting={meeting}
          links={item.links}
          onAdd={(links) => edit.agenda.update(item.id, { links }, 0)}
          prominent
          number={number}
        />
      )}

      {edit && (
        <details
          className="item-editor"
          onToggle={(e) => {
            if (e.currentTarget.open) setFieldsShown(true);
          }}
        >
          <summary>
            Ändra typ, tid, underrubriker, föredragande och länkar
            <span className="visually-hidden"> för punkt {number}</span>
          </summary>
          {fieldsShown && (
            <ItemFields
              item={item}
              number={number}
              called={called}
              onChange={(patch, delayMs) => edit.agenda.update(item.id, patch, delayMs)}
              body={body}
              meetingId={meetingId}
              meetingDate={meeting?.date}
            />
          )}
        </details>
      )}

      {meeting && !snapshot && (
        <ItemAttachments
          meetingId={meetingId}
          itemId={item.id}
          number={number}
          initial={meeting.attachments}
          readOnly={!edit}
          onAttached={() => {
            if (!item.attachment) edit?.agenda.update(item.id, { attachment: true }, 0);
          }}
        />
      )}

      {standpointPlacement === 'afterPresenters' && standpointBlock}

      <NotesEditor
        meetingId={meetingId}
        itemId={item.id}
        {...seed}
        itemLabel={entry.fullLabel}
        itemHeadingLevel={headingLevel}
        readOnly={readOnly}
        formalName={body?.formalName ?? ''}
        deferred
      />

      {standpointPlacement === 'endOfItem' && standpointBlock}

      {taskEditor && <ItemTasks entry={entry} tasks={tasks} called={called} editor={taskEditor} readOnly={readOnly} />}
      {meeting && !snapshot && <ReviewComments meeting={meeting} itemId={item.id} itemLabel={entry.fullLabel} />}
    </section>
  );
}, sameProps);

async function moveKeepingFocus(edit: ItemEditing, itemId: number, kind: MoveKind, focused: HTMLElement | null) {
  const label = focused?.getAttribute('aria-label');
  const selector = focused?.classList.contains('item-title-input')
    ? '.item-title-input'
    : label
      ? `[aria-label="${CSS.escape(label)}"]`
      : null;
  // React may move the item's DOM node (which drops focus) or rebuild its heading (main item ⇄ sub-item): put focus back.
  const restore = () => {
    if (focused?.isConnected) {
      if (document.activeElement !== focused) focused.focus();
      return;
    }
    const section = document.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`);
    const target = (selector && section?.querySelector<HTMLElement>(selector)) || section?.querySelector<HTMLElement>('.item-title');
    if (!target || document.activeElement === target) return;
    target.focus();
    if (target instanceof HTMLTextAreaElement) target.setSelectionRange(target.value.length, target.value.length);
  };
  const moved = edit.agenda.moveBy(itemId, kind);
  requestAnimationFrame(restore);
  if (await moved) edit.onMoved(itemId);
  requestAnimationFrame(restore);
}

function ItemToolbar({ entry, edit }: { entry: LabelledItem; edit: ItemEditing }) {
  const number = itemNumber(entry);
  const button = (kind: MoveKind, label: string, icon: string, keys: string) => (
    <button
      type="button"
      className="icon-button"
      disabled={!edit.moves[kind]}
      aria-label={label}
      title={`${label} (${keys})`}
      aria-keyshortcuts={keys.replace('↑', 'ArrowUp').replace('↓', 'ArrowDown').replace('→', 'ArrowRight').replace('←', 'ArrowLeft')}
      onClick={(e) => void moveKeepingFocus(edit, entry.item.id, kind, e.currentTarget)}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
  return (
    <div className="item-toolbar" role="toolbar" aria-label={`Ordna punkt ${number}`}>
      {button('up', 'Flytta upp', '↑', 'Alt+↑')}
      {button('down', 'Flytta ner', '↓', 'Alt+↓')}
      {entry.depth === 0
        ? button('indent', 'Gör till underpunkt', '→', 'Alt+→')
        : button('outdent', 'Gör till huvudpunkt', '←', 'Alt+←')}
      {entry.depth === 0 && (
        <button type="button" className="icon-button" aria-label="Ny underpunkt" title="Ny underpunkt" onClick={() => edit.onAddSub(entry)}>
          <span className="glyph-add-sub" aria-hidden="true" />
        </button>
      )}
      <button
        type="button"
        className="icon-button icon-danger"
        aria-label="Ta bort punkten"
        title="Ta bort punkten"
        onClick={() => edit.onRemove(entry)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
