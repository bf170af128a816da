import { foldForSearch } from './fold';
import type { SearchTerm } from './query';
import type { SnippetPart } from './schema';

/**
 * Where the searched words stand in a text, found the way the search finds
 * them: a word inside any word (compounds: "avtal" in "sjukvårdsavtalet"),
 * a phrase as its words in order. Positions are those of the text as written,
 * because folding keeps every character in its place.
 */

const SEPARATOR = '[^\\p{L}\\p{N}]+';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for all the terms (longest first, so a phrase wins over its own words), or null for none. */
export function hitPattern(terms: readonly Pick<SearchTerm, 'words' | 'phrase'>[]): RegExp | null {
  const sources = terms
    .filter((t) => t.words.length > 0)
    .map((t) => (t.phrase ? NOT_WORD_BEFORE + t.words.map(escape).join(SEPARATOR) : escape(t.words[0]!)))
    .sort((a, b) => b.length - a.length);
  return sources.length === 0 ? null : new RegExp(sources.join('|'), 'gu');
}

export interface HitRange {
  start: number;
  end: number;
}

export function hitRanges(text: string, pattern: RegExp | null): HitRange[] {
  if (!pattern) return [];
  const ranges: HitRange[] = [];
  for (const match of foldForSearch(text).matchAll(pattern)) {
    if (match[0].length > 0) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** The text cut into parts, the hits marked. */
export function markedParts(text: string, ranges: readonly HitRange[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

const CONTEXT = 70;

/**
 * The words around the first hit: about a line of text, cut at spaces, "…"
 * where it was cut. Without a hit (the words stood elsewhere), the text's start.
 */
export function snippetOf(text: string, pattern: RegExp | null): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = hitRanges(flat, pattern);
  const first = ranges[0];
  let from = first ? Math.max(0, first.start - CONTEXT) : 0;
  let to = Math.min(flat.length, (first ? first.end : 0) + CONTEXT * (first ? 1 : 2));
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    from = space !== -1 && first && space < first.start ? space + 1 : from;
  }
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    to = space > (first?.end ?? 0) ? space : to;
  }
  const window = flat.slice(from, to);
  const inside = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start - from, end: r.end - from }));
  const parts = markedParts(window, inside);
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < flat.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** A snippet as plain text for scripts, each hit as **word**. */
export function snippetText(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (p.hit ? `**${p.text}**` : p.text)).join('');
}
