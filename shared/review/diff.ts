import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../ipc/contract-review-round';

/**
 * Word-level comparison of two texts, as the reviewers read it: the words
 * kept, the words removed since the sending and the words added. Pure: no DOM,
 * no Node.
 *
 * jsdiff counts the Latin-1 letters (å, ä, ö, é …) as word characters, so
 * "förändringar" → "förändring" is one word replaced, never a split word.
 */
export function diffWords(sent: string, now: string): DiffPart[] {
  const raw: DiffPart[] = diffWordsWithSpace(sent, now).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  return merged(regrouped(raw));
}

/** True when the comparison has something added or removed. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== 'same');
}

/**
 * A run of changes with only spaces between them ("−b +x −c +y") reads as one
 * phrase replaced by another ("−b c +x y"): the spaces between go to both sides.
 */
function regrouped(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i]!;
    if (part.kind === 'same') {
      out.push(part);
      i += 1;
      continue;
    }
    // Take changes and whitespace-only kept parts while another change follows.
    let end = i;
    let j = i;
    while (j < parts.length) {
      const p = parts[j]!;
      if (p.kind !== 'same') end = j;
      else if (p.text.trim() !== '') break;
      j += 1;
    }
    let removed = '';
    let added = '';
    for (const p of parts.slice(i, end + 1)) {
      if (p.kind !== 'added') removed += p.text;
      if (p.kind !== 'removed') added += p.text;
    }
    const run = parts.slice(i, end + 1);
    const both = run.some((p) => p.kind === 'removed') && run.some((p) => p.kind === 'added');
    // A space both sides end with is kept text, not part of the change.
    const tail = both ? commonTrailingSpace(removed, added) : '';
    if (run.some((p) => p.kind === 'removed')) out.push({ kind: 'removed', text: removed.slice(0, removed.length - tail.length) });
    if (run.some((p) => p.kind === 'added')) out.push({ kind: 'added', text: added.slice(0, added.length - tail.length) });
    if (tail) out.push({ kind: 'same', text: tail });
    i = end + 1;
  }
  return out;
}

function commonTrailingSpace(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && /\s/.test(a[a.length - 1 - n]!)) n += 1;
  // Never the whole of either side: a change keeps at least one character.
  if (n === a.length || n === b.length) n = 0;
  return n ? a.slice(a.length - n) : '';
}

/** Adjacent parts of the same kind as one; empty parts dropped. */
function merged(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** What stands for the unchanged lines left out of a long text. */
export const LINES_LEFT_OUT = '…';

/**
 * Only the lines (paragraphs) of a long text that changed: each run of
 * unchanged lines becomes one "…" line, so a reviewer reads the sentence that
 * changed, not the whole notes again.
 */
export function changedLines(parts: readonly DiffPart[]): DiffPart[] {
  const lines: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]!.push({ kind: part.kind, text: piece });
    });
  }
  const out: DiffPart[] = [];
  let leftOut = false;
  const newline = () => {
    if (out.length) out.push({ kind: 'same', text: '\n' });
  };
  for (const line of lines) {
    if (line.some((p) => p.kind !== 'same')) {
      if (leftOut) {
        newline();
        out.push({ kind: 'same', text: LINES_LEFT_OUT });
        leftOut = false;
      }
      newline();
      out.push(...line);
    } else {
      leftOut = true;
    }
  }
  if (leftOut && out.length) {
    newline();
    out.push({ kind: 'same', text: LINES_LEFT_OUT });
  }
  return merged(out);
}
