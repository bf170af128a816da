import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { examineCopyOffThread } from '../../electron/services/storage/copy-check';
import { ANTECKNA_APPLICATION_ID } from '../../electron/services/storage/migrations';

// A backup's copy is checked (quick_check) in a worker thread, so the app
// keeps answering while a large archive is read: saves are never held.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fileOf(megabytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-copy-check-'));
  dirs.push(dir);
  const path = join(dir, 'kopia.sqlite');
  const db = new Database(path);
  db.pragma(`application_id = ${ANTECKNA_APPLICATION_ID}`);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < megabytes * 100; i++) insert.run(`Anteckning ${i} `.repeat(600).slice(0, 10_000));
  })();
  db.close();
  return path;
}

describe('checking a copy of the database', () => {
  it('reads quick_check, application id and version in a worker while the main thread keeps running', async () => {
    const path = fileOf(40);
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const facts = await examineCopyOffThread(path);
    running = false;
    expect(facts).toEqual({ check: ['ok'], applicationId: ANTECKNA_APPLICATION_ID, userVersion: 0 });
    // A check on the main thread would have let no turn of the event loop run until it was done.
    expect(ticks).toBeGreaterThan(10);
  });

  it('reports a damaged copy instead of passing it', async () => {
    const path = fileOf(1);
    const bytes = Buffer.alloc(4096, 0x41);
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(path, 'r+');
    writeSync(fd, bytes, 0, bytes.length, 8192);
    closeSync(fd);
    const facts = await examineCopyOffThread(path).catch((error: unknown) => ({ check: [String(error)], applicationId: 0, userVersion: 0 }));
    expect(facts.check).not.toEqual(['ok']);
  });

  it('rejects a file that is no database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anteckna-copy-check-'));
    dirs.push(dir);
    const path = join(dir, 'inte-en-databas.sqlite');
    writeFileSync(path, 'Det här är ingen databas.'.repeat(400));
    await expect(examineCopyOffThread(path)).rejects.toThrow();
  });
});
