import type { Meeting } from '../model/domain';
import type { SpellCheck } from './check';
import { itemIdOf, meetingTexts } from './meeting-texts';
import type { Speller } from './speller';
import { suggestionsFor } from './suggest';
import { foldWord } from './tokens';

/**
 * "Stavningskontroll" of a whole meeting, before export: every word of the
 * printed minutes the check does not know, how often it is written, in which
 * items, and what to write instead. The view, the IPC channel and
 * `anteckna stavning` all print this list.
 */

export interface MeetingSpellingWord {
  /** As first written ("Samanträde"); the same word in another case is counted with it. */
  readonly word: string;
  readonly count: number;
  /** The items it is written in, in agenda order; none for the header or a task of no item. */
  readonly itemIds: number[];
  /** The likeliest first, at most five. */
  readonly suggestions: string[];
}

const SUGGESTIONS = 5;

/** The unknown words of the meeting, in the order the minutes first print them. */
export function meetingSpelling(meeting: Meeting, check: SpellCheck, speller: Speller): MeetingSpellingWord[] {
  const found = new Map<string, { word: string; lower: string | null; count: number; itemIds: number[] }>();
  for (const { place, text } of meetingTexts(meeting)) {
    const itemId = itemIdOf(place);
    for (const unknown of check.unknownIn(text)) {
      const key = sameWordKey(unknown.word);
      let entry = found.get(key);
      if (!entry) {
        entry = { word: unknown.word, lower: null, count: 0, itemIds: [] };
        found.set(key, entry);
      }
      if (entry.lower === null && startsLowerCase(unknown.word)) entry.lower = unknown.word;
      entry.count += 1;
      if (itemId !== null && !entry.itemIds.includes(itemId)) entry.itemIds.push(itemId);
    }
  }
  // Suggested in lower case when the word is also written so: "Ersätt alla" gives the capital back where it was written with one.
  return [...found.values()].map(({ word, lower, count, itemIds }) => ({
    word,
    count,
    itemIds,
    suggestions: suggestionsFor(speller, lower ?? word, SUGGESTIONS),
  }));
}

function startsLowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLocaleUpperCase('sv-SE');
}

/**
 * Words that are one word whatever their case: "Samanträde" at the start of a
 * sentence and "samanträde" inside one are the same slip, and one "Ersätt
 * alla" mends both.
 */
export function sameWordKey(word: string): string {
  return foldWord(word);
}
