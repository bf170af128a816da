import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { meetingFileSchema } from '../../shared/meetingfile/schema';
import { setDocxTemplate } from '../../electron/services/storage/bodies';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { getMeeting } from '../../electron/services/storage/meetings';
import { organisationTemplate, zipParts } from './export-docx-support';
import { freshCliFolderPerTest, runCli, type Run } from './cli-support';

// `anteckna export` and `anteckna import`, run as a user would run them.


const testFolder = freshCliFolderPerTest('anteckna-cli-export-');
let db: string;

function cli(args: string[]): Promise<Run> {
  return runCli(args, testFolder.env);
}

function hash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

beforeEach(async () => {
  db = join(testFolder.dir, 'anteckna.sqlite');
  const demo = await cli(['demo', '--db', db]);
  expect(demo.code).toBe(0);
});

describe('anteckna export', () => {
  it('refuses to write over the database, its side files, a link to it or a backup, even with --force', async () => {
    const backup = await cli(['backup', '--db', db]);
    expect(backup.code).toBe(0);
    const backupFile = (JSON.parse(backup.stdout) as { file: string }).file;
    const link = join(testFolder.dir, 'länk.sqlite');
    symlinkSync(db, link);
    const before = [hash(db), hash(backupFile)];
    for (const out of [db, `${db}-wal`, `${db}-shm`, `${db}.lock`, link, backupFile]) {
      const run = await cli(['export', '--db', db, '--meeting', '1', '--format', 'html', '--out', out, '--force']);
      expect(run.code, out).toBe(1);
      expect(run.stderr, out).toContain('är Antecknas egen databas eller en av dess säkerhetskopior och kan inte skrivas över');
    }
    // A backup over the database itself is refused the same way; a new backup file is fine.
    const overDb = await cli(['backup', '--db', db, '--out', db, '--force']);
    expect(overDb.code).toBe(1);
    expect(overDb.stderr).toContain('kan inte skrivas över');
    expect([hash(db), hash(backupFile)]).toEqual(before);
    expect((await cli(['list', '--db', db])).code).toBe(0);
  });

  it('writes the minutes as HTML and prints the file as JSON', async () => {
    const out = join(testFolder.dir, '2026-10-15 Mötesanteckning PSN.html');
    const run = await cli(['export', '--db', db, '--meeting', '1', '--format', 'html', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: out });
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv-SE">/);
    expect(html).toContain('<title>Mötesanteckning PSN</title>');
    expect(html).toContain('Föredragande: Amra Begić, KFN och Nora Lind, RN.');
    // Nothing left behind but the file.
    expect(readdirSync(testFolder.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes the meeting file as JSON that the schema accepts', async () => {
    const out = join(testFolder.dir, 'möte.json');
    const run = await cli(['export', '--db', db, '--meeting', '3', '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    const file = meetingFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.body.shortName).toBe('LGS-N');
    expect(file.meeting.status).toBe('review');
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const out = join(testFolder.dir, 'finns.html');
    writeFileSync(out, 'gammalt');
    const refused = await cli(['export', '--db', db, '--meeting', '1', '--format', 'html', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('finns redan');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('gammalt');
    const forced = await cli(['export', '--db', db, '--meeting', '1', '--format', 'html', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<html lang="sv-SE">');
  });

  it('says so in Swedish, without a partial file, when the folder is not writable', async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere
    const locked = join(testFolder.dir, 'låst');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const out = join(locked, 'ut.html');
    const run = await cli(['export', '--db', db, '--meeting', '1', '--format', 'html', '--out', out]);
    chmodSync(locked, 0o755);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Det går inte att skriva i mappen');
    expect(readdirSync(locked)).toEqual([]);
  });

  it("takes the styles of the organisation's own template with --template (DOCX only)", async () => {
    const template = join(testFolder.dir, 'mall.docx');
    writeFileSync(template, await organisationTemplate());
    const out = join(testFolder.dir, 'med-mall.docx');
    const run = await cli(['export', '--db', db, '--meeting', '2', '--format', 'docx', '--out', out, '--template', template]);
    expect(run.code, run.stderr).toBe(0);
    const styles = zipParts(readFileSync(out))['word/styles.xml'] ?? '';
    expect(styles).toMatch(/w:styleId="Heading1".*?w:ascii="Georgia"/s);

    const pdf = await cli(['export', '--db', db, '--meeting', '2', '--format', 'pdf', '--out', join(testFolder.dir, 'x.pdf'), '--template', template]);
    expect(pdf.code).not.toBe(0);
    expect(pdf.stderr).toContain('--template gäller bara formatet docx.');
    expect(existsSync(join(testFolder.dir, 'x.pdf'))).toBe(false);
  });

  it("uses the body's stored Word template when no --template is given", async () => {
    const store = openDatabase(db);
    try {
      const bodyId = getMeeting(store, 2).bodyId;
      setDocxTemplate(
        store,
        bodyId,
        { name: 'Kommunförbundets mall.docx', bytes: await organisationTemplate() },
        new Date().toISOString(),
      );
    } finally {
      closeDatabase(store);
    }
    const out = join(testFolder.dir, 'organets-mall.docx');
    const run = await cli(['export', '--db', db, '--meeting', '2', '--format', 'docx', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(zipParts(readFileSync(out))['word/styles.xml'] ?? '').toMatch(/w:styleId="Heading1".*?w:ascii="Georgia"/s);
  });

  it('explains wrong use in Swedish', async () => {
    const unknown = await cli(['export', '--db', db, '--meeting', '1', '--format', 'odt', '--out', join(testFolder.dir, 'x')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Okänt format: odt\. Välj ett av .*html, json/);
    const noMeeting = await cli(['export', '--db', db, '--format', 'html', '--out', join(testFolder.dir, 'x')]);
    expect(noMeeting.code).toBe(2);
    expect(noMeeting.stderr).toContain('Ange --meeting');
    const missing = await cli(['export', '--db', db, '--meeting', '99', '--format', 'html', '--out', join(testFolder.dir, 'x')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Mötet finns inte.');
    expect(existsSync(join(testFolder.dir, 'x'))).toBe(false);
  });
});

describe('anteckna import', () => {
  it('imports an exported meeting file as a new meeting', async () => {
    const file = join(testFolder.dir, 'möte.json');
    expect((await cli(['export', '--db', db, '--meeting', '2', '--format', 'json', '--out', file])).code).toBe(0);
    const run = await cli(['import', '--db', db, '--file', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The body of the same name and short name (the demo's first) takes the meeting; no second body is made.
    expect(JSON.parse(run.stdout)).toEqual({ meetingId: 4, bodyId: 1 });
    const list = JSON.parse((await cli(['list', '--db', db])).stdout) as { meetings: { id: number; title: string }[] };
    expect(list.meetings.find((m) => m.id === 4)?.title).toBe(list.meetings.find((m) => m.id === 2)?.title);
  });

  it('converts Markdown notes in the built CLI (Lexical bundled)', async () => {
    const file = join(testFolder.dir, 'möte.json');
    expect((await cli(['export', '--db', db, '--meeting', '2', '--format', 'json', '--out', file])).code).toBe(0);
    const content = JSON.parse(readFileSync(file, 'utf8')) as { meeting: { agenda: Record<string, unknown>[] } };
    const first = content.meeting.agenda[0] as Record<string, unknown>;
    first.notes = null;
    first.notesMarkdown = '## Inspel\n\n- ett\n- **två**\n\n[Länk](https://exempel.se)';
    writeFileSync(file, JSON.stringify(content));
    const run = await cli(['import', '--db', db, '--file', file]);
    expect(run.stderr).toBe('');
    const { meetingId } = JSON.parse(run.stdout) as { meetingId: number };
    const out = join(testFolder.dir, 'importerad.html');
    expect((await cli(['export', '--db', db, '--meeting', String(meetingId), '--format', 'html', '--out', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    // The notes' heading is a real heading one level below its item (an h2).
    expect(html).toContain('<h3>Inspel</h3>\n<ul><li>ett</li><li><strong>två</strong></li></ul>\n<p><a href="https://exempel.se">Länk</a></p>');
  });

  it('refuses a file that does not match the schema, names the field, and leaves the database unchanged', async () => {
    const file = join(testFolder.dir, 'möte.json');
    expect((await cli(['export', '--db', db, '--meeting', '1', '--format', 'json', '--out', file])).code).toBe(0);
    const content = JSON.parse(readFileSync(file, 'utf8')) as { meeting: { agenda: { kind: string }[] } };
    (content.meeting.agenda[2] as { kind: string }).kind = 'omröstning';
    writeFileSync(file, JSON.stringify(content));
    const before = hash(db);
    const run = await cli(['import', '--db', db, '--file', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Mötesfilen är ogiltig: fältet "meeting.agenda.2.kind"');
    expect(run.stdout).toBe('');
    expect(hash(db)).toBe(before);

    writeFileSync(file, '{ inte json');
    const notJson = await cli(['import', '--db', db, '--file', file]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('Filen är inte giltig JSON');
    expect(hash(db)).toBe(before);

    const missing = await cli(['import', '--db', db, '--file', join(testFolder.dir, 'finns-inte.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('finns inte');
  });
});
