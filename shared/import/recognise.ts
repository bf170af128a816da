import { assembleMeeting } from './assemble';
import { classifyLines } from './classify';
import { toLines } from './lines';
import type { ImportDraft, ImportLine, LineReading, RecogniseOptions } from './reading';

export type { RecogniseOptions } from './reading';
import type { SourceDocument } from './source';

/** A document read as minutes: its lines, what each was read as, and the meeting assembled from them. */
export interface Recognised {
  lines: ImportLine[];
  readings: LineReading[];
  draft: ImportDraft;
}


/** Reads minutes out of a source document. Pure and deterministic. */
export function recogniseMinutes(source: SourceDocument, options: RecogniseOptions = {}): Recognised {
  const lines = toLines(source);
  const readings = classifyLines(lines);
  return { lines, readings, draft: assembleMeeting(source, lines, readings, options) };
}
