import { useEffect } from 'react';
import { setAppState } from '../app/appState';

/** "Uppdrag": every task of every body. (Being built: issue 19.) */
export function TaskListView() {
  useEffect(() => setAppState('ready'), []);
  return (
    <div className="page">
      <h1 className="page-title">Uppdrag</h1>
    </div>
  );
}
