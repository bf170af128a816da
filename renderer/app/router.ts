import { useSyncExternalStore } from 'react';
import { setAppState } from './appState';

/** The views, addressed by `location.hash` so a reload returns to the same place. */
export type Route =
  | { view: 'start' }
  | { view: 'meeting'; meetingId: number }
  | { view: 'attendance'; meetingId: number }
  | { view: 'body'; bodyId: number }
  | { view: 'notFound'; hash: string };

function positiveId(text: string | undefined): number | null {
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { view: 'start' };
  const meeting = /^\/meeting\/(\d{1,15})(\/narvaro)?\/?$/.exec(path);
  if (meeting) {
    const id = positiveId(meeting[1]);
    if (id !== null) return meeting[2] ? { view: 'attendance', meetingId: id } : { view: 'meeting', meetingId: id };
  }
  const body = /^\/body\/(\d{1,15})\/?$/.exec(path);
  if (body) {
    const id = positiveId(body[1]);
    if (id !== null) return { view: 'body', bodyId: id };
  }
  return { view: 'notFound', hash: path };
}

export const startHref = '#/';
export function meetingHref(id: number): string {
  return `#/meeting/${id}`;
}
export function attendanceHref(meetingId: number): string {
  return `#/meeting/${meetingId}/narvaro`;
}
export function bodyHref(id: number): string {
  return `#/body/${id}`;
}

/** Goes to a view (the hash change re-renders the app). */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function getHash(): string {
  return window.location.hash;
}

/** The current route; re-renders on hash changes only. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseRoute(hash);
}

function routeKey(route: Route): string {
  switch (route.view) {
    case 'start':
      return 'start';
    case 'meeting':
      return `meeting:${route.meetingId}`;
    case 'attendance':
      return `attendance:${route.meetingId}`;
    case 'body':
      return `body:${route.bodyId}`;
    case 'notFound':
      return `notFound:${route.hash}`;
  }
}

/**
 * Marks the app as loading the moment the route changes (before React has
 * rendered the new view), so nobody waiting for `ready` sees the old view's.
 */
export function installRouteLoadingSignal(): void {
  window.addEventListener('hashchange', (event) => {
    const before = parseRoute(new URL(event.oldURL).hash);
    const after = parseRoute(window.location.hash);
    if (routeKey(before) !== routeKey(after)) setAppState('loading');
  });
}
