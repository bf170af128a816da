import { useSyncExternalStore } from 'react';
import { setAppState } from './appState';

/** The views, addressed by `location.hash` so a reload returns to the same place. */
export type Route =
  | { view: 'start' }
  | { view: 'meeting'; meetingId: number; found: FoundAt | null }
  | { view: 'attendance'; meetingId: number }
  | { view: 'publication'; meetingId: number }
  | { view: 'spellingCheck'; meetingId: number }
  | { view: 'live'; meetingId: number; itemId: number | null }
  | { view: 'version'; meetingId: number; version: number }
  | { view: 'body'; bodyId: number }
  | { view: 'archive'; bodyId: number; year: number | null }
  | { view: 'search'; query: SearchRouteQuery }
  | { view: 'tasks' }
  | { view: 'notFound'; hash: string }
  | { view: 'import'; bodyId: number | null };

/** A search hit opened in its meeting: the item to show and the words to mark in it. */
export interface FoundAt {
  itemId: number | null;
  words: string;
}

/** The search page's question and filters, kept in the address so back returns to the same results. */
export interface SearchRouteQuery {
  text: string;
  bodyId: number | null;
  from: string | null;
  to: string | null;
  year: number | null;
  status: string | null;
  kind: string | null;
  person: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function searchQueryOf(params: URLSearchParams): SearchRouteQuery {
  const date = (key: string) => {
    const value = params.get(key);
    return value !== null && ISO_DATE.test(value) ? value : null;
  };
  const year = Number(params.get('ar'));
  return {
    text: params.get('q') ?? '',
    bodyId: positiveId(params.get('organ') ?? undefined),
    from: date('fran'),
    to: date('till'),
    year: Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : null,
    status: params.get('status') || null,
    kind: params.get('typ') || null,
    person: params.get('person') || null,
  };
}

/** The address of the search page for a question and its filters (empty filters left out). */
export function searchHref(query: Partial<SearchRouteQuery> & { text: string }): string {
  const params = new URLSearchParams();
  params.set('q', query.text);
  if (query.bodyId) params.set('organ', String(query.bodyId));
  if (query.from) params.set('fran', query.from);
  if (query.to) params.set('till', query.to);
  if (query.year) params.set('ar', String(query.year));
  if (query.status) params.set('status', query.status);
  if (query.kind) params.set('typ', query.kind);
  if (query.person) params.set('person', query.person);
  return `#/sok?${params.toString()}`;
}

function positiveId(text: string | undefined): number | null {
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseRoute(hash: string): Route {
  const address = hash.replace(/^#/, '') || '/';
  const queryAt = address.indexOf('?');
  const path = queryAt === -1 ? address : address.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : address.slice(queryAt + 1));
  if (path === '/' || path === '') return { view: 'start' };
  if (path === '/sok' || path === '/sok/') return { view: 'search', query: searchQueryOf(params) };
  if (path === '/uppdrag' || path === '/uppdrag/') return { view: 'tasks' };
  if (path === '/importera' || path === '/importera/') return { view: 'import', bodyId: positiveId(params.get('organ') ?? undefined) };
  const meeting = /^\/meeting\/(\d{1,15})(\/narvaro)?\/?$/.exec(path);
  if (meeting) {
    const id = positiveId(meeting[1]);
    if (id !== null) {
      if (meeting[2]) return { view: 'attendance', meetingId: id };
      const words = params.get('sok');
      const found = words === null ? null : { itemId: positiveId(params.get('punkt') ?? undefined), words };
      return { view: 'meeting', meetingId: id, found };
    }
  }
  const publication = /^\/meeting\/(\d{1,15})\/publicera\/?$/.exec(path);
  if (publication) {
    const id = positiveId(publication[1]);
    if (id !== null) return { view: 'publication', meetingId: id };
  }
  const spelling = /^\/meeting\/(\d{1,15})\/stavning\/?$/.exec(path);
  if (spelling) {
    const id = positiveId(spelling[1]);
    if (id !== null) return { view: 'spellingCheck', meetingId: id };
  }
  const archive = /^\/body\/(\d{1,15})\/arkiv(?:\/(\d{4}))?\/?$/.exec(path);
  if (archive) {
    const id = positiveId(archive[1]);
    if (id !== null) return { view: 'archive', bodyId: id, year: archive[2] ? Number(archive[2]) : null };
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
/** The publication check and the public version of approved minutes. */
export function publicationHref(meetingId: number): string {
  return `#/meeting/${meetingId}/publicera`;
}
/** "Stavningskontroll": the whole meeting's unknown words, before export. */
export function spellingCheckHref(meetingId: number): string {
  return `#/meeting/${meetingId}/stavning`;
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
/** The body's archive: all its meetings by year; with a year, that year's page. */
export function archiveHref(bodyId: number, year?: number | null): string {
  return year ? `#/body/${bodyId}/arkiv/${year}` : `#/body/${bodyId}/arkiv`;
}
export const tasksHref = '#/uppdrag';
/** A search hit in its meeting: the item scrolled to and the words marked. */
export function foundHref(meetingId: number, itemId: number | null, words: string): string {
  const params = new URLSearchParams({ sok: words });
  if (itemId !== null) params.set('punkt', String(itemId));
  return `#/meeting/${meetingId}?${params.toString()}`;
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
    case 'publication':
      return `publication:${route.meetingId}`;
    case 'spellingCheck':
      return `spellingCheck:${route.meetingId}`;
    case 'live':
      return `live:${route.meetingId}`;
    case 'version':
      return `version:${route.meetingId}:${route.version}`;
    case 'body':
      return `body:${route.bodyId}`;
    case 'archive':
      return `archive:${route.bodyId}:${route.year ?? ''}`;
    case 'search':
      return 'search';
    case 'tasks':
      return 'tasks';
    case 'notFound':
      return `notFound:${route.hash}`;
    case 'import':
      return `import:${route.bodyId ?? ''}`;
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

/** "Importera mötesanteckningar"; from a body's archive, with that body chosen to save into. */
export function importHref(bodyId?: number | null): string {
  return bodyId ? `#/importera?organ=${bodyId}` : '#/importera';
}
