import { readFileSync } from 'node:fs';
import { readImportFile } from '../../electron/services/import/read';
import type { MeetingFile } from '../../shared/meetingfile/schema';
import { recogniseMinutes } from '../../shared/import/recognise';
import type { CorpusFile } from './corpus';
import { describeLayout } from './layout';
import { scoreDraft, type DocumentScore } from './score';

/** Reads each corpus file with the app's reader and recogniser, scores the draft, and prints what the scores say. */

export interface DocumentResult {
  file: CorpusFile;
  score: DocumentScore | null;
  /** When the file could not be read: the truth scored against an empty draft (every field and word lost). */
  failed?: DocumentScore;
  /** The reader or recogniser threw (an unsupported format until the readers are merged). */
  error: string | null;
}

export async function recogniseFile(file: CorpusFile): Promise<MeetingFile> {
  const source = await readImportFile(new Uint8Array(readFileSync(file.path)), file.fileName);
  return recogniseMinutes(source, { today: '2026-01-01' }).draft.file;
}

export async function scoreCorpus(files: readonly CorpusFile[]): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const file of files) {
    try {
      results.push({ file, score: scoreDraft(file.minutes.truth, await recogniseFile(file)), error: null });
    } catch (error) {
      const nothing = scoreDraft(file.minutes.truth, emptyDraft(file.minutes.truth));
      results.push({ file, score: null, failed: nothing, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

export interface Totals {
  right: number;
  total: number;
  kept: number;
  words: number;
}

/** The meeting with nothing recognised: what a file that could not be read scores. */
export function emptyDraft(truth: MeetingFile): MeetingFile {
  const m = truth.meeting;
  return {
    ...truth,
    meeting: {
      ...m,
      title: '', subtitle: '', startTime: '', endTime: '', meetingForm: '', place: '', calledText: '', date: '2000-01-01',
      secretaryName: '', reviewers: [], approvedOn: null, calledPersons: [], agenda: [],
    },
  };
}

/** A document that could not be read counts as every field and word wrong. */
export function totals(results: readonly DocumentResult[]): Totals {
  const t: Totals = { right: 0, total: 0, kept: 0, words: 0 };
  for (const r of results) {
    const score = r.score ?? r.failed;
    if (!score) continue;
    t.right += score.right;
    t.total += score.total;
    t.kept += score.text.kept;
    t.words += score.text.total;
  }
  return t;
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

/** Per document, per field kind, and the overall shares. */
export function formatTable(results: readonly DocumentResult[]): string {
  const lines: string[] = ['Dokument                                 | fält rätt        | text i ordning | layout'];
  for (const r of results) {
    const name = r.file.fileName.padEnd(40);
    if (!r.score) lines.push(`${name} | FEL: ${r.error} | ${describeLayout(r.file.minutes.layout)}`);
    else lines.push(`${name} | ${`${r.score.right}/${r.score.total} ${pct(r.score.right, r.score.total)}`.padEnd(16)} | ${pct(r.score.text.kept, r.score.text.total).padEnd(14)} | ${describeLayout(r.file.minutes.layout)}`);
  }
  const byField = new Map<string, { right: number; total: number }>();
  // A file that could not be read counts its every field wrong here too.
  for (const check of results.flatMap((r) => (r.score ?? r.failed)?.checks ?? [])) {
    const f = byField.get(check.field) ?? { right: 0, total: 0 };
    f.total += 1;
    if (check.ok) f.right += 1;
    byField.set(check.field, f);
  }
  lines.push('', 'Fält                       | rätt / antal | andel');
  for (const [field, f] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${field.padEnd(26)} | ${`${f.right} / ${f.total}`.padEnd(12)} | ${pct(f.right, f.total)}`);
  }
  const t = totals(results);
  lines.push('', `Totalt: ${pct(t.right, t.total)} av fälten rätt (${t.right}/${t.total}), ${pct(t.kept, t.words)} av texten i ordning (${t.kept}/${t.words} ord).`);
  return lines.join('\n');
}

/** Every wrong field of every document: field, where, expected, got (for tuning on the development set). */
export function formatMisses(results: readonly DocumentResult[], limit = Infinity): string {
  const lines: string[] = [];
  for (const r of results) {
    const misses = r.score?.checks.filter((c) => !c.ok) ?? [];
    if (!r.score || misses.length === 0) continue;
    lines.push(`── ${r.file.fileName} (${describeLayout(r.file.minutes.layout)}): ${misses.length} fel`);
    for (const m of misses.slice(0, limit)) lines.push(`  ${m.field.padEnd(24)} ${m.where.slice(0, 50).padEnd(50)} väntat «${m.expected.slice(0, 80)}» fick «${m.got.slice(0, 80)}»`);
    if (misses.length > limit) lines.push(`  … och ${misses.length - limit} till`);
  }
  return lines.join('\n');
}
