import { useSyncExternalStore } from 'react';
import { setAppState } from './appState';

/** The views, addressed by `location.hash` so a reload returns to the same place. */
export type Route =
  | { view: 'start' }
  | { view: 'meeting'; meetingId: number }
  | { view: 'attendance'; meetingId: number }
  | { view: 'live'; meetingId: number; itemId: number | null }
  | { view: 'version'; meetingId: number; version: number }
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
  const live = /^\/meeting\/(\d{1,15})\/live(?:\/(\d{1,15}))?\/?$/.exec(path);
  if (live) {
    const id = positiveId(live[1]);
    if (id !== null) return { view: 'live', meetingId: id, itemId: positiveId(live[2]) };
  }
  const version = /^\/meeting\/(\d{1,15})\/version\/(\d{1,6})\/?$/.exec(path);
  if (version) {
    const id = positiveId(version[1]);
    const number = positiveId(version[2]);
    if (id !== null && number !== null) return { view: 'version', meetingId: id, version: number };
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
/** Live mode; with an item, the item in progress (kept in the address so a reload stays on it). */
export function liveHref(meetingId: number, itemId?: number | null): string {
  return itemId ? `#/meeting/${meetingId}/live/${itemId}` : `#/meeting/${meetingId}/live`;
}

/** Goes to a view without a new history entry (moving between items in live mode). */
export function replaceRoute(href: string): void {
  const url = new URL(window.location.href);
  url.hash = href.replace(/^#/, '');
  window.location.replace(url.toString());
}
export function versionHref(meetingId: number, version: number): string {
  return `#/meeting/${meetingId}/version/${version}`;
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

/** The address's hash ("#/meeting/3"); re-renders on hash changes only. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash);
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
    case 'live':
      return `live:${route.meetingId}`;
    case 'version':
      return `version:${route.meetingId}:${route.version}`;
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
