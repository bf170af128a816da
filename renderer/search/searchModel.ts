import type { SearchHit, SearchRequest } from '../../shared/search/schema';
import { ITEM_KINDS, MEETING_STATUSES, type ItemKind, type MeetingStatus } from '../../shared/model/kinds';
import type { SearchRouteQuery } from '../app/router';

/**
 * The search page without the DOM: the address read into a request and a
 * form, the form written back into an address, the hits grouped by meeting
 * for display, and the counts in words.
 */

/** The longest question the channel accepts (see searchRequestSchema). */
const SEARCH_TEXT_ACCEPTED = 100_000;

/** Hits asked for per page ("Visa fler" asks for the next). */
export const SEARCH_PAGE_SIZE = 20;

/** One meeting's heading and the hits found in it, in the engine's order. */
export interface MeetingHits {
  meetingId: number;
  date: string;
  body: string;
  meetingTitle: string;
  status: MeetingStatus;
  cancelledAt: string | null;
  hits: SearchHit[];
}

/**
 * The hits under their meetings. The engine keeps hits of one meeting
 * together, but a meeting may continue on the next page: all hits of a
 * meeting go under its first heading, whatever the order they came in.
 */
export function groupByMeeting(hits: readonly SearchHit[]): MeetingHits[] {
  const groups = new Map<number, MeetingHits>();
  for (const hit of hits) {
    let group = groups.get(hit.meetingId);
    if (!group) {
      group = { meetingId: hit.meetingId, date: hit.date, body: hit.body, meetingTitle: hit.meetingTitle, status: hit.status, cancelledAt: hit.cancelledAt, hits: [] };
      groups.set(hit.meetingId, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

function hitsWord(count: number): string {
  return count === 1 ? '1 träff' : `${count} träffar`;
}

/**
 * "23 träffar i 9 möten" once every hit is shown (only then are the meetings
 * counted honestly), "23 träffar" while more remain to be shown.
 */
export function countLine(total: number, shown: readonly SearchHit[]): string {
  if (total === 0) return 'Inga träffar';
  if (shown.length < total) return hitsWord(total);
  const meetings = new Set(shown.map((h) => h.meetingId)).size;
  return `${hitsWord(total)} i ${meetings === 1 ? '1 möte' : `${meetings} möten`}`;
}

/** "Punkt 3 – Avtal", "Avtal" where the body prints no numbers, "Mötet" for the meeting's own text. */
export function hitLabel(hit: Pick<SearchHit, 'itemId' | 'itemNumber' | 'itemTitle'>): string {
  if (hit.itemId === null) return 'Mötet';
  const title = hit.itemTitle.trim() || 'Namnlös punkt';
  return hit.itemNumber ? `Punkt ${hit.itemNumber} – ${title}` : title;
}

/** The words to mark where a hit is opened: as searched for, phrases quoted again; else the question as typed. */
export function foundWords(words: readonly string[], text: string): string {
  if (words.length === 0) return text.trim();
  return words.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(' ');
}

/** The request for a page of hits of the question in the address. */
export function searchRequestOf(query: SearchRouteQuery, offset = 0): SearchRequest {
  // Beyond what the channel takes the engine's answer is the same hint ("too long"), so the text is cut, never refused.
  const request: SearchRequest = { text: query.text.slice(0, SEARCH_TEXT_ACCEPTED), limit: SEARCH_PAGE_SIZE, offset };
  if (query.bodyId !== null) request.bodyId = query.bodyId;
  if (query.from !== null) request.from = query.from;
  if (query.to !== null) request.to = query.to;
  if (query.year !== null) request.year = query.year;
  const status = statusOf(query.status);
  if (status) request.status = status;
  const kind = kindOf(query.kind);
  if (kind) request.kind = kind;
  const person = query.person?.trim().slice(0, 200);
  if (person) request.person = person;
  return request;
}

/** A status from the address, or none when it is not one (a hand-edited address is not an error). */
export function statusOf(value: string | null): MeetingStatus | null {
  return (MEETING_STATUSES as readonly string[]).includes(value ?? '') ? (value as MeetingStatus) : null;
}

export function kindOf(value: string | null): ItemKind | null {
  return (ITEM_KINDS as readonly string[]).includes(value ?? '') ? (value as ItemKind) : null;
}

/** The form as she fills it: text as typed, dates as read by the date fields. */
export interface SearchForm {
  text: string;
  bodyId: string;
  year: string;
  from: string | null;
  to: string | null;
  status: string;
  kind: string;
  person: string;
}

export function formOf(query: SearchRouteQuery): SearchForm {
  return {
    text: query.text,
    bodyId: query.bodyId === null ? '' : String(query.bodyId),
    year: query.year === null ? '' : String(query.year),
    from: query.from,
    to: query.to,
    status: statusOf(query.status) ?? '',
    kind: kindOf(query.kind) ?? '',
    person: query.person ?? '',
  };
}

/** The messages at the fields that cannot be searched as filled (none: an empty object). */
export interface SearchFormErrors {
  year?: string;
  to?: string;
}

export function checkSearchForm(form: SearchForm): SearchFormErrors {
  const errors: SearchFormErrors = {};
  const year = form.year.trim();
  if (year !== '' && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2999)) {
    errors.year = 'Skriv året med fyra siffror, till exempel 2026.';
  }
  if (form.from !== null && form.to !== null && form.to < form.from) {
    errors.to = 'Till-datumet ligger före från-datumet. Välj ett senare datum.';
  }
  return errors;
}

/** The address's question from a checked form (see `checkSearchForm`). */
export function queryOf(form: SearchForm): SearchRouteQuery {
  const bodyId = Number(form.bodyId);
  const year = form.year.trim();
  return {
    text: form.text.trim(),
    bodyId: Number.isSafeInteger(bodyId) && bodyId > 0 ? bodyId : null,
    from: form.from,
    to: form.to,
    year: year === '' ? null : Number(year),
    status: statusOf(form.status),
    kind: kindOf(form.kind),
    person: form.person.trim() || null,
  };
}

/** Whether any filter narrows the search (the filters are then shown open). */
export function hasFilters(query: SearchRouteQuery): boolean {
  return (
    query.bodyId !== null ||
    query.from !== null ||
    query.to !== null ||
    query.year !== null ||
    statusOf(query.status) !== null ||
    kindOf(query.kind) !== null ||
    Boolean(query.person?.trim())
  );
}
