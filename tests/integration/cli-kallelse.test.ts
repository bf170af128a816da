import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { freshCliFolderPerTest, runCli, type Run } from './cli-support';
import { zipParts } from './export-docx-support';

// `anteckna kallelse`, run as a user would run it.

const testFolder = freshCliFolderPerTest('anteckna-cli-kallelse-');
let db: string;

function cli(args: string[]): Promise<Run> {
  return runCli(args, testFolder.env);
}

function setEndTime(meetingId: number, endTime: string): void {
  const handle = openDatabase(db);
  try {
    handle.prepare('UPDATE meetings SET end_time = ? WHERE id = ?').run(endTime, meetingId);
  } finally {
    closeDatabase(handle);
  }
}

beforeEach(async () => {
  db = join(testFolder.dir, 'anteckna.sqlite');
  expect((await cli(['demo', '--db', db])).code).toBe(0);
});

describe('anteckna kallelse', () => {
  it('writes the kallelse as Word with the agenda\'s clock times, and as a PDF poppler reads', async () => {
    const docx = join(testFolder.dir, 'kallelse.docx');
    const run = await cli(['kallelse', '--db', db, '--meeting', '2', '--format', 'docx', '--out', docx]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: docx, overrunMinutes: null });
    const document = zipParts(readFileSync(docx))['word/document.xml'] ?? '';
    expect(document).toContain('Kallelse PSN');
    expect(document).toMatch(/\d{2}\.\d{2}–\d{2}\.\d{2}/);

    const pdf = join(testFolder.dir, 'kallelse.pdf');
    expect((await cli(['kallelse', '--db', db, '--meeting', '2', '--format', 'pdf', '--out', pdf])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Kallelse PSN');
    expect(text).toContain('Dagordning');
    expect(text).toMatch(/Tid: \d{2}\.\d{2}–\d{2}\.\d{2}/);
  });

  it('warns on stderr when the agenda is longer than the meeting, and still writes the file', async () => {
    setEndTime(2, '13.30');
    const out = join(testFolder.dir, 'lång.docx');
    const run = await cli(['kallelse', '--db', db, '--meeting', '2', '--format', 'docx', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^anteckna: Varning: Dagordningen är \d+ minuter längre än mötet \(13\.00–13\.30\)\.\n$/);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses an unknown format and an existing file without --force, in Swedish', async () => {
    const out = join(testFolder.dir, 'finns.docx');
    writeFileSync(out, 'gammal');
    const wrong = await cli(['kallelse', '--db', db, '--meeting', '2', '--format', 'html', '--out', out]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Okänt format: html. Välj docx eller pdf.');
    const exists = await cli(['kallelse', '--db', db, '--meeting', '2', '--format', 'docx', '--out', out]);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('finns redan. Ange --force');
    expect(readFileSync(out, 'utf8')).toBe('gammal');
    expect((await cli(['kallelse', '--db', db, '--meeting', '2', '--format', 'docx', '--out', out, '--force'])).code).toBe(0);
  });

  it('is in the help text', async () => {
    const help = await cli(['help']);
    expect(help.stdout).toContain('kallelse --meeting ID --format docx|pdf --out FIL');
  });
});
