import { useEffect, useState } from 'react';
import { Flash } from '../components/Flash';
import { SaveIndicator } from '../components/SaveIndicator';
import { AttendanceView } from '../views/AttendanceView';
import { BodyView } from '../body/BodyView';
import { LiveView } from '../views/LiveView';
import { VersionView } from '../review/VersionView';
import { MeetingView } from '../views/MeetingView';
import { StartView } from '../start/StartView';
import { ArchiveView } from '../archive/ArchiveView';
import { SearchView } from '../search/SearchView';
import { TopBarSearch } from '../search/TopBarSearch';
import { TaskListView } from '../tasks/TaskListView';
import { ImportView } from '../import/ImportView';
import { PublicationView } from '../publication/PublicationView';
import { SpellingCheckView } from '../spelling-check/SpellingCheckView';
import { setAppState } from './appState';
import { deliverCommand, useCommandEvents } from './commands';
import { setFlash } from './flash';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import type { AppCommand } from '../../shared/ipc/commands';
import { pageTitle, useDocumentTitle } from './pageTitle';
import { attendanceHref, liveHref, meetingHref, navigate, startHref, tasksHref, useRoute, type Route } from './router';

/** The shell: a quiet top bar (name, navigation, save state) and the current view. */
export function App() {
  const route = useRoute();
  useLiveShortcut(route);
  const [shortcuts, setShortcuts] = useState(false);
  useCommandEvents((command) => (command === 'shortcuts' ? setShortcuts(true) : routeCommand(command, route)));

  return (
    <div className="shell">
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        Hoppa till innehållet
      </button>
      <header className="topbar">
        <a className="brand" href={startHref} aria-label="Anteckna – till startsidan">
          <BrandMark />
          <span className="brand-name">Anteckna</span>
        </a>
        <nav className="topnav" aria-label="Huvudmeny">
          <a href={startHref} className="topnav-link" aria-current={route.view === 'start' ? 'page' : undefined}>
            Möten
          </a>
          <a href={tasksHref} className="topnav-link" aria-current={route.view === 'tasks' ? 'page' : undefined}>
            Uppdrag
          </a>
        </nav>
        <TopBarSearch />
        <div className="topbar-end">
          <SaveIndicator />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Flash />
        {route.view === 'start' && <StartView />}
        {route.view === 'meeting' && <MeetingView key={route.meetingId} meetingId={route.meetingId} found={route.found} />}
        {route.view === 'attendance' && <AttendanceView key={route.meetingId} meetingId={route.meetingId} />}
        {route.view === 'publication' && <PublicationView key={route.meetingId} meetingId={route.meetingId} />}
        {route.view === 'spellingCheck' && <SpellingCheckView key={route.meetingId} meetingId={route.meetingId} />}
        {route.view === 'live' && <LiveView key={route.meetingId} meetingId={route.meetingId} itemId={route.itemId} />}
        {route.view === 'version' && (
          <VersionView key={`${route.meetingId}:${route.version}`} meetingId={route.meetingId} version={route.version} />
        )}
        {route.view === 'body' && <BodyView key={route.bodyId} bodyId={route.bodyId} />}
        {route.view === 'archive' && <ArchiveView key={route.bodyId} bodyId={route.bodyId} year={route.year} />}
        {route.view === 'search' && <SearchView query={route.query} />}
        {route.view === 'tasks' && <TaskListView />}
        {route.view === 'notFound' && <NotFound />}
        {route.view === 'import' && <ImportView key={route.bodyId ?? 0} bodyId={route.bodyId} />}
      </main>
      {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
    </div>
  );
}

/** The meeting shown, in any of its views. */
function meetingOf(route: Route): number | null {
  return route.view === 'meeting' || route.view === 'attendance' || route.view === 'live' || route.view === 'version' || route.view === 'publication' || route.view === 'spellingCheck'
    ? route.meetingId
    : null;
}

/** A menu command: to the view that does it (there first, if needed). */
function routeCommand(command: Exclude<AppCommand, 'shortcuts'>, route: Route): void {
  const meetingId = meetingOf(route);
  const needMeeting = () => setFlash('Öppna ett möte först.', window.location.hash || startHref);
  switch (command) {
    case 'allMeetings':
      navigate(startHref);
      return;
    case 'newBody':
    case 'backups':
      if (route.view !== 'start') navigate(startHref);
      deliverCommand(command);
      return;
    case 'live':
      if (meetingId === null) return needMeeting();
      navigate(route.view === 'live' ? meetingHref(meetingId) : liveHref(meetingId));
      return;
    case 'attendance':
      if (meetingId === null) return needMeeting();
      navigate(attendanceHref(meetingId));
      return;
    case 'print':
    case 'export':
      if (meetingId === null) return needMeeting();
      if (route.view !== 'meeting') navigate(meetingHref(meetingId));
      deliverCommand(command);
      return;
    default: {
      const never: never = command;
      throw new Error(`Unhandled command ${String(never)}`);
    }
  }
}

/** Alt+L, anywhere in a meeting: into live mode, and from live mode back to the meeting view. */
function useLiveShortcut(route: Route): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyL') return;
      if (route.view === 'live') {
        event.preventDefault();
        navigate(meetingHref(route.meetingId));
      } else if (route.view === 'meeting' || route.view === 'attendance') {
        event.preventDefault();
        navigate(liveHref(route.meetingId));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [route]);
}

function NotFound() {
  useEffect(() => setAppState('ready'), []);
  useDocumentTitle(pageTitle('Sidan finns inte'));
  return (
    <div className="page">
      <h1 className="page-title">Sidan finns inte</h1>
      <p>
        Adressen leder inte till någon sida i Anteckna. <a href={startHref}>Gå till alla möten</a>.
      </p>
    </div>
  );
}

function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <rect x="3.5" y="2.5" width="15" height="19" rx="3" fill="currentColor" opacity="0.14" />
      <rect x="3.5" y="2.5" width="15" height="19" rx="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M7.5 8h7M7.5 11.5h7M7.5 15h4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <path d="M17 14.5l3.6-3.6a1.2 1.2 0 0 1 1.7 1.7L18.7 16.2 16.5 16.7Z" fill="currentColor" />
    </svg>
  );
}
