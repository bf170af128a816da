import { Worker } from 'node:worker_threads';

/**
 * What a finished copy of the database says about itself, read in a worker
 * thread: `quick_check` of a large archive takes seconds, and the app must
 * go on saving what she types meanwhile (a check on the main thread held
 * every save of a 500 MB archive for ten seconds).
 */

export interface CopyFacts {
  check: string[];
  applicationId: number;
  userVersion: number;
}

// Plain CommonJS run by the worker; the driver is the app's own better-sqlite3, by its resolved path.
const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
try {
  db.pragma('journal_mode = DELETE');
  parentPort.postMessage({
    check: db.pragma('quick_check').map((row) => String(row.quick_check)),
    applicationId: db.pragma('application_id', { simple: true }),
    userVersion: db.pragma('user_version', { simple: true }),
  });
} finally {
  db.close();
}`;

export function examineCopyOffThread(path: string): Promise<CopyFacts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK_SOURCE, { eval: true, workerData: { path, driver: require.resolve('better-sqlite3') } });
    let answered = false;
    worker.once('message', (facts: CopyFacts) => {
      answered = true;
      resolve(facts);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the check of the copy ended with code ${code}`));
    });
  });
}
