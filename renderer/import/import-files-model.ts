import type { Recognised } from '../../shared/import/recognise';
import { MAX_IMPORT_BYTES, type SourceDocument } from '../../shared/import/source';

/**
 * The files of one import, from chosen to saved: each read in turn, then
 * listed with the meeting found in it and what needs a look. Pure.
 */

export type ImportFileStatus = 'waiting' | 'reading' | 'read' | 'failed' | 'saving' | 'saved';

export interface ImportFile {
  name: string;
  size: number;
  status: ImportFileStatus;
  /** The reader's or the save's Swedish message. */
  error: string | null;
  source: SourceDocument | null;
  recognised: Recognised | null;
  /** Set once saved. */
  meetingId: number | null;
}

export const EXTENSIONS = ['.docx', '.pdf', '.txt'] as const;
/** What the file choice offers. */
export const ACCEPT = EXTENSIONS.join(',');

export function waitingFile(name: string, size: number): ImportFile {
  return { name, size, status: 'waiting', error: null, source: null, recognised: null, meetingId: null };
}

/** Why a file is refused before its bytes are read, in Swedish; null when it may be read. */
export function refusalBeforeReading(file: { name: string; size: number }): string | null {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = MAX_IMPORT_BYTES / 1024 / 1024;
    return `Filen är större än ${mb} MB och kan inte läsas in. Dela upp den eller spara den utan bilder och försök igen.`;
  }
  return null;
}

/** "Läser 3 av 12 …": how far the reading has come (the file being read counts). */
export function readingProgress(files: readonly ImportFile[]): { current: number; total: number } {
  const done = files.filter((f) => f.status !== 'waiting' && f.status !== 'reading').length;
  const reading = files.some((f) => f.status === 'reading') ? 1 : 0;
  return { current: Math.min(files.length, done + reading), total: files.length };
}

/** The files "Spara alla utan anmärkningar" saves: read, not saved, and nothing to look at. */
export function savableWithoutNotes(files: readonly ImportFile[]): number[] {
  return files.flatMap((f, i) => (f.status === 'read' && f.recognised !== null && f.recognised.draft.review.length === 0 ? [i] : []));
}

/** A Swedish line of what the import came to, for the live region. */
export function summaryText(files: readonly ImportFile[]): string {
  const read = files.filter((f) => f.status === 'read' || f.status === 'saved').length;
  const failed = files.filter((f) => f.status === 'failed').length;
  const toLook = files.filter((f) => f.status === 'read' && (f.recognised?.draft.review.length ?? 0) > 0).length;
  const parts = [`${read} av ${files.length} ${files.length === 1 ? 'fil lästes' : 'filer lästes'}`];
  if (toLook > 0) parts.push(`${toLook} med anmärkningar`);
  if (failed > 0) parts.push(`${failed} kunde inte läsas`);
  return `${parts.join(', ')}.`;
}
