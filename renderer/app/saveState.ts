/**
 * What the top bar's save status says, shared by every kind of edit (notes,
 * agenda, attendance, body settings): saved, on its way, or not saved and why.
 */

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** Swedish text for the secretary; for `error` it includes the cause. */
  message: string;
}

export const SAVED: SaveStatus = { state: 'saved', message: 'Sparat' };
export const SAVING: SaveStatus = { state: 'saving', message: 'Sparar…' };

export function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  return a.state === b.state && a.message === b.message;
}
