import { useCallback, useEffect, useRef, useState } from 'react';
import { recogniseMinutes, type Recognised } from '../../shared/import/recognise';
import { sourceFromText } from '../../shared/import/text-source';
import type { MeetingFile } from '../../shared/meetingfile/schema';
import { api } from '../api/client';
import { readAsBase64 } from '../app/readAsBase64';
import { refusalBeforeReading, savableWithoutNotes, waitingFile, type ImportFile } from './import-files-model';

export type ImportPhase = 'choosing' | 'reading' | 'summary';

/** The name a pasted text goes by in the review and the new meeting's source. */
export const PASTED_NAME = 'Inklistrad text';

/**
 * The files of one import: read one after another (a 40-page document takes
 * a while, and the machine is the secretary's), each recognised as minutes,
 * then saved one by one or all those without review notes at once.
 */
export function useImportFiles(today: string) {
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [phase, setPhase] = useState<ImportPhase>('choosing');
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const update = useCallback((index: number, change: Partial<ImportFile>) => {
    setFiles((all) => all.map((f, i) => (i === index ? { ...f, ...change } : f)));
  }, []);

  const readFiles = useCallback(
    async (chosen: readonly File[]): Promise<ImportFile[]> => {
      const initial = chosen.map((f) => {
        const refusal = refusalBeforeReading(f);
        return refusal === null ? waitingFile(f.name, f.size) : { ...waitingFile(f.name, f.size), status: 'failed' as const, error: refusal };
      });
      const results = [...initial];
      const settle = (index: number, change: Partial<ImportFile>) => {
        results[index] = { ...(results[index] ?? waitingFile('', 0)), ...change };
        update(index, change);
      };
      setFiles(initial);
      setPhase('reading');
      for (const [index, file] of chosen.entries()) {
        if (initial[index]?.status === 'failed') continue;
        update(index, { status: 'reading' });
        let contentBase64: string;
        try {
          contentBase64 = await readAsBase64(file);
        } catch {
          settle(index, { status: 'failed', error: 'Filen kunde inte läsas. Välj den igen.' });
          continue;
        }
        const result = await api['import:read']({ fileName: file.name, contentBase64 });
        if (!alive.current) return results;
        if (!result.ok) {
          settle(index, { status: 'failed', error: result.error.message });
          continue;
        }
        settle(index, { status: 'read', source: result.value, recognised: recogniseMinutes(result.value, { today }) });
      }
      setPhase('summary');
      return results;
    },
    [today, update],
  );

  /** Pasted minutes: read here, with no round trip (the text is already in the page). */
  const readPasted = useCallback(
    (text: string) => {
      const source = sourceFromText(text, PASTED_NAME, 'paste');
      const file = { ...waitingFile(PASTED_NAME, text.length), status: 'read' as const, source, recognised: recogniseMinutes(source, { today }) };
      setFiles([file]);
      setPhase('summary');
      return file;
    },
    [today],
  );

  const keepReview = useCallback((index: number, recognised: Recognised) => update(index, { recognised }), [update]);

  const save = useCallback(
    async (index: number, file: MeetingFile, bodyId: number | null): Promise<number | null> => {
      update(index, { status: 'saving', error: null });
      const result = await api['import:save']({ file, bodyId });
      if (result.ok) {
        update(index, { status: 'saved', meetingId: result.value.meetingId });
        return result.value.meetingId;
      }
      update(index, { status: 'read', error: result.error.message });
      return null;
    },
    [update],
  );

  const markSaved = useCallback((index: number, meetingId: number) => update(index, { status: 'saved', meetingId, error: null }), [update]);

  /** "Spara alla utan anmärkningar": one after another, into the same body. */
  const saveAllClean = useCallback(
    async (bodyId: number | null, fileFor: (f: ImportFile) => MeetingFile | null) => {
      for (const index of savableWithoutNotes(files)) {
        const file = files[index];
        const meetingFile = file ? fileFor(file) : null;
        if (meetingFile === null) continue;
        await save(index, meetingFile, bodyId);
        if (!alive.current) return;
      }
    },
    [files, save],
  );

  const restart = useCallback(() => {
    setFiles([]);
    setPhase('choosing');
  }, []);

  return { files, phase, readFiles, readPasted, keepReview, save, markSaved, saveAllClean, restart };
}
