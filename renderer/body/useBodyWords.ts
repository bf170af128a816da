import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { IpcResult } from '../../shared/ipc/result';

export type WordListState = 'loading' | 'ready' | 'saving' | 'error';

/** What an add or a removal came to: the error message at the field or for the list, or none. */
export type WordListOutcome = { ok: true } | { ok: false; message: string };

/**
 * The body's word list ("Ordlista"): loaded once, then each add or removal
 * replaced by the list the host returns (alphabetical, the Swedish way).
 */
export function useBodyWords(bodyId: number) {
  const [words, setWords] = useState<string[]>([]);
  const [state, setState] = useState<WordListState>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setState('loading');
    setLoadError(null);
    const result = await api['spelling:bodyWords']({ bodyId });
    if (result.ok) {
      setWords(result.value.words);
      setState('ready');
    } else {
      setLoadError(result.error.message);
      setState('error');
    }
  }, [bodyId]);

  useEffect(() => {
    void load();
  }, [load]);

  const change = useCallback(
    async (call: () => Promise<IpcResult<{ words: string[] }>>): Promise<WordListOutcome> => {
      setState('saving');
      const result = await call();
      setState('ready');
      if (!result.ok) return { ok: false, message: result.error.message };
      setWords(result.value.words);
      return { ok: true };
    },
    [],
  );

  const add = useCallback((word: string) => change(() => api['spelling:addWord']({ bodyId, word })), [bodyId, change]);
  const remove = useCallback((word: string) => change(() => api['spelling:removeWord']({ bodyId, word })), [bodyId, change]);

  return { words, state, loadError, reload: load, add, remove };
}
