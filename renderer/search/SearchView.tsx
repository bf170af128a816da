import { useEffect, useRef, useState } from 'react';
import type { BodySummary } from '../../shared/model/domain';
import { api } from '../api/client';
import { searchHref, type SearchRouteQuery } from '../app/router';
import { pageTitle, useDocumentTitle } from '../app/pageTitle';
import { useFocusHeading } from '../app/useFocusHeading';
import { ErrorBanner } from '../components/Banner';
import { LoadingBlock } from '../components/LoadingBlock';
import { LiveText } from '../components/LiveText';
import { SearchForm } from './SearchForm';
import { NoHitsAdvice, SearchResults } from './SearchResults';
import { countLine, hasFilters } from './searchModel';
import { useSearch } from './useSearch';
import './search.css';

/** Whether the secretary is working inside the page (then focus stays where she is). */
function busyInMain(): boolean {
  const active = document.activeElement;
  const main = document.getElementById('main');
  return active !== null && active !== document.body && main !== null && main.contains(active) && active !== main;
}

/**
 * "Sök": the question and its filters, and the hits grouped by meeting.
 * Arriving from the top bar, focus goes to the count of hits, so the next Tab
 * is the first hit; asked from the page's own form, focus stays there and
 * the count is announced (politely, once per search).
 */
export function SearchView({ query }: { query: SearchRouteQuery }) {
  const key = searchHref(query);
  const { search, showMore } = useSearch(query, key);
  const [bodies, setBodies] = useState<BodySummary[]>([]);
  useEffect(() => {
    void api['bodies:list']({}).then((answer) => answer.ok && setBodies(answer.value));
  }, []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  useFocusHeading(headingRef, search.state === 'idle');
  useDocumentTitle(pageTitle(query.text.trim() ? `Sök: ${query.text.trim()}` : 'Sök'));

  // Once per question: focus to the count (from outside the page) or the count announced (from inside it).
  const [announced, setAnnounced] = useState('');
  const told = useRef<string | null>(null);
  useEffect(() => {
    if (search.state !== 'ready' && search.state !== 'error') return;
    if (told.current === key) return;
    told.current = key;
    const count = countRef.current;
    if (count && !busyInMain()) {
      count.focus({ preventScroll: true });
      setAnnounced('');
    } else if (search.state === 'ready' && !search.result.hint) {
      setAnnounced(`${countLine(search.result.total, search.hits)} för ”${query.text.trim()}”.`);
    }
  }, [search, key, query.text]);

  // "Visa fler": focus to the first new hit once it is shown.
  const [focusHit, setFocusHit] = useState<number | null>(null);
  useEffect(() => {
    if (focusHit === null) return;
    document.querySelector<HTMLElement>(`[data-hit-index="${focusHit}"] .search-hit-link`)?.focus();
    setFocusHit(null);
  }, [focusHit, search]);

  return (
    <div className="page page-search">
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1} className="page-title">
          Sök
        </h1>
        <p className="page-lead">Sök i anteckningar, rubriker, ställningstaganden och uppdrag i alla möten.</p>
      </div>
      <SearchForm query={query} queryKey={key} bodies={bodies} />
      <LiveText text={announced} />
      <div className="search-results" data-search-state={search.state}>
        {search.state === 'loading' && <LoadingBlock text="Söker …" />}
        {search.state === 'error' && (
          <div ref={countRef} tabIndex={-1}>
            <ErrorBanner error={search.error} />
          </div>
        )}
        {search.state === 'ready' && (
          <>
            {search.result.hint ? (
              <p ref={countRef} tabIndex={-1} className="search-hint" role="status" data-search-hint="">
                {search.result.hint}
              </p>
            ) : (
              <p ref={countRef} tabIndex={-1} className="search-count" data-search-count="">
                {countLine(search.result.total, search.hits)} för ”{query.text.trim()}”{search.result.total === 0 ? '.' : ''}
              </p>
            )}
            {search.result.total === 0 && !search.result.hint && <NoHitsAdvice filtered={hasFilters(query)} />}
            <SearchResults hits={search.hits} words={search.result.words} text={query.text} />
            {search.hits.length < search.result.total && (
              <div className="search-more">
                <button
                  type="button"
                  className="button"
                  aria-disabled={search.more === 'loading' || undefined}
                  onClick={() => void showMore().then((from) => from !== null && setFocusHit(from))}
                >
                  {search.more === 'loading' ? 'Hämtar fler …' : 'Visa fler träffar'}
                </button>
                <span className="search-more-count">
                  Visar {search.hits.length} av {search.result.total}
                </span>
                {typeof search.more === 'object' && <ErrorBanner error={search.more} />}
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
