import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportMeeting } from '../../electron/cli/commands/export';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { listIssuedFiles } from '../../electron/services/storage/issued-files';
import { REDACTED_TEXT } from '../../shared/publication/findings';
import { openApp } from './app-support';
import { SEEDED_FINDINGS, seedPersonalData } from './publication-support';
import { htmlText } from './public-support';

/** `anteckna export --format public-html|public-pdf [--redact-all]`, run in-process as main.ts runs it. */

afterEach(() => {
  vi.restoreAllMocks();
});

const KEPT = 'kansli.strandby@strandby.example';

function capture(): { stdout: string[]; stderr: string[] } {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => out.stderr.push(String(chunk)) > 0);
  return out;
}

async function approvedWithOneKept(): Promise<{ path: string; meetingId: number }> {
  const app = openApp();
  const { meetingId } = await seedPersonalData(app);
  await app.ok('review:set', { meetingId, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-12-10' });
  const { findings } = await app.ok('publication:check', { meetingId });
  const kept = findings.find((f) => f.text === KEPT);
  if (!kept) throw new Error('Kontrollen hittade inte e-postadressen.');
  await app.ok('publication:decide', { meetingId, key: kept.key, decision: 'keep', replacement: '' });
  app.db.close();
  return { path: app.path, meetingId };
}

const issuedOf = (db: string, meetingId: number) => {
  const open = openDatabase(db);
  try {
    return listIssuedFiles(open, meetingId);
  } finally {
    closeDatabase(open);
  }
};

describe('anteckna export --format public-html|public-pdf', () => {
  it('writes the public page with the decisions made, says on stderr how many were removed, records it, and with --redact-all removes the kept one too', async () => {
    const { path, meetingId } = await approvedWithOneKept();
    const out = join(path, '..', 'publicerad.html');
    const output = capture();
    expect(await exportMeeting({ db: path, meeting: String(meetingId), format: 'public-html', out })).toBe(0);
    expect(JSON.parse(output.stdout.join(''))).toEqual({ file: out });
    const undecided = SEEDED_FINDINGS.length - 1;
    expect(output.stderr.join('')).toBe(`${undecided} uppgifter togs bort eller skrevs om; ${undecided} av dem var inte avgjorda och togs bort.\n`);
    const text = htmlText(out).text;
    expect(text).toContain(KEPT);
    expect(text).toContain(REDACTED_TEXT);
    for (const found of SEEDED_FINDINGS.filter((f) => f.text !== KEPT)) expect(text, found.text).not.toContain(found.text);
    const issued = issuedOf(path, meetingId);
    expect(issued.map((f) => [f.kind, f.sha256])).toEqual([['public-html', createHash('sha256').update(readFileSync(out)).digest('hex')]]);

    await expect(exportMeeting({ db: path, meeting: String(meetingId), format: 'public-html', out })).rejects.toThrow(
      `Filen ${out} finns redan. Ange --force för att skriva över den.`,
    );
    output.stderr.length = 0;
    expect(await exportMeeting({ db: path, meeting: String(meetingId), format: 'public-html', out, force: true, 'redact-all': true })).toBe(0);
    expect(output.stderr.join('')).toBe(`${SEEDED_FINDINGS.length} uppgifter togs bort eller skrevs om; ${undecided} av dem var inte avgjorda och togs bort.\n`);
    expect(htmlText(out).text).not.toContain(KEPT);
  });

  it('writes the public PDF', async () => {
    const { path, meetingId } = await approvedWithOneKept();
    const out = join(path, '..', 'publicerad.pdf');
    capture();
    expect(await exportMeeting({ db: path, meeting: String(meetingId), format: 'public-pdf', out })).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(issuedOf(path, meetingId).map((f) => f.kind)).toEqual(['public-pdf']);
  });

  it('refuses minutes that are not approved, and --redact-all for other formats, writing nothing', async () => {
    const app = openApp();
    const { meetingId } = await seedPersonalData(app);
    app.db.close();
    const out = join(app.path, '..', 'utkast.html');
    capture();
    await expect(exportMeeting({ db: app.path, meeting: String(meetingId), format: 'public-html', out })).rejects.toThrow(
      /^Mötesanteckningen är ett utkast\. Bara justerade mötesanteckningar kan publiceras/,
    );
    await expect(exportMeeting({ db: app.path, meeting: String(meetingId), format: 'html', out, 'redact-all': true })).rejects.toThrow(
      '--redact-all gäller bara formaten public-html och public-pdf.',
    );
    expect(existsSync(out)).toBe(false);
  });
});
