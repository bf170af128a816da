import type { UnknownWord } from '../../shared/spelling/check';

/**
 * The messages between the notes editors and the spelling worker
 * (spelling.worker.ts). The worker knows one set of the meeting's own words
 * at a time per `known` name; each check names the set it is checked with.
 */

/** One text to check, with the key its answer comes back under (a Lexical text node's key). */
export interface TextToCheck {
  readonly key: string;
  readonly text: string;
}

export interface CheckedText {
  readonly key: string;
  readonly text: string;
  readonly unknown: readonly UnknownWord[];
}

export type ToWorker =
  | { readonly type: 'known'; readonly set: string; readonly words: readonly string[] }
  | { readonly type: 'check'; readonly id: number; readonly set: string; readonly texts: readonly TextToCheck[] }
  | { readonly type: 'suggest'; readonly id: number; readonly word: string };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly reason: string }
  | { readonly type: 'checked'; readonly id: number; readonly results: readonly CheckedText[] }
  | { readonly type: 'suggested'; readonly id: number; readonly word: string; readonly suggestions: readonly string[] };

/** How many suggestions the menu shows. */
export const SUGGESTION_LIMIT = 5;

/** Whether a message from the worker has the protocol's shape (a worker is code too: trust, but check the type). */
export function isFromWorker(value: unknown): value is FromWorker {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; id?: unknown };
  switch (message.type) {
    case 'ready':
    case 'failed':
      return true;
    case 'checked':
    case 'suggested':
      return typeof message.id === 'number';
    default:
      return false;
  }
}
