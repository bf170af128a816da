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

function fetchMeetingWords(meetingId: number): Promise<MeetingWords | null> {
  let pending = loading.get(meetingId);
  if (!pending) {
    pending = api['spelling:context']({ meetingId }).then((result) => {
      loading.delete(meetingId);
      if (!result.ok) return meetings.get(meetingId) ?? null;
      const words: MeetingWords = { bodyId: result.value.bodyId, knownWords: result.value.knownWords, bodyWords: new Set(result.value.bodyWords) };
      const before = meetings.get(meetingId);
      meetings.set(meetingId, words);
      if (!before) sendKnown(meetingId, words);
      else if (!sameWords(before, words)) changed();
      return words;
    });
    loading.set(meetingId, pending);
  }
  return pending;
}

function sameWords(a: MeetingWords, b: MeetingWords): boolean {
  return (
    a.knownWords.length === b.knownWords.length &&
    a.knownWords.every((word, i) => word === b.knownWords[i]) &&
    a.bodyWords.size === b.bodyWords.size &&
    [...a.bodyWords].every((word) => b.bodyWords.has(word))
  );
}

/** Loads the meeting's words once per window; null when they cannot be read (checking then waits for none). */
export function loadMeetingWords(meetingId: number): Promise<MeetingWords | null> {
  const known = meetings.get(meetingId);
  return known ? Promise.resolve(known) : fetchMeetingWords(meetingId);
}

/**
 * Reads the meeting's words again when its notes are opened: a guest added
 * on the attendance board or a word taken off the body's list in its
 * settings counts from then on. Editors opened together share one request.
 */
export function refreshMeetingWords(meetingId: number): void {
  void fetchMeetingWords(meetingId);
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
