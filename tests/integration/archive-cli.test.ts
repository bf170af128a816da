import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCliFolderPerTest, runCli } from './cli-support';

// `anteckna archive` and `anteckna verify`, run as the built CLI over the demo data.

const testFolder = freshCliFolderPerTest('anteckna-cli-archive-');

interface Printed {
  path: string;
  folderName: string;
  issueId: string;
  files: { kind: string; fileName: string; size: number; sha256: string }[];
}

describe('anteckna archive and verify', () => {
  it('writes the archive folder inside --out, and verify exits 0 unchanged, 3 changed, 4 unknown', async () => {
    const { dir, env } = testFolder;
    const db = join(dir, 'anteckna.sqlite');
    const demo = await runCli(['demo', '--db', db], env);
    expect(demo.code).toBe(0);
    const out = join(dir, 'Arkiv');

    const run = await runCli(['archive', '--db', db, '--meeting', '1', '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(printed.folderName).toBe('2026-10-15 Mötesanteckning PSN arkiv v1');
    expect(printed.path).toBe(join(out, printed.folderName));
    expect(readdirSync(printed.path).sort()).toEqual([
      '2026-10-15 Mötesanteckning PSN (PDF-A).pdf',
      '2026-10-15 Mötesanteckning PSN.anteckna.json',
      '2026-10-15 Mötesanteckning PSN.docx',
      'metadata.json',
    ]);
    const pdf = join(printed.path, '2026-10-15 Mötesanteckning PSN (PDF-A).pdf');
    // The hash printed is the hash of the file on disk, computed outside Anteckna.
    const sha = execFileSync('/usr/bin/python3', ['-c', 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())', pdf], {
      encoding: 'utf8',
    }).trim();
    expect(printed.files.find((f) => f.kind === 'archive-pdfa')!.sha256).toBe(sha);

    const unchanged = await runCli(['verify', '--db', db, '--file', pdf], env);
    expect(unchanged.code).toBe(0);
    expect(JSON.parse(unchanged.stdout)).toMatchObject({ status: 'unchanged', sha256: sha, file: { kind: 'archive-pdfa', summary: { version: 1, date: '2026-10-15' } } });

    const bytes = readFileSync(pdf);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    const copy = join(dir, 'kopia.pdf');
    writeFileSync(copy, bytes);
    const changed = await runCli(['verify', '--db', db, '--file', copy], env);
    expect(changed.code).toBe(3);
    expect(JSON.parse(changed.stdout)).toMatchObject({ status: 'changed', file: { issueId: printed.issueId } });

    const other = join(dir, 'annan.txt');
    writeFileSync(other, 'Inte en PDF från arkivet.');
    const unknown = await runCli(['verify', '--db', db, '--file', other], env);
    expect(unknown.code).toBe(4);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ status: 'unknown' });

    const again = await runCli(['archive', '--db', db, '--meeting', '1', '--out', out], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`anteckna: Arkivmappen finns redan i ${out}. Ange --force för att ersätta den.\n`);
    expect((await runCli(['archive', '--db', db, '--meeting', '1', '--out', out, '--force'], env)).code).toBe(0);
    expect(readdirSync(out)).toEqual(['2026-10-15 Mötesanteckning PSN arkiv v1']);

    const draft = await runCli(['archive', '--db', db, '--meeting', '2', '--out', out], env);
    expect(draft.code).toBe(1);
    expect(draft.stderr).toBe('anteckna: Mötesanteckningen är inte justerad. Markera den som justerad först.\n');
    expect(readdirSync(out)).toEqual(['2026-10-15 Mötesanteckning PSN arkiv v1']);

    const missing = await runCli(['verify', '--db', db, '--file', join(dir, 'finns-inte.pdf')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`anteckna: Filen ${join(dir, 'finns-inte.pdf')} kunde inte läsas.\n`);
  }, 180_000);
});
