import { api } from '../api/client';
import { spellingClient } from './spellingClient';

/**
 * The words a meeting's notes may use that the dictionary does not know,
 * as the editors of this window share them: the meeting's names and the
 * body's word list (`spelling:context`), the words she added with "Lägg till
 * i ordlistan", and those she chose to ignore this session (in every item
 * and meeting, until the window closes). A change reaches every editor at
 * once through `subscribe`.
 */

interface MeetingWords {
  bodyId: number;
  knownWords: readonly string[];
  bodyWords: Set<string>;
}

const meetings = new Map<number, MeetingWords>();
const loading = new Map<number, Promise<MeetingWords | null>>();
const ignored = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

/** The name of a meeting's set of known words in the worker. */
export function knownSetOf(meetingId: number): string {
  return `meeting-${meetingId}`;
}

/** Grows with every change to any meeting's known words; a check made at an older version is stale. */
export function wordsVersion(): number {
  return version;
}

export function subscribeWords(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function sendKnown(meetingId: number, words: MeetingWords): void {
  spellingClient.setKnown(knownSetOf(meetingId), [...words.knownWords, ...words.bodyWords, ...ignored]);
}

function changed(): void {
  version += 1;
  for (const [meetingId, words] of meetings) sendKnown(meetingId, words);
  for (const listener of listeners) listener();
}

/** Loads the meeting's words once per window; null when they cannot be read (checking then waits for none). */
export function loadMeetingWords(meetingId: number): Promise<MeetingWords | null> {
  const known = meetings.get(meetingId);
  if (known) return Promise.resolve(known);
  let pending = loading.get(meetingId);
  if (!pending) {
    pending = api['spelling:context']({ meetingId }).then((result) => {
      loading.delete(meetingId);
      if (!result.ok) return null;
      const words: MeetingWords = { bodyId: result.value.bodyId, knownWords: result.value.knownWords, bodyWords: new Set(result.value.bodyWords) };
      meetings.set(meetingId, words);
      sendKnown(meetingId, words);
      return words;
    });
    loading.set(meetingId, pending);
  }
  return pending;
}

/** "Lägg till i ordlistan": the body's list keeps it; the error's Swedish message when it could not be saved. */
export async function addBodyWord(meetingId: number, word: string): Promise<string | null> {
  const words = await loadMeetingWords(meetingId);
  if (!words) return 'Ordlistan kunde inte läsas.';
  const result = await api['spelling:addWord']({ bodyId: words.bodyId, word });
  if (!result.ok) return result.error.message;
  // Every open meeting of the same body learns the word.
  for (const other of meetings.values()) if (other.bodyId === words.bodyId) other.bodyWords = new Set(result.value.words);
  changed();
  return null;
}

/** "Ignorera": the word is not flagged again in this window, in any item. */
export function ignoreWord(word: string): void {
  if (ignored.has(word)) return;
  ignored.add(word);
  changed();
}
