import { describe, expect, it } from 'vitest';
import { searchRequestSchema, type SearchHit } from '../../shared/search/schema';
import { parseRoute, searchHref, type SearchRouteQuery } from '../../renderer/app/router';
import {
  checkSearchForm,
  countLine,
  formOf,
  foundWords,
  groupByMeeting,
  hasFilters,
  hitLabel,
  queryOf,
  searchRequestOf,
} from '../../renderer/search/searchModel';

function hit(meetingId: number, itemId: number | null, extra: Partial<SearchHit> = {}): SearchHit {
  return {
    meetingId,
    itemId,
    date: '2026-10-15',
    bodyId: 1,
    body: 'PSN',
    meetingTitle: `Möte ${meetingId}`,
    status: 'draft',
    cancelledAt: null,
    itemNumber: itemId === null ? '' : String(itemId),
    itemTitle: itemId === null ? '' : `Punkt ${itemId}`,
    where: 'Anteckningar',
    snippet: '',
    parts: [],
    ...extra,
  };
}

const EMPTY: SearchRouteQuery = { text: '', bodyId: null, from: null, to: null, year: null, status: null, kind: null, person: null };

function queryIn(href: string): SearchRouteQuery {
  const route = parseRoute(href);
  if (route.view !== 'search') throw new Error(`not the search page: ${href}`);
  return route.query;
}

describe('search results for display', () => {
  it('puts every hit under its meeting, meetings in the order of their best hit', () => {
    const groups = groupByMeeting([hit(2, 5), hit(2, 6), hit(1, 3), hit(1, null), hit(2, 9)]);
    expect(groups.map((g) => [g.meetingId, g.hits.map((h) => h.itemId)])).toEqual([
      [2, [5, 6, 9]],
      [1, [3, null]],
    ]);
    expect(groups[0]).toMatchObject({ body: 'PSN', meetingTitle: 'Möte 2', date: '2026-10-15', status: 'draft' });
  });

  it('counts meetings only once every hit is shown', () => {
    const shown = [hit(2, 5), hit(2, 6), hit(1, 3)];
    expect(countLine(3, shown)).toBe('3 träffar i 2 möten');
    expect(countLine(23, shown)).toBe('23 träffar');
    expect(countLine(1, [hit(1, 3)])).toBe('1 träff i 1 möte');
    expect(countLine(0, [])).toBe('Inga träffar');
  });

  it('names a hit by its item, or the meeting for its own text', () => {
    expect(hitLabel({ itemId: 4, itemNumber: '3', itemTitle: 'Avtal' })).toBe('Punkt 3 – Avtal');
    expect(hitLabel({ itemId: 4, itemNumber: '3 b', itemTitle: 'Avtal' })).toBe('Punkt 3 b – Avtal');
    expect(hitLabel({ itemId: 4, itemNumber: '', itemTitle: 'Avtal' })).toBe('Avtal');
    expect(hitLabel({ itemId: null, itemNumber: '', itemTitle: '' })).toBe('Mötet');
    expect(hitLabel({ itemId: 4, itemNumber: '2', itemTitle: '  ' })).toBe('Punkt 2 – Namnlös punkt');
  });

  it('hands the searched words to the opened hit, phrases quoted again', () => {
    expect(foundWords(['avtal', 'nära vård'], 'avtal "nära vård"')).toBe('avtal "nära vård"');
    expect(foundWords([], '  NEAR(  ')).toBe('NEAR(');
  });
});

describe('the address and the form', () => {
  it('reads the filters from the address into a request, leaving out what is not set or not valid', () => {
    const query = queryIn('#/sok?q=avtal&organ=2&ar=2026&status=approved&typ=decision&person=Hel%C3%A9n');
    expect(searchRequestOf(query)).toEqual({
      text: 'avtal',
      bodyId: 2,
      year: 2026,
      status: 'approved',
      kind: 'decision',
      person: 'Helén',
      limit: 20,
      offset: 0,
    });
    expect(searchRequestOf(queryIn('#/sok?q=x&status=klar&typ=sallad&ar=12'), 40)).toEqual({ text: 'x', limit: 20, offset: 40 });
    // However long the address, the request is one the channel takes (the engine answers with its hint).
    expect(searchRequestSchema.safeParse(searchRequestOf({ ...EMPTY, text: 'a'.repeat(300_000), person: 'b'.repeat(500) })).success).toBe(true);
  });

  it('writes the form back into the same address (back returns to the same results)', () => {
    const href = '#/sok?q=avtal&organ=2&fran=2026-01-01&till=2026-06-30&status=review&typ=information_dialog&person=Ek';
    const query = queryIn(href);
    expect(searchHref(queryOf(formOf(query)))).toBe(href);
    expect(hasFilters(query)).toBe(true);
    expect(hasFilters({ ...EMPTY, text: 'avtal' })).toBe(false);
  });

  it('trims what she typed and drops empty filters', () => {
    const form = { ...formOf(EMPTY), text: '  avtal ', person: '   ', year: ' 2025 ' };
    expect(queryOf(form)).toEqual({ ...EMPTY, text: 'avtal', year: 2025 });
  });

  it('tells a year that is not one, and a period that ends before it starts, in Swedish at the field', () => {
    const form = formOf(EMPTY);
    expect(checkSearchForm({ ...form, year: '26' })).toEqual({ year: 'Skriv året med fyra siffror, till exempel 2026.' });
    expect(checkSearchForm({ ...form, year: 'tjugo' }).year).toBeDefined();
    expect(checkSearchForm({ ...form, year: '2026' })).toEqual({});
    expect(checkSearchForm({ ...form, from: '2026-05-01', to: '2026-04-01' })).toEqual({
      to: 'Till-datumet ligger före från-datumet. Välj ett senare datum.',
    });
    expect(checkSearchForm({ ...form, from: '2026-05-01', to: '2026-05-01' })).toEqual({});
  });
});
