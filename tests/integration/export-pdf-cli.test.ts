import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `anteckna export --format pdf|pdfa`, the built CLI as a user runs it.

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'electron', 'cli.cjs');

let dir: string;
let env: NodeJS.ProcessEnv;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'build', 'scripts', 'build.mjs'), '--quiet'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Bygget misslyckades:\n${build.stdout}${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'anteckna-pdf-cli-'));
  const { ANTECKNA_DB: _ignored, ...rest } = process.env;
  env = { ...rest, HOME: join(dir, 'home') };
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('anteckna export (PDF)', () => {
  it('writes a tagged A4 PDF and a PDF/A-2b, and refuses to overwrite without --force', async () => {
    const db = join(dir, 'anteckna.sqlite');
    const demo = await cli(['demo', '--db', db]);
    expect(demo.code, demo.stderr).toBe(0);
    const { meetings } = JSON.parse(demo.stdout) as { meetings: { id: number; title: string }[] };
    const meeting = meetings[0]!;

    const pdf = join(dir, 'ut.pdf');
    const first = await cli(['export', '--db', db, '--meeting', String(meeting.id), '--format', 'pdf', '--out', pdf]);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ file: pdf });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${meeting.title}$`, 'm'));

    const again = await cli(['export', '--db', db, '--meeting', String(meeting.id), '--format', 'pdf', '--out', pdf]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan');

    const pdfa = join(dir, 'arkiv.pdf');
    const archived = await cli(['export', '--db', db, '--meeting', String(meeting.id), '--format', 'pdfa', '--out', pdfa]);
    expect(archived.code, archived.stderr).toBe(0);
    const xmp = execFileSync('pdfinfo', ['-meta', pdfa], { encoding: 'utf8' });
    expect(xmp).toMatch(/pdfaid:part=['"]2['"]/);
    expect(xmp).toMatch(/pdfaid:conformance=['"]B['"]/);
    expect(readFileSync(pdfa).subarray(0, 8).toString('latin1')).toMatch(/^%PDF-1\.[4-7]/);
  });
});
