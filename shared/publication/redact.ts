import type { DocInline } from '../document/model';

/** A part of one segment's text to put something else in place of: [start, end). */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The inline runs with each replacement written in place of its text, across
 * runs: the replacement takes the look of the run it starts in and the rest
 * of the replaced text is left out of the runs after. A link whose text was
 * touched becomes plain text, so nothing removed is left in its address.
 * `replacements` are sorted and do not overlap.
 */
export function replaceInInlines(inlines: readonly DocInline[], replacements: readonly Replacement[]): DocInline[] {
  if (replacements.length === 0) return [...inlines];
  return walk(inlines, replacements, { offset: 0 }).out;
}

function walk(
  inlines: readonly DocInline[],
  replacements: readonly Replacement[],
  state: { offset: number },
): { out: DocInline[]; touched: boolean } {
  const out: DocInline[] = [];
  let touched = false;
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text': {
        const start = state.offset;
        const end = start + inline.text.length;
        state.offset = end;
        let cursor = start;
        for (const r of replacements) {
          if (r.end <= start || r.start >= end) continue;
          touched = true;
          if (r.start > cursor) out.push({ ...inline, text: inline.text.slice(cursor - start, r.start - start) });
          if (r.start >= start) out.push({ ...inline, text: r.text });
          cursor = Math.min(r.end, end);
        }
        if (cursor === start) out.push(inline);
        else if (cursor < end) out.push({ ...inline, text: inline.text.slice(cursor - start) });
        break;
      }
      case 'break': {
        const at = state.offset;
        state.offset += 1;
        const within = replacements.find((r) => r.start <= at && at < r.end);
        if (!within) out.push(inline);
        else {
          touched = true;
          if (within.start === at) out.push({ kind: 'text', text: within.text });
        }
        break;
      }
      case 'link': {
        const inner = walk(inline.children, replacements, state);
        if (inner.touched) {
          touched = true;
          out.push(...inner.out);
        } else out.push(inline);
        break;
      }
      default: {
        const never: never = inline;
        throw new Error(`Unhandled inline ${String(never)}`);
      }
    }
  }
  return { out, touched };
}

/**
 * Overlapping replacements gathered into one over their whole extent: text
 * removed by one and rewritten by another is removed (`removed` is the text
 * that stands for it); rewrites alone take the widest one's text.
 */
export function mergeReplacements(
  wanted: readonly (Replacement & { remove: boolean })[],
  removed: string,
): Replacement[] {
  const sorted = [...wanted].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Replacement[] = [];
  let group: (Replacement & { remove: boolean })[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const start = Math.min(...group.map((g) => g.start));
    const end = Math.max(...group.map((g) => g.end));
    const widest = group.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    const remove = group.some((g) => g.remove);
    out.push({ start, end, text: remove ? removed : widest.text });
    group = [];
  };
  let groupEnd = -1;
  for (const r of sorted) {
    if (group.length > 0 && r.start >= groupEnd) flush();
    group.push(r);
    groupEnd = Math.max(groupEnd, r.end);
  }
  flush();
  return out;
}
