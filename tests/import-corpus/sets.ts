import type { CorpusEntry } from './corpus';
import type { Layout } from './layout';

/**
 * The development set (seeds 1–20, layouts drawn from the seed) is what the
 * recogniser is tuned on. The held-out set (seeds from 1000) is what the
 * quality test measures, and nobody tuning the recogniser looks at it: 12
 * documents across every writer, three of them PDFs, and one layout
 * combination the development set does not have (HELD_OUT_ONLY).
 */

export const DEV_SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Unnumbered Markdown minutes with markers, the standpoint last, "231123" dates and a label-table header. */
export const HELD_OUT_ONLY: Partial<Layout> = {
  writer: 'pandoc',
  pdf: false,
  attendance: 'markers',
  numbered: false,
  standpoint: 'endOfItem',
  dateForm: 'short',
  header: 'table',
};

const HELD_OUT_WRITERS: Partial<Layout>[] = [
  { writer: 'docx', pdf: false },
  { writer: 'docx', pdf: false },
  { writer: 'docx', pdf: true },
  { writer: 'libreoffice', pdf: false },
  { writer: 'libreoffice', pdf: false },
  { writer: 'libreoffice', pdf: true },
  { writer: 'pandoc', pdf: false },
  { writer: 'pandoc', pdf: true },
  HELD_OUT_ONLY,
  { writer: 'text', pdf: false, attendance: 'lines' },
  { writer: 'text', pdf: false, attendance: 'markers' },
  { writer: 'text', pdf: false, attendance: 'blocks' },
];

export const HELD_OUT: CorpusEntry[] = HELD_OUT_WRITERS.map((layout, i) => ({ seed: 1000 + i, options: { layout } }));

/** Every writer five times, five PDFs among them, plain text in each attendance style; the rest of the layout drawn from the seed. */
const DEV_WRITERS: Partial<Layout>[] = [
  { writer: 'docx', pdf: false },
  { writer: 'libreoffice', pdf: false },
  { writer: 'pandoc', pdf: false },
  { writer: 'text', pdf: false, attendance: 'lines' },
  { writer: 'docx', pdf: true },
  { writer: 'libreoffice', pdf: false },
  { writer: 'pandoc', pdf: true },
  { writer: 'text', pdf: false, attendance: 'markers' },
  { writer: 'docx', pdf: false },
  { writer: 'libreoffice', pdf: true },
  { writer: 'pandoc', pdf: false },
  { writer: 'text', pdf: false, attendance: 'blocks' },
  { writer: 'docx', pdf: false },
  { writer: 'libreoffice', pdf: false },
  { writer: 'pandoc', pdf: false },
  { writer: 'text', pdf: false, attendance: 'lines' },
  { writer: 'docx', pdf: true },
  { writer: 'libreoffice', pdf: true },
  { writer: 'pandoc', pdf: false },
  { writer: 'text', pdf: false, attendance: 'markers' },
];

/** A seed as the corpus writes it: with its set's fixed layout choices when it belongs to one. */
export function corpusEntry(seed: number): CorpusEntry {
  return [...DEV_SET, ...HELD_OUT].find((e) => e.seed === seed) ?? { seed };
}

export const DEV_SET: CorpusEntry[] = DEV_SEEDS.map((seed, i) => ({ seed, options: { layout: DEV_WRITERS[i] ?? {} } }));

/** "1-20,35" → [1 … 20, 35]. */
export function parseSeeds(text: string): number[] {
  return text.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map((n) => Number(n.trim()));
    if (from === undefined || !Number.isInteger(from)) throw new Error(`Ogiltigt frö: ${part}`);
    if (to === undefined) return [from];
    if (!Number.isInteger(to) || to < from) throw new Error(`Ogiltigt intervall: ${part}`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}
