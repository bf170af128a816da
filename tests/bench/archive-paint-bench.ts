import type { Browser } from 'playwright-core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHandlers } from '../../electron/ipc/handlers';
import { pauseSearchIndexForBenchmark } from '../../electron/services/search/index-store';
import { BACKUP_FOLDER_NAME, TEMP_PREFIX } from '../../electron/services/storage/backup-files';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { startWebHost } from '../../electron/web/server';
import { ARCHIVE_BODIES, ARCHIVE_MEETINGS, BIG_BODY_MEETINGS } from './archive-data';
import type { Archive, ArchiveKit } from './archive-bench';
import { summarize, type Summary } from './stats';

/** The archive's figures taken in Chromium: views painted, and typing with and without the index. */

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const fmt = (s: Summary) => `median ${round(s.median, 2)} ms, p95 ${round(s.p95, 2)} ms, n=${s.n}`;

/**
 * The start page and the archive view of the body with 500 meetings, reached
 * as she reaches them in the running app (the address changes, not a new
 * window): from the change to the app's ready signal and the next painted frame.
 */
export async function benchArchivePaint(browser: Browser, archive: Archive, kit: ArchiveKit): Promise<void> {
  const startedAt = Date.now();
  const host = await kit.startAppHost(archive.dbPath);
  // The host makes a backup as it starts (seconds for a 500 MB archive, on the same disk and cores):
  // the figures are of the views, so they are taken once it is done.
  await startupBackupDone(archive.dbPath, startedAt);
  const runs = kit.quick ? 3 : 10;
  const elsewhere = '#/body/2';
  try {
    const context = await kit.newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}${elsewhere}`);
      await page.locator('#app[data-app-state="ready"]').waitFor({ timeout: 60_000 });
      const views = [
        { id: 'archive.start', name: `Startsidan med ${ARCHIVE_BODIES} organ och ${ARCHIVE_MEETINGS} möten → målad`, hash: '#/' },
        { id: 'archive.body', name: `Arkivet för ett organ med ${BIG_BODY_MEETINGS} möten → målat`, hash: '#/body/1/arkiv' },
      ];
      for (const view of views) {
        const times: number[] = [];
        for (let i = 0; i < runs + 1; i++) {
          await page.evaluate((hash) => (window.location.hash = hash), elsewhere);
          await page.locator('#app[data-app-state="ready"]').waitFor({ timeout: 60_000 });
          // In the page: the hash changes, the app says "loading", then "ready"; then the next frame is painted.
          const took = await page.evaluate(
            (hash) =>
              new Promise<number>((done) => {
                const app = document.getElementById('app')!;
                const started = performance.now();
                let loading = false;
                const observer = new MutationObserver(() => {
                  if (app.dataset['appState'] !== 'ready') loading = true;
                  else if (loading) {
                    observer.disconnect();
                    requestAnimationFrame(() => {
                      const channel = new MessageChannel();
                      channel.port1.onmessage = () => done(performance.now() - started);
                      channel.port2.postMessage(null);
                    });
                  }
                });
                observer.observe(app, { attributes: true, attributeFilter: ['data-app-state'] });
                window.location.hash = hash;
              }),
            view.hash,
          );
          // The first visit warms the code paths, as a secretary's second visit would be.
          if (i > 0) times.push(took);
        }
        const s = summarize(times);
        kit.log(`  ${view.name}: ${fmt(s)}`);
        kit.figure({ id: view.id, name: `${view.name}, p95`, unit: 'ms', ours: s.p95, peer: null, target: '≤ 500 ms', met: s.p95 <= 500, peerName: '', note: `median ${round(s.median)} ms, n=${s.n}` });
      }
    } finally {
      await context.close();
    }
  } finally {
    await host.stop();
  }
}

async function startupBackupDone(dbPath: string, since: number): Promise<void> {
  const folder = join(dirname(dbPath), BACKUP_FOLDER_NAME);
  for (let waited = 0; waited < 120_000; waited += 250) {
    const names = existsSync(folder) ? readdirSync(folder) : [];
    const busy = names.some((name) => name.startsWith(TEMP_PREFIX));
    const made = names.some((name) => !name.startsWith(TEMP_PREFIX) && statSync(join(folder, name)).mtimeMs >= since - 1000);
    if (made && !busy) return;
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * Typing latency (keydown → painted) in live mode with the index kept and
 * with it paused: both on a browser host in this process, over fresh copies
 * of the large meeting, in turns (the order alternates), so the only
 * difference is the index work behind each autosave.
 */
export async function benchTypingIndex(browser: Browser, kit: ArchiveKit): Promise<void> {
  const rounds = kit.quick ? 1 : 3;
  const samples = { with: [] as number[], without: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const modes = round % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const mode of modes) {
      const path = kit.typingCopy(`index-${mode}-${round}`);
      const db = openDatabase(path);
      pauseSearchIndexForBenchmark(mode === 'without');
      try {
        const handlers = createHandlers({ db, databasePath: path, version: 'bench' });
        const host = await startWebHost({ handlers, rendererDir: kit.rendererDir, port: 0, log: () => undefined });
        try {
          samples[mode].push(...(await kit.typeInto(browser, host.url)));
        } finally {
          await host.close();
        }
      } finally {
        pauseSearchIndexForBenchmark(false);
        closeDatabase(db);
      }
    }
  }
  const withIndex = summarize(samples.with);
  const withoutIndex = summarize(samples.without);
  kit.log(`  skrivlatens i liveläget med register: ${fmt(withIndex)}; utan: ${fmt(withoutIndex)}`);
  kit.details['typingIndex'] = { withIndex, withoutIndex };
  kit.figure({
    id: 'search.typing.p95',
    name: 'Skrivlatens i liveläget med sökregister, p95',
    unit: 'ms',
    ours: withIndex.p95,
    peer: withoutIndex.p95,
    target: 'oförändrad (≤ +1 ms)',
    met: withIndex.p95 <= withoutIndex.p95 + 1,
    peerName: 'samma värd utan register',
    note: `median ${round(withIndex.median, 1)} mot ${round(withoutIndex.median, 1)} ms, n=${withIndex.n}/${withoutIndex.n}`,
  });
}
