import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IpcError } from '../../shared/ipc/result';
import type { SearchHit, SearchResult } from '../../shared/search/schema';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import type { SearchRouteQuery } from '../app/router';
import { searchRequestOf } from './searchModel';

/** The answer so far: the first page and every page added with "Visa fler". */
export type SearchState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; result: SearchResult; hits: SearchHit[]; more: 'idle' | 'loading' | IpcError };

/**
 * Searches whenever the question in the address changes; `showMore` adds the
 * next page. A late answer to a question she has since changed is dropped.
 */
export function useSearch(query: SearchRouteQuery, key: string) {
  const [stored, setSearch] = useState<SearchState & { key?: string }>({ state: 'loading' });
  // Until the effect below has run for a new question, the old answer is not shown as this one's.
  const search: SearchState = useMemo(() => (stored.key === key ? stored : { state: 'loading' }), [stored, key]);
  const current = useRef(key);
  current.current = key;

  useEffect(() => {
    if (!query.text.trim()) {
      setSearch({ state: 'idle', key });
      setAppState('ready');
      return;
    }
    setSearch({ state: 'loading', key });
    void api['search:query'](searchRequestOf(query)).then((answer) => {
      if (current.current !== key) return;
      setSearch(
        answer.ok
          ? { state: 'ready', result: answer.value, hits: answer.value.hits, more: 'idle', key }
          : { state: 'error', error: answer.error, key },
      );
      setAppState('ready');
    });
    // The key is the question: the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const showMore = useCallback(async (): Promise<number | null> => {
    if (search.state !== 'ready' || search.more === 'loading') return null;
    const from = search.hits.length;
    setSearch({ ...search, more: 'loading', key });
    const answer = await api['search:query'](searchRequestOf(query, from));
    if (current.current !== key) return null;
    if (!answer.ok) {
      setSearch({ ...search, more: answer.error, key });
      return null;
    }
    setSearch({ ...search, hits: [...search.hits, ...answer.value.hits], more: 'idle', key });
    return from;
  }, [search, query, key]);

  return { search, showMore };
}
