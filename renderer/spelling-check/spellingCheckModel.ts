import type { Body, Meeting } from '../../shared/model/domain';
import { numberAgenda } from '../../shared/model/agenda';
import { itemLabel } from '../../shared/review/changes';
import type { MeetingSpellingWord } from '../../shared/spelling/meeting-spelling';

/** The words of "Stavningskontroll" put into sentences, and where focus goes after an action. Pure. */

/** "1 gång", "3 gånger". */
export function timesText(count: number): string {
  return count === 1 ? '1 gång' : `${count} gånger`;
}

/** "Inga okända ord.", "1 okänt ord", "7 okända ord". */
export function unknownCountText(count: number): string {
  if (count === 0) return 'Inga okända ord.';
  return count === 1 ? '1 okänt ord' : `${count} okända ord`;
}

/** What an action did, said once it is done: "Ersatt på 1 ställe.", "Ersatt på 3 ställen.", "… lagt till i ordlistan." */
export function replacedText(word: string, replacement: string, replaced: number, stillListed = false): string {
  // A word half in bold (or half a link) is in no one piece of text the replace can change.
  if (replaced === 0 && stillListed) return `”${word}” kunde inte ersättas här, eftersom ordet har olika formatering i olika delar. Rätta det i anteckningarna.`;
  if (replaced === 0) return `”${word}” fanns inte längre i mötet.`;
  return `”${word}” ersatt med ”${replacement}” på ${replaced === 1 ? '1 ställe' : `${replaced} ställen`}.`;
}

export function addedText(word: string): string {
  return `”${word}” är tillagt i ordlistan.`;
}

export interface ItemLink {
  readonly itemId: number;
  /** "3. Regional utveckling", "3 a) Samverkansavtal", the title alone where the body prints no numbers. */
  readonly label: string;
}

/** The items a word is written in, named as the minutes print them; an item no longer in the agenda is left out. */
export function itemLinks(meeting: Meeting, body: Pick<Body, 'numberedItems'>, itemIds: readonly number[]): ItemLink[] {
  const numbered = new Map(numberAgenda(meeting.agenda).map((entry) => [entry.item.id, entry]));
  return itemIds.flatMap((itemId) => {
    const entry = numbered.get(itemId);
    return entry ? [{ itemId, label: itemLabel(entry, body) }] : [];
  });
}

/**
 * Which word gets focus after one was replaced or added: the word now in its
 * place in the list (the next one, the list having moved up), else the last;
 * null when the list is empty (focus goes to the count).
 */
export function focusAfter(before: readonly MeetingSpellingWord[], after: readonly MeetingSpellingWord[], word: string): string | null {
  if (after.length === 0) return null;
  const stillThere = after.find((w) => sameWord(w.word, word));
  if (stillThere) return stillThere.word;
  const at = before.findIndex((w) => sameWord(w.word, word));
  const next = before.slice(at + 1).find((w) => after.some((a) => sameWord(a.word, w.word)));
  if (next) return after.find((a) => sameWord(a.word, next.word))?.word ?? null;
  return after[after.length - 1]?.word ?? null;
}

/**
 * The list checked again, in the order she was reading it: a replace moves a
 * word's first place in the minutes, and a list that reshuffled under her
 * after each action would lose her place. Words new to the list go last.
 */
export function inFormerOrder(before: readonly MeetingSpellingWord[], after: readonly MeetingSpellingWord[]): MeetingSpellingWord[] {
  const place = (word: string) => {
    const at = before.findIndex((w) => sameWord(w.word, word));
    return at === -1 ? before.length : at;
  };
  return after
    .map((word, index) => ({ word, index }))
    .sort((a, b) => place(a.word.word) - place(b.word.word) || a.index - b.index)
    .map(({ word }) => word);
}

export function sameWord(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');
}

/** A stable id for a word's card (headings are focused by it): letters kept, the rest as code points. */
export function wordDomId(word: string): string {
  return `stavning-${[...word.toLocaleLowerCase('sv-SE')].map((ch) => (/[a-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)}`)).join('')}`;
}
