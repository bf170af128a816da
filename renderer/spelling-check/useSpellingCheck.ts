import { useCallback, useState } from 'react';
import type { MeetingSpellingWord } from '../../shared/spelling/meeting-spelling';
import type { ReplaceScope } from '../../shared/spelling/replace';
import { api } from '../api/client';
import { useLoad } from '../app/useLoad';
import { addedText, focusAfter, inFormerOrder, replacedText, sameWord, unknownCountText } from './spellingCheckModel';

/** The check: loading (the dictionary is read on the first check), the list, or why it failed. */
export type CheckState =
  | { kind: 'loading' }
  | { kind: 'ready'; words: MeetingSpellingWord[] }
  | { kind: 'error'; message: string };

/** What the last action did, said in the live region; `focus` is the word to focus next (null: the count). */
export interface ActionOutcome {
  readonly said: string;
  readonly focus: string | null;
  /** Bumped by each action, so the same focus target is focused again. */
  readonly serial: number;
}

/**
 * The whole meeting's check and its three actions. After each the list is
 * the one checked again in main (a replace answers with it; an added word
 * is followed by a new check).
 */
export function useSpellingCheck(meetingId: number, bodyId: number) {
  const [state, setState] = useState<CheckState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  useLoad(
    async (active) => {
      const result = await api['spelling:check']({ meetingId });
      if (!active()) return;
      setState(result.ok ? { kind: 'ready', words: result.value.words } : { kind: 'error', message: result.error.message });
    },
    [meetingId, attempt],
  );

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const setError = (word: string, message: string | null) =>
    setErrors((prev) => {
      const next = new Map(prev);
      if (message === null) next.delete(word);
      else next.set(word, message);
      return next;
    });

  const settle = (before: MeetingSpellingWord[], checked: MeetingSpellingWord[], word: string, said: string) => {
    const words = inFormerOrder(before, checked);
    setState({ kind: 'ready', words });
    // The count is said only when her action changed it.
    const told = words.length === before.length ? said : `${said} ${unknownCountText(words.length)}`;
    setOutcome((prev) => ({ said: told, focus: focusAfter(before, words, word), serial: (prev?.serial ?? 0) + 1 }));
  };

  const replace = async (word: string, replacement: string, scope: ReplaceScope) => {
    if (state.kind !== 'ready' || busy !== null) return;
    setBusy(word);
    try {
      const result = await api['spelling:replace']({ meetingId, word, replacement, scope });
      if (!result.ok) {
        setError(word, result.error.message);
        return;
      }
      setError(word, null);
      const { replaced, words } = result.value;
      const stillListed = words.some((w) => sameWord(w.word, word));
      settle(state.words, words, word, replacedText(word, replacement.trim(), replaced, stillListed));
    } finally {
      setBusy(null);
    }
  };

  const addToList = async (word: string) => {
    if (state.kind !== 'ready' || busy !== null) return;
    setBusy(word);
    try {
      const added = await api['spelling:addWord']({ bodyId, word });
      const checked = added.ok ? await api['spelling:check']({ meetingId }) : added;
      if (!checked.ok) {
        setError(word, checked.error.message);
        return;
      }
      setError(word, null);
      settle(state.words, checked.value.words, word, addedText(word));
    } finally {
      setBusy(null);
    }
  };

  return { state, retry, busy, errors, outcome, replace, addToList };
}
