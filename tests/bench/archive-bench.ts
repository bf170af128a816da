import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { pauseSearchIndexForBenchmark, rebuildSearchIndex, loadItemDocument, loadMeetingDocument } from '../../electron/services/search/index-store';
import { documentText } from '../../electron/services/search/documents';
import { searchArchive, type SearchFilters } from '../../electron/services/search/search';
import { createBody } from '../../electron/services/storage/bodies';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { saveItemNotes } from '../../electron/services/storage/item-notes';
import { createMeeting } from '../../electron/services/storage/meetings';
import { notes, paragraph } from '../../shared/notes/build';
import { ARCHIVE_BODIES, archiveBody, archiveMeeting, meetingsOfBody, ARCHIVE_MEETINGS } from './archive-data';
import { summarize, type Summary } from './stats';

/**
 * `--only search,archive`: the archive of 5,000 meetings (tests/bench/archive-data.ts)
 * searched in-process as the app's handler does, against ripgrep over the
 * same text written to files; the index's cost in size, build time and on
 * the autosave path; the start page and a body's archive painted in Chromium.
 */

const run = promisify(execFile);

export interface ArchiveFigure {
  id: string;
  name: string;
  unit: string;
  ours: number | null;
  peer: number | null;
  ratio?: number | null;
  target: string;
  met: boolean | null;
  peerName: string;
  note?: string;
}

export interface Host {
  url: string;
  stop(): Promise<void>;
}

export interface ArchiveKit {
  quick: boolean;
  /** The built renderer, for a browser host started in this process. */
  rendererDir: string;
  /** A fresh copy of the typing figures' large meeting, and the keys typed into its live view on a host (ms per key). */
  typingCopy(name: string): string;
  typeInto(browser: Browser, appUrl: string): Promise<number[]>;
  figure(f: ArchiveFigure): void;
  log(line: string): void;
  details: Record<string, unknown>;
  startAppHost(dbPath: string): Promise<Host>;
  newContext(browser: Browser): Promise<BrowserContext>;
}

export interface Archive {
  dbPath: string;
  buildSeconds: number;
  characters: number;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const fmt = (s: Summary) => `median ${round(s.median, 2)} ms, p95 ${round(s.p95, 2)} ms, n=${s.n}`;

/** Writes the archive through the app's own storage (index kept in each meeting's transaction). */
export function buildArchive(work: string, kit: ArchiveKit): Archive {
  const dbPath = join(work, 'arkiv.sqlite');
  const db = openDatabase(dbPath);
  const started = performance.now();
  let characters = 0;
  try {
    const at = new Date().toISOString();
    for (let b = 0; b < ARCHIVE_BODIES; b++) {
      const bodyId = createBody(db, archiveBody(b), at);
      const count = meetingsOfBody(b);
      for (let n = 0; n < count; n++) {
        const meeting = archiveMeeting(b, n, count);
        const id = createMeeting(db, bodyId, meeting, { reviewers: [{ name: 'Justerare', role: '' }], approvedOn: meeting.date }, at);
        if (n === 0 && b === 0) {
          const own = loadMeetingDocument(db, id);
          kit.log(`  ett möte: ${own ? documentText(own).length : 0} tecken i mötets egen del`);
        }
      }
      kit.log(`  organ ${b + 1}/${ARCHIVE_BODIES}: ${count} möten (${round((performance.now() - started) / 1000)} s)`);
    }
    characters = (db.prepare('SELECT sum(length(notes_json)) AS n FROM agenda_items').get() as { n: number }).n;
  } finally {
    closeDatabase(db);
  }
  return { dbPath, buildSeconds: (performance.now() - started) / 1000, characters };
}

/** Questions a secretary asks of the archive: topics, compounds, names, phrases, with and without filters. */
const QUESTIONS: { text: string; filters?: Omit<SearchFilters, 'text'> }[] = [
  { text: 'hjälpmedel' },
  { text: 'avtal' },
  { text: 'tandvård' },
  { text: 'hälso' },
  { text: 'samverkansavtal' },
  { text: 'läkemedelsgenomgång' },
  { text: '"psykiatri och"' },
  { text: 'Helén' },
  { text: 'Lindqvist' },
  { text: 'Örjan Öhman' },
  { text: 'elevhälsa barn' },
  { text: 'välfärdsteknik digitalisering' },
  { text: 'hemgång utskrivning' },
  { text: 'Granö rådhus' },
  { text: 'rehabilitering', filters: { year: 2019 } },
  { text: 'budget', filters: { bodyId: 1 } },
  { text: 'missbruk -beroende' },
  { text: 'finansieringsansvar' },
  { text: 'väntetid', filters: { from: '2020-01-01', to: '2022-12-31' } },
  { text: 'ledningsgruppen', filters: { kind: 'decision' } },
];

/** The same text as files, one per meeting, for ripgrep: what a secretary's folder of minutes holds. */
function writeArchiveFiles(dbPath: string, dir: string): number {
  mkdirSync(dir, { recursive: true });
  const db = openDatabase(dbPath);
  let bytes = 0;
  try {
    const meetings = db.prepare('SELECT id FROM meetings ORDER BY id').pluck().all() as number[];
    const items = db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position').pluck();
    for (const id of meetings) {
      const own = loadMeetingDocument(db, id);
      const parts = [own ? `${own.title}\n${documentText(own)}` : ''];
      for (const itemId of items.all(id) as number[]) {
        const document = loadItemDocument(db, id, itemId);
        if (document) parts.push(`${document.title}\n${documentText(document)}`);
      }
      const text = parts.join('\n\n');
      bytes += Buffer.byteLength(text);
      writeFileSync(join(dir, `mote-${id}.txt`), text);
    }
  } finally {
    closeDatabase(db);
  }
  return bytes;
}

async function ripgrepTimes(dir: string, runs: number): Promise<Summary | null> {
  try {
    await run('rg', ['--version']);
  } catch {
    return null;
  }
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const { text } of QUESTIONS) {
      // Each word or phrase is one ripgrep pass over the files (case-insensitive, files with a hit).
      const terms = [...text.matchAll(/"([^"]+)"|(-?)([^\s"]+)/g)].map((m) => m[1] ?? m[3] ?? '').filter(Boolean);
      const started = performance.now();
      for (const term of terms) {
        await run('rg', ['-i', '-l', '-F', '--', term, dir], { maxBuffer: 64 * 1024 * 1024 }).catch(() => undefined);
      }
      times.push(performance.now() - started);
    }
  }
  return summarize(times);
}

export async function benchSearch(archive: Archive, work: string, kit: ArchiveKit): Promise<void> {
  const runs = kit.quick ? 3 : 10;
  const db = openDatabase(archive.dbPath);
  const searchTimes: number[] = [];
  let totals: Record<string, number> = {};
  try {
    // The first search reads the index's word list once (a window's first search); warm it like a second search.
    searchArchive(db, { text: 'samverkan' });
    for (let r = 0; r < runs; r++) {
      for (const { text, filters } of QUESTIONS) {
        const started = performance.now();
        const result = searchArchive(db, { text, ...filters, limit: 20 });
        searchTimes.push(performance.now() - started);
        if (r === 0) totals = { ...totals, [text]: result.total };
      }
    }
  } finally {
    closeDatabase(db);
  }
  const ours = summarize(searchTimes);
  kit.log(`  sökning: ${fmt(ours)}; träffar per fråga: ${JSON.stringify(totals)}`);

  const filesDir = join(work, 'arkiv-filer');
  const bytes = writeArchiveFiles(archive.dbPath, filesDir);
  const rg = await ripgrepTimes(filesDir, kit.quick ? 1 : 3);
  kit.log(`  ripgrep över ${ARCHIVE_MEETINGS} filer (${round(bytes / 1e6)} MB): ${rg ? fmt(rg) : 'saknas (apt install ripgrep)'}`);
  kit.details['search'] = { ours, ripgrep: rg, totals, fileBytes: bytes };
  kit.figure({
    id: 'search.p95',
    name: `Sök i ${ARCHIVE_MEETINGS} möten → 20 första träffarna, p95`,
    unit: 'ms',
    ours: ours.p95,
    peer: rg?.p95 ?? null,
    target: '≤ 20 ms och ≤ 1/5 av ripgrep',
    met: ours.p95 <= 20 && (rg === null || ours.p95 <= rg.p95 / 5),
    peerName: 'ripgrep -i -l, samma text som filer',
    note: `median ${round(ours.median, 2)} ms mot ${rg ? round(rg.median, 1) : '–'} ms; ${QUESTIONS.length} frågor × ${runs}`,
  });

  indexCosts(archive, work, kit);
}

/** Size and build time of the index, and what it costs each autosave. */
function indexCosts(archive: Archive, work: string, kit: ArchiveKit): void {
  const withIndex = join(work, 'med-index.sqlite');
  const without = join(work, 'utan-index.sqlite');
  const db = openDatabase(archive.dbPath);
  let buildSeconds = 0;
  try {
    const started = performance.now();
    rebuildSearchIndex(db);
    buildSeconds = (performance.now() - started) / 1000;
    db.exec(`VACUUM INTO '${withIndex.replace(/'/g, "''")}'`);
  } finally {
    closeDatabase(db);
  }
  copyFileSync(withIndex, without);
  const bare = new Database(without);
  bare.exec('DROP TABLE search_terms; DROP TABLE search_index; DROP TABLE search_documents; VACUUM;');
  bare.close();
  const sizeWith = statSync(withIndex).size / 1e6;
  const sizeWithout = statSync(without).size / 1e6;
  kit.log(`  index byggt på ${round(buildSeconds)} s; databas ${round(sizeWith)} MB med, ${round(sizeWithout)} MB utan`);
  kit.figure({
    id: 'search.indexBuild',
    name: `Bygg sökregistret för ${ARCHIVE_MEETINGS} möten`,
    unit: 's',
    ours: buildSeconds,
    peer: null,
    target: '',
    met: null,
    peerName: '',
    note: `hela arkivet skrevs på ${round(archive.buildSeconds)} s med registret`,
  });
  kit.figure({
    id: 'search.dbSize',
    name: 'Databasens storlek med sökregister',
    unit: 'MB',
    ours: sizeWith,
    peer: sizeWithout,
    target: '≤ 2 × utan',
    met: sizeWith <= 2 * sizeWithout,
    peerName: 'samma databas utan register',
  });
  autosaveCost(archive.dbPath, kit);
}

/** Keystroke → committed: the autosave of one item's notes as typing grows them, with and without the index. */
function autosaveCost(dbPath: string, kit: ArchiveKit): void {
  const db = openDatabase(dbPath);
  const saves = kit.quick ? 100 : 400;
  const times = { with: [] as number[], without: [] as number[] };
  try {
    // A draft of the big body: approved minutes are frozen.
    const meetingId = db.prepare('SELECT id FROM meetings WHERE body_id = 1 ORDER BY date DESC LIMIT 1').pluck().get() as number;
    db.prepare("UPDATE meetings SET status = 'draft' WHERE id = ?").run(meetingId);
    const itemId = db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position LIMIT 1').pluck().get(meetingId) as number;
    const base = 'Sekreteraren skriver anteckningar under mötet om hjälpmedel och samverkansavtalet. '.repeat(24);
    for (let i = 0; i < saves; i++) {
      for (const mode of i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        pauseSearchIndexForBenchmark(mode === 'without');
        const text = `${base}${'x'.repeat(i)}`;
        const started = performance.now();
        saveItemNotes(db, meetingId, itemId, notes(paragraph(text)), new Date().toISOString());
        times[mode].push(performance.now() - started);
      }
    }
  } finally {
    pauseSearchIndexForBenchmark(false);
    closeDatabase(db);
  }
  const withIndex = summarize(times.with);
  const withoutIndex = summarize(times.without);
  kit.log(`  autosparning med register: ${fmt(withIndex)}; utan: ${fmt(withoutIndex)}`);
  kit.details['autosave'] = { withIndex, withoutIndex };
  kit.figure({
    id: 'search.autosave.p95',
    name: 'Tangent → sparat på disk (anteckningarna i en punkt), p95',
    unit: 'ms',
    ours: withIndex.p95,
    peer: withoutIndex.p95,
    target: 'oförändrad (≤ +1 ms)',
    met: withIndex.p95 <= withoutIndex.p95 + 1,
    peerName: 'samma sparning utan register',
    note: `median ${round(withIndex.median, 2)} mot ${round(withoutIndex.median, 2)} ms`,
  });
}
