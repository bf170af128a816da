import { useEffect } from 'react';
import { setAppState } from '../app/appState';
import type { SearchRouteQuery } from '../app/router';

/** "Sök": results across every meeting of every body. (Being built: issue 19.) */
export function SearchView({ query }: { query: SearchRouteQuery }) {
  useEffect(() => setAppState('ready'), []);
  return (
    <div className="page">
      <h1 className="page-title">Sök</h1>
      <p>{query.text}</p>
    </div>
  );
}
