import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Body, Meeting, MeetingHeader } from '../../shared/model/domain';
import { numberAgenda } from '../../shared/model/agenda';
import { formatLongDate } from '../../shared/format/date';
import { attendanceHref, navigate, type FoundAt } from '../app/router';
import { useFocusHeading } from '../app/useFocusHeading';
import { MEETING_LOAD_TEXT, useMeetingWithBody } from '../app/useMeetingWithBody';
import { LoadStatus } from '../components/LoadingBlock';
import { InfoBanner } from '../components/Banner';
import { notesAutosaver } from '../notes/autosave';
import { standpointStore } from '../standpoints/store';
import { AgendaSection } from '../agenda/AgendaSection';
import { editState } from '../agenda/editState';
import { useAgendaEditor } from '../agenda/useAgendaEditor';
import { StandpointSummary, Signatures } from '../review/Closing';
import { ReviewBar, type ReviewChange } from '../review/ReviewBar';
import { ExportMenu } from '../export/ExportMenu';
import { agendaOverrun, overrunWarning } from '../../shared/document/agenda-times';
import { LiveStart } from '../live/LiveStart';
import { useUnmarkedNotice } from '../attendance/UnmarkedNotice';
import { GatheredTasks } from '../tasks/TaskViews';
import { draftOf, useTasks, type TaskDraft } from '../tasks/useTasks';
import { labelAgenda, type LabelledItem } from '../agenda/labels';
import { AttendanceSummary } from './AttendanceSummary';
import { repliesBeforeMeeting } from '../../shared/model/attendance';
import { localDate } from '../../shared/format/clock';
import { MeetingHeaderBlock } from './MeetingHeaderBlock';
import { MeetingTabs } from './MeetingTabs';
import { RemoveMeetingSection } from './RemoveMeeting';
import { meetingSubject, pageTitle, useDocumentTitle } from '../app/pageTitle';
import { FoundMarks } from '../search/useFoundMarks';
import { InvitationBar } from '../invite/InvitationBar';
import { ArchiveCopy } from '../archive/ArchiveCopy';
import { ChangesPanel } from '../review/ChangesPanel';

/** One meeting, laid out like the printed minutes: header, attendance, the agenda with its editor and notes, tasks, signatures. */
export function MeetingView({ meetingId, found }: { meetingId: number; found: FoundAt | null }) {
  const { load, setMeeting, reload } = useMeetingWithBody(meetingId);
  useDocumentTitle(pageTitle(load.state === 'ready' ? meetingSubject(load.meeting, load.body) : 'Mötet'));

  // Alt+N opens the attendance board, from anywhere in the meeting (also while writing notes).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN') {
        event.preventDefault();
        notesAutosaver.flush(meetingId);
        navigate(attendanceHref(meetingId));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [meetingId]);

  return (
    <div className="page page-meeting">
      <MeetingTabs meetingId={meetingId} current="notes" />
      <LoadStatus load={load} {...MEETING_LOAD_TEXT} onRetry={reload} />
      {load.state === 'ready' && (
        <MeetingDocument
          key={`${load.meeting.id}:${load.meeting.version}`}
          meeting={load.meeting}
          body={load.body}
          setMeeting={setMeeting}
          onUnlocked={reload}
        />
      )}
      <FoundMarks meetingId={meetingId} found={found} ready={load.state === 'ready'} />
    </div>
  );
}

/** Waits (briefly) until no edit of this view is on its way. */
async function editsSettled(timeoutMs = 4000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (editState.state() === 'saving' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function MeetingDocument({
  meeting,
  body,
  setMeeting,
  onUnlocked,
}: {
  meeting: Meeting;
  body: Body | null;
  setMeeting: (update: (meeting: Meeting) => Meeting) => void;
  onUnlocked: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);

  const frozen = meeting.status === 'approved';
  const numberedItems = body?.numberedItems ?? true;
  const items = useMemo(() => labelAgenda(numberAgenda(meeting.agenda), numberedItems), [meeting.agenda, numberedItems]);
  const editor = useAgendaEditor(meeting, setMeeting);
  const [drafts, setDrafts] = useState<TaskDraft[]>(() => meeting.tasks.map(draftOf));
  const taskEditor = useTasks(meeting.id, drafts, setDrafts, setMeeting);
  // A removed item takes its tasks with it.
  const itemIds = meeting.agenda.map((i) => i.id).join(',');
  const shownTasks = useMemo(() => {
    const ids = new Set(itemIds.split(',').map(Number));
    return drafts.filter((d) => d.itemId === null || ids.has(d.itemId));
  }, [drafts, itemIds]);

  const onHeaderSaved = useCallback(
    (header: MeetingHeader, updatedAt: string) => setMeeting((m) => ({ ...m, ...header, updatedAt })),
    [setMeeting],
  );

  const beforeChange = useCallback(async () => {
    editor.flush();
    taskEditor.flush();
    standpointStore.flush(meeting.id);
    notesAutosaver.flush(meeting.id);
    await notesAutosaver.settle(meeting.id);
    await editsSettled();
  }, [editor, taskEditor, meeting.id]);

  const attendanceNotice = useUnmarkedNotice(meeting, setMeeting);
  const overrun = agendaOverrun(meeting);
  const kallelseWarning = overrun === null ? null : overrunWarning(overrun, meeting.startTime, meeting.endTime);
  const onReviewChanged = useCallback(
    (change: ReviewChange) => setMeeting((m) => ({ ...m, ...change })),
    [setMeeting],
  );

  return (
    <>
      <LiveStart meeting={meeting} />
      <ReviewBar
        meeting={meeting}
        body={body}
        beforeChange={beforeChange}
        onChanged={onReviewChanged}
        onUnlocked={onUnlocked}
        attendanceNotice={attendanceNotice}
      />
      <ExportMenu
        meetingId={meeting.id}
        beforeExport={beforeChange}
        notice={attendanceNotice('export')}
        kallelseWarning={kallelseWarning}
      />
      <InvitationBar meeting={meeting} setMeeting={setMeeting} beforeSend={beforeChange} />
      <ArchiveCopy meeting={meeting} beforeArchive={beforeChange} />
      <div className={`meeting-layout${items.length > 0 ? ' has-outline' : ''}`}>
        <AgendaOutline items={items} />
        <article
          className={`meeting-doc${frozen ? ' is-frozen' : ''}`}
          aria-labelledby="meeting-title"
          data-meeting-id={meeting.id}
          data-status={meeting.status}
          data-version={meeting.version}
        >
          <MeetingHeaderBlock meeting={meeting} body={body} headingRef={headingRef} onSaved={onHeaderSaved} readOnly={frozen} />

          {frozen && (
            <InfoBanner>
              <span className="frozen-banner" data-frozen="true">
                Mötesanteckningen är justerad{meeting.approvedOn ? ` ${formatLongDate(meeting.approvedOn)}` : ''} och kan inte
                ändras. Behöver något rättas: välj ”Lås upp” – då blir det en ny, synlig version.
              </span>
            </InfoBanner>
          )}

          <ChangesPanel meeting={meeting} beforeExport={beforeChange} />

          <AttendanceSummary
            meetingId={meeting.id}
            persons={meeting.calledPersons}
            agenda={items}
            readOnly={frozen}
            detailOrder={body?.personDetailOrder}
            beforeMeeting={repliesBeforeMeeting(meeting, localDate(new Date()))}
          />

          <AgendaSection
            meeting={meeting}
            body={body}
            items={items}
            readOnly={frozen}
            editor={editor}
            tasks={shownTasks}
            taskEditor={taskEditor}
          />

          <GatheredTasks tasks={shownTasks} items={items} />

          {body?.summaryOfStandpoints && <StandpointSummary meeting={meeting} numberedItems={numberedItems} />}

          <Signatures meeting={meeting} />
        </article>
      </div>
      <RemoveMeetingSection meeting={meeting} beforeRemove={beforeChange} />
    </>
  );
}

/** The agenda as a table of contents beside the document (wide windows only). */
export function AgendaOutline({ items }: { items: LabelledItem[] }) {
  if (items.length === 0) return null;
  return (
    <nav className="outline" aria-label="Punkter på dagordningen">
      <p className="outline-title" aria-hidden="true">
        Dagordning
      </p>
      <ol className="outline-list">
        {items.map((entry) => (
          <li key={entry.item.id} className={entry.depth === 1 ? 'outline-sub' : undefined}>
            <button
              type="button"
              className="outline-link"
              onClick={() => {
                const heading = document.getElementById(entry.headingId);
                const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
                heading?.scrollIntoView({ behavior: calm ? 'auto' : 'smooth', block: 'start' });
                heading?.focus({ preventScroll: true });
              }}
            >
              {entry.numbered && (
                <>
                  <span className="outline-number">{entry.depth === 0 ? `${entry.label}.` : entry.label}</span>{' '}
                </>
              )}
              <span className="outline-text">{entry.item.title || 'Namnlös punkt'}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
