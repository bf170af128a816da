import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ExporterDeps } from '../../electron/ipc/export-handlers';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/services/export/pdf-printer';
import type { Meeting } from '../../shared/model/meeting';
import { openApp, type TestApp } from './app-support';
import type { ParsedEml } from './invite-support';

/**
 * The demo data behind the handler table with Chromium as the printer (one
 * for the describe block, since it is slow to start), a clock the test sets,
 * and the justering e-mail read back by Python's MIME parser.
 */

export interface ReviewSendApp extends TestApp {
  exportDir: string;
  opened: string[];
  /** The demo meetings: PSN 15 Oct (approved), PSN 3 Dec (draft), LGS-N 12 Nov (review). */
  meeting(date: string): Promise<Meeting>;
  exportFiles(): string[];
}

/** A fresh app per test, sharing one Chromium; `now` is 7 December 2026, 10.00 local time. */
export function reviewSendApps(): () => ReviewSendApp {
  let printer: ChromiumPrinter | undefined;
  const dirs: string[] = [];
  beforeAll(() => {
    printer = createChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const exportDir = join(mkdtempSync(join(tmpdir(), 'anteckna-review-send-')), 'Export');
    dirs.push(join(exportDir, '..'));
    const opened: string[] = [];
    const exporter: ExporterDeps = {
      printPdf: (html, options) => printer!.print(html, options),
      exportDir,
      showInFolder: () => false,
      openPath: (path) => {
        opened.push(path);
        return Promise.resolve(true);
      },
    };
    const now = new Date(2026, 11, 7, 10, 0);
    const app = openApp(now, undefined, { exporter });
    const { meetings } = seedDemo(app.db, now);
    return {
      ...app,
      exportDir,
      opened,
      meeting: (date) => app.ok('meetings:get', { id: meetings.find((m) => m.date === date)!.id }),
      exportFiles: () => (existsSync(exportDir) ? readdirSync(exportDir) : []),
    };
  };
}

export type SavedEml = ParsedEml & { attachments: (ParsedEml['attachments'][number] & { savedTo: string })[] };

/** The .eml as Python's email package reads it, each attachment's decoded bytes saved to a folder beside it. */
export function readEmlWithAttachments(path: string): SavedEml {
  const dir = `${path}.parts`;
  mkdirSync(dir, { recursive: true });
  return JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, 'eml-check.py'), path, dir], { encoding: 'utf8' }),
  ) as SavedEml;
}

/** What pdftotext reads in a PDF, spaces run together. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
