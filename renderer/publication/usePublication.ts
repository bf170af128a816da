import { useCallback, useState } from 'react';
import type { Finding, PublicationDecision } from '../../shared/publication/findings';
import { api } from '../api/client';
import { remainingKeys, savedText, withDecision } from './publicationModel';

export type PublicFormat = 'html' | 'pdf';

/** The public file: being written, waiting for "replace?", written (what is said), or failed. */
export type ExportState =
  | { kind: 'idle' }
  | { kind: 'saving'; format: PublicFormat }
  | { kind: 'confirm'; format: PublicFormat }
  | { kind: 'saved'; format: PublicFormat; text: string; path: string }
  | { kind: 'error'; message: string };

/**
 * The findings and their decisions, each saved at once (publication:decide),
 * and the public version written from them (export:public).
 */
export function usePublication(meetingId: number, initial: readonly Finding[]) {
  const [findings, setFindings] = useState<Finding[]>([...initial]);
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [saving, setSaving] = useState(0);
  const [bulkError, setBulkError] = useState<string | null>(null);
  // Findings where "Skriv om" is chosen but its words are not saved yet: kept here, apart from the
  // saved decisions, so a late answer to an earlier choice on the same finding cannot close the field.
  const [rewriting, setRewriting] = useState<ReadonlySet<string>>(new Set());
  const setRewritingOf = (key: string, on: boolean) =>
    setRewriting((prev) => {
      if (prev.has(key) === on) return prev;
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' });

  const setError = (key: string, message: string | null) =>
    setErrors((prev) => {
      const next = new Map(prev);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });

  const decide = useCallback(
    async (key: string, decision: PublicationDecision | null, replacement: string): Promise<boolean> => {
      if (decision !== 'rewrite') setRewritingOf(key, false);
      setSaving((n) => n + 1);
      try {
        const result = await api['publication:decide']({ meetingId, key, decision, replacement });
        if (!result.ok) {
          setError(key, result.error.message);
          return false;
        }
        setError(key, null);
        if (decision === 'rewrite') setRewritingOf(key, false);
        setFindings((prev) => withDecision(prev, key, result.value.decision, result.value.replacement));
        // A new public file is needed after a change: the one said to be saved no longer says what the decisions say.
        setExported((prev) => (prev.kind === 'saved' ? { kind: 'idle' } : prev));
        return true;
      } finally {
        setSaving((n) => n - 1);
      }
    },
    [meetingId],
  );

  /** "Ta bort alla återstående": every undecided finding removed, one by one; stops at the first failure. */
  const removeRemaining = useCallback(async () => {
    setBulkError(null);
    for (const key of remainingKeys(findings)) {
      if (!(await decide(key, 'remove', ''))) {
        setBulkError('Alla återstående kunde inte tas bort. Se meddelandet vid uppgiften och försök igen.');
        return;
      }
    }
  }, [decide, findings]);

  const save = useCallback(
    async (format: PublicFormat, overwrite: boolean) => {
      setExported({ kind: 'saving', format });
      const result = await api['export:public']({ meetingId, format, overwrite });
      if (result.ok) {
        setExported({ kind: 'saved', format, text: savedText(format, result.value), path: result.value.path });
      } else if (result.error.code === 'conflict' && result.error.field === 'overwrite' && !overwrite) {
        setExported({ kind: 'confirm', format });
      } else {
        setExported({ kind: 'error', message: result.error.message });
      }
    },
    [meetingId],
  );

  return {
    findings,
    errors,
    saving: saving > 0,
    bulkError,
    exported,
    decide,
    rewriting,
    chooseRewrite: (key: string) => setRewritingOf(key, true),
    removeRemaining,
    save,
    cancelExport: () => setExported({ kind: 'idle' }),
  };
}
