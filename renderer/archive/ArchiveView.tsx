import { useEffect } from 'react';
import { setAppState } from '../app/appState';

/** A body's archive: its meetings by year. (Being built: issue 19.) */
export function ArchiveView({ bodyId, year }: { bodyId: number; year: number | null }) {
  useEffect(() => setAppState('ready'), []);
  return (
    <div className="page">
      <h1 className="page-title">Arkiv {bodyId} {year}</h1>
    </div>
  );
}
