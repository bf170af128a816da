import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/services/storage/database';
import { listMeetings } from '../../../electron/services/storage/meetings';
import { freshCliFolderPerTest, runCli } from '../cli-support';
import { NUMBERED_MINUTES, UNNUMBERED_MINUTES } from '../../unit/import-fixtures';

// `anteckna import --file` and `--dir`: earlier minutes from the command line, one file or a whole folder.

const testFolder = freshCliFolderPerTest('anteckna-cli-import-');

interface FolderSummary {
  imported: number;
  failed: { file: string; message: string }[];
  needsLook: { file: string; meetingId: number; review: { line: number | null; text: string; message: string }[] }[];
  meetings: { file: string; meetingId: number; bodyId: number; date: string; title: string; review: number }[];
}

/** A Word file of short minutes, written by the docx package. */
async function wordMinutes(): Promise<Buffer> {
  const lines = ['Minnesanteckningar', 'Styrgruppen för hälsa i Kustlandet', 'Datum: 2025-02-04', '1. Mötets öppnande', 'Ordföranden öppnade mötet.', '2. Övriga frågor', 'Inga.'];
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }));
}

describe('anteckna import', () => {
  it('--file reads a Word file as an approved meeting in a new body and prints what needs a look', async () => {
    const db = join(testFolder.dir, 'a.sqlite');
    const file = join(testFolder.dir, 'Styrgruppen 2025-02-04.docx');
    writeFileSync(file, await wordMinutes());
    const run = await runCli(['import', '--db', db, '--file', file], testFolder.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { meetingId: number; bodyId: number; review: unknown[] };
    expect(printed).toMatchObject({ meetingId: 1, bodyId: 1, review: [] });
    const store = openDatabase(db);
    try {
      expect(listMeetings(store).map((m) => [m.date, m.status])).toEqual([['2025-02-04', 'approved']]);
    } finally {
      closeDatabase(store);
    }
  });

  it('--dir reads every file of a folder on its own, reports progress, and lists what failed and what needs a look', async () => {
    const db = join(testFolder.dir, 'b.sqlite');
    const folder = join(testFolder.dir, 'Gamla anteckningar');
    mkdirSync(folder);
    writeFileSync(join(folder, 'KSN 2024-03-14.txt'), NUMBERED_MINUTES);
    // Without its date line: the date comes from the file name, and the summary says so.
    writeFileSync(join(folder, 'Styrgruppen 2023-11-23.txt'), UNNUMBERED_MINUTES.replace('Datum: 231123\n', ''));
    writeFileSync(join(folder, 'Gammal.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(folder, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const run = await runCli(['import', '--db', db, '--dir', folder], testFolder.env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Läser 1 av 3: Gammal.doc');
    expect(run.stderr).toContain('Läser 3 av 3: Styrgruppen 2023-11-23.txt');
    const summary = JSON.parse(run.stdout) as FolderSummary;
    expect(summary.imported).toBe(2);
    expect(summary.failed).toEqual([{ file: 'Gammal.doc', message: expect.stringContaining('Spara filen som .docx i Word och försök igen') as string }]);
    expect(summary.meetings.map((m) => [m.file, m.date])).toEqual([
      ['KSN 2024-03-14.txt', '2024-03-14'],
      ['Styrgruppen 2023-11-23.txt', '2023-11-23'],
    ]);
    const styrgruppen = summary.needsLook.find((n) => n.file === 'Styrgruppen 2023-11-23.txt');
    expect(styrgruppen?.review.map((r) => r.message)).toContain('Mötets datum stod inte i texten; det är taget från filnamnet.');
  });

  it('--body puts the meeting in that body, and an unknown body is refused with nothing written', async () => {
    const db = join(testFolder.dir, 'c.sqlite');
    const file = join(testFolder.dir, 'KSN 2024-03-14.txt');
    writeFileSync(file, NUMBERED_MINUTES);
    const first = JSON.parse((await runCli(['import', '--db', db, '--file', file], testFolder.env)).stdout) as { bodyId: number };
    const second = await runCli(['import', '--db', db, '--file', file, '--body', String(first.bodyId)], testFolder.env);
    expect(JSON.parse(second.stdout)).toMatchObject({ meetingId: 2, bodyId: first.bodyId });
    const refused = await runCli(['import', '--db', db, '--file', file, '--body', '99'], testFolder.env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^anteckna: Organet finns inte längre\. Välj ett annat organ\.$/mu);
    expect(refused.stdout).toBe('');
    const store = openDatabase(db);
    try {
      expect(listMeetings(store)).toHaveLength(2);
    } finally {
      closeDatabase(store);
    }
  });
});
