import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Body, Meeting } from '../../shared/model/domain';
import { numberAgenda } from '../../shared/model/agenda';
import { typeLine } from '../../shared/format/labels';
import { formatDateWithWeekday } from '../../shared/format/date';
import { attendanceHref, liveHref, meetingHref, navigate, replaceRoute } from '../app/router';
import { ItemPresenters, ItemTopics } from '../agenda/ItemMeta';
import { MEETING_LOAD_TEXT, useMeetingWithBody } from '../app/useMeetingWithBody';
import { LoadStatus } from '../components/LoadingBlock';
import { InfoBanner } from '../components/Banner';
import { Disclosure } from '../components/Disclosure';
import { editorSeed, notesAutosaver } from '../notes/autosave';
import { NotesEditor } from '../notes/NotesEditor';
import { StandingPhrasesButton } from '../standpoints/StandingPhrasesButton';
import { StandpointField } from '../standpoints/StandpointField';
import { ItemTasks } from '../tasks/TaskViews';
import { draftOf, useTasks, type TaskDraft } from '../tasks/useTasks';
import type { SetMeeting } from '../agenda/useAgendaEditor';
import { isInsertStandpointKey, openStandpointPicker, standpointStore } from '../standpoints/store';
import { loadItemTimes, saveItemTimes, switchItemTime, type ItemTimes } from '../live/liveTime';
import { Clock, ItemTimer } from '../live/LiveClock';
import { MeetingOpenClose } from '../live/OpenClose';
import { focusItemNotes } from '../notes/focusNotes';
import { setFlash } from '../app/flash';
import { itemNumber, labelAgenda, type LabelledItem } from '../agenda/labels';
import { meetingSubject, pageTitle, useDocumentTitle } from '../app/pageTitle';

const LAST_ITEM_KEY = (meetingId: number) => `anteckna.live.${meetingId}.item`;

function rememberItem(meetingId: number, itemId: number): void {
  try {
    window.sessionStorage.setItem(LAST_ITEM_KEY(meetingId), String(itemId));
  } catch {
    // Storage can be disabled; the address still holds the item.
  }
}

/** Out of live mode, with what was typed on its way to be saved. */
function leave(meetingId: number, href: string): void {
  notesAutosaver.flush(meetingId);
  standpointStore.flush(meetingId);
  navigate(href);
}

function rememberedItem(meetingId: number): number | null {
  try {
    const value = Number(window.sessionStorage.getItem(LAST_ITEM_KEY(meetingId)));
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * Live mode: the meeting in progress, one item at a time, for a narrow
 * window beside Teams. The item in progress is in the address
 * (`#/meeting/<id>/live/<itemId>`), so a reload stays on it.
 */
export function LiveView({ meetingId, itemId }: { meetingId: number; itemId?: number | null }) {
  const { load, setMeeting, reload } = useMeetingWithBody(meetingId);
  useDocumentTitle(pageTitle('Live', load.state === 'ready' ? meetingSubject(load.meeting, load.body) : null));

  return (
    <div className="page page-live" data-live-meeting={meetingId}>
      <LoadStatus load={load} {...MEETING_LOAD_TEXT} onRetry={reload} />
      {load.state === 'ready' && (
        <LiveMeeting
          meeting={load.meeting}
          body={load.body}
          routeItemId={itemId ?? null}
          setMeeting={setMeeting}
        />
      )}
    </div>
  );
}

function LiveMeeting({
  meeting,
  body,
  routeItemId,
  setMeeting,
}: {
  meeting: Meeting;
  body: Body | null;
  routeItemId: number | null;
  setMeeting: SetMeeting;
}) {
  const numberedItems = body?.numberedItems ?? true;
  const items = useMemo(() => labelAgenda(numberAgenda(meeting.agenda), numberedItems), [meeting.agenda, numberedItems]);
  const frozen = meeting.status === 'approved';
  const onOpened = useCallback(
    (openedAt: string) => setMeeting((m) => ({ ...m, openedAt })),
    [setMeeting],
  );
  // The meeting is over: its stamp, and back to the meeting view (as with Esc).
  const onClosed = useCallback(
    (closedAt: string) => {
      setMeeting((m) => ({ ...m, closedAt }));
      leave(meeting.id, meetingHref(meeting.id));
      setFlash(`Mötet avslutades kl. ${closedAt}.`, meetingHref(meeting.id));
    },
    [setMeeting, meeting.id],
  );
  // Tasks are handed out live ("Förslag på namn skickas till …"), so the current item's are here too.
  const [taskDrafts, setTaskDrafts] = useState<TaskDraft[]>(() => meeting.tasks.map(draftOf));
  const taskEditor = useTasks(meeting.id, taskDrafts, setTaskDrafts, setMeeting);

  // The item in progress is changed here at once (see go) and follows the address when it changes.
  const [wanted, setWanted] = useState<number | null>(() => routeItemId ?? rememberedItem(meeting.id));
  useEffect(() => {
    if (routeItemId !== null) setWanted(routeItemId);
  }, [routeItemId]);
  const index = Math.max(
    0,
    items.findIndex((e) => e.item.id === wanted),
  );
  const current: LabelledItem | undefined = items[index];
  const currentId = current?.item.id ?? null;
  // Keys handled before React has run the effects of the last move still count from where it went.
  const indexRef = useRef(index);
  useLayoutEffect(() => {
    indexRef.current = index;
  }, [index]);

  // Keep the item in the address (and session) so a reload lands here.
  useEffect(() => {
    if (currentId === null) return;
    rememberItem(meeting.id, currentId);
    if (routeItemId !== currentId) replaceRoute(liveHref(meeting.id, currentId));
  }, [meeting.id, currentId, routeItemId]);

  // Time spent on each item, counted while it is the item in progress.
  const [times, setTimes] = useState<ItemTimes>(() => loadItemTimes(meeting.id));
  useEffect(() => {
    if (currentId === null || frozen) return;
    setTimes((prev) => {
      const next = switchItemTime(prev, currentId, Date.now());
      saveItemTimes(meeting.id, next);
      return next;
    });
  }, [meeting.id, currentId, frozen]);

  // The next item, and the caret in its notes, before the key's or click's handler returns:
  // the secretary goes on typing at once, and the address (a hashchange, later) would come too late.
  const go = useCallback(
    (delta: number) => {
      const target = items[indexRef.current + delta];
      if (!target) return;
      notesAutosaver.flush(meeting.id);
      standpointStore.flush(meeting.id);
      flushSync(() => setWanted(target.item.id));
      focusItemNotes(meeting.id, target.item.id);
      replaceRoute(liveHref(meeting.id, target.item.id));
    },
    [items, meeting.id],
  );

  const headingRef = useRef<HTMLHeadingElement>(null);
  // A frozen meeting has no editor to land in: focus the item title instead.
  useEffect(() => {
    if (frozen) headingRef.current?.focus({ preventScroll: true });
  }, [currentId, frozen]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const plainAlt = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      const ctrlOnly = event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey;
      if ((plainAlt && (event.key === 'ArrowRight' || event.key === 'ArrowDown')) || (ctrlOnly && event.key === 'PageDown')) {
        event.preventDefault();
        go(1);
      } else if ((plainAlt && (event.key === 'ArrowLeft' || event.key === 'ArrowUp')) || (ctrlOnly && event.key === 'PageUp')) {
        event.preventDefault();
        go(-1);
      } else if (plainAlt && event.code === 'KeyN') {
        event.preventDefault();
        leave(meeting.id, attendanceHref(meeting.id));
      } else if (currentId !== null && isInsertStandpointKey(event)) {
        if (openStandpointPicker(meeting.id, currentId)) event.preventDefault();
      } else if (event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        const target = event.target as HTMLElement | null;
        // Escape closes menus and pickers first; those stop it before it gets here.
        if (target?.closest('[role="dialog"], [role="listbox"], .slash-menu')) return;
        event.preventDefault();
        leave(meeting.id, meetingHref(meeting.id));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, meeting.id, currentId]);

  const previous = items[index - 1];
  const next = items[index + 1];

  return (
    <div className="live" data-live-item={currentId ?? ''}>
      <header className="live-bar">
        <div className="live-bar-title">
          <span className="live-badge" aria-hidden="true">
            <span className="live-dot" /> Live
          </span>
          <span className="live-meeting-name">
            <span className="live-body">{body?.shortName ?? ''}</span> {formatDateWithWeekday(meeting.date)}
          </span>
        </div>
        <div className="live-bar-end">
          <Clock />
          <MeetingOpenClose
            meeting={meeting}
            frozen={frozen}
            focusNotes={() => {
              if (currentId !== null) focusItemNotes(meeting.id, currentId);
            }}
            onOpened={onOpened}
            onClosed={onClosed}
          />
        </div>
      </header>

      {frozen && (
        <InfoBanner>Mötesanteckningen är justerad och kan inte längre ändras. Livevyn visar den som den är.</InfoBanner>
      )}

      {!current ? (
        <p className="muted">Dagordningen är tom. Lägg till punkter i mötesvyn.</p>
      ) : (
        <section
          className="live-item"
          aria-labelledby="live-item-title"
          data-item-id={current.item.id}
          data-item-number={current.label}
        >
          <div className="live-item-head">
            <p className="live-position" aria-live="polite">
              Punkt {index + 1} av {items.length}
            </p>
            <h1 id="live-item-title" ref={headingRef} tabIndex={-1} className="live-item-title">
              {current.numbered && (
                <>
                  <span className="live-item-number">{itemNumber(current)}</span>{' '}
                </>
              )}
              <span className="live-item-text">{current.item.title.trim() || 'Namnlös punkt'}</span>
            </h1>
            <LiveItemMeta entry={current} />
            {!frozen && (
              <ItemTimer
                key={current.item.id}
                minutes={current.item.minutes}
                spentMs={times.spent[current.item.id] ?? 0}
                since={times.current === current.item.id ? times.since : null}
              />
            )}
          </div>

          <NotesEditor
            key={`notes-${current.item.id}`}
            meetingId={meeting.id}
            itemId={current.item.id}
            {...editorSeed(meeting.id, current.item)}
            itemLabel={current.fullLabel}
            itemHeadingLevel={1}
            readOnly={frozen}
            formalName={body?.formalName || body?.shortName || ''}
            autoFocus
          />
          {body && (
            <StandpointField key={`sp-${current.item.id}`} meeting={meeting} item={current.item} body={body} readOnly={frozen} />
          )}
          <ItemTasks
            entry={current}
            tasks={taskDrafts.filter((t) => t.itemId === current.item.id)}
            called={meeting.calledPersons}
            editor={taskEditor}
            readOnly={frozen}
          />
        </section>
      )}

      <nav className="live-nav" aria-label="Punkter">
        <button
          type="button"
          className="button live-nav-button"
          onClick={() => go(-1)}
          disabled={!previous}
          aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowUp Control+PageUp"
          title="Föregående punkt (Alt+←)"
        >
          <span className="live-nav-label">
            <span aria-hidden="true">←</span> Föregående
          </span>
          {previous && <span className="live-nav-target">{previous.fullLabel}</span>}
        </button>
        <button
          type="button"
          className="button live-nav-button is-next"
          onClick={() => go(1)}
          disabled={!next}
          aria-keyshortcuts="Alt+ArrowRight Alt+ArrowDown Control+PageDown"
          title="Nästa punkt (Alt+→)"
        >
          <span className="live-nav-label">
            Nästa <span aria-hidden="true">→</span>
          </span>
          {next && <span className="live-nav-target">{next.fullLabel}</span>}
        </button>
      </nav>

      <div className="live-tools">
        {body && !frozen && <StandingPhrasesButton meeting={meeting} body={body} />}
        <a className="button button-quiet" href={attendanceHref(meeting.id)} aria-keyshortcuts="Alt+N">
          Närvaro <kbd>Alt+N</kbd>
        </a>
        <a className="button button-quiet" href={meetingHref(meeting.id)} aria-keyshortcuts="Escape">
          Mötesvyn <kbd>Esc</kbd>
        </a>
      </div>

      <Disclosure className="live-keys" label="Kortkommandon">
        <dl>
          <div><dt><kbd>Alt+→</kbd> / <kbd>Alt+↓</kbd></dt><dd>Nästa punkt</dd></div>
          <div><dt><kbd>Alt+←</kbd> / <kbd>Alt+↑</kbd></dt><dd>Föregående punkt</dd></div>
          <div><dt><kbd>Ctrl+Alt+S</kbd></dt><dd>Infoga ställningstagande</dd></div>
          <div><dt><kbd>/</kbd></dt><dd>Infoga block i anteckningarna</dd></div>
          <div><dt><kbd>Alt+N</kbd></dt><dd>Närvaro</dd></div>
          <div><dt><kbd>Alt+L</kbd> / <kbd>Esc</kbd></dt><dd>Tillbaka till mötesvyn</dd></div>
        </dl>
      </Disclosure>
    </div>
  );
}

function LiveItemMeta({ entry }: { entry: LabelledItem }) {
  const { item } = entry;
  const type = typeLine(item.kind, item.minutes, item.attachment);
  if (!type && item.presenters.length === 0 && item.topics.length === 0) return null;
  return (
    <div className="live-item-meta">
      <ItemTopics topics={item.topics} className="live-topics" />
      {type && <p className="live-type">{type}</p>}
      <ItemPresenters presenters={item.presenters} className="live-presenters" />
    </div>
  );
}
