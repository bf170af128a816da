import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMeetingFile } from '../../shared/meetingfile/schema';
import { sofficeConvert, normalize } from './export-docx-support';
import { printingAppForBlock } from './printing-app';

/**
 * "Arkivera" and "Kontrollera en PDF" over the demo data, with the machine's
 * Chromium, Ghostscript and qpdf; the folder read back by pikepdf, hashlib,
 * pdftotext and LibreOffice, as an archivist without Anteckna would.
 */

interface Check {
  folderEntries: string[];
  files: { name: string; checksumType: string; listed: string; actual: string; listedSize: number; actualSize: number }[];
  pdf: { pdfa: string; infoIssueId: string | null; xmpIssueId: string | null; title: string | null };
  metadata: {
    packageId: string;
    issueId: string;
    created: string;
    creator: { software: string; softwareVersion: string };
    body: { name: string; shortName: string };
    record: { title: string; date: string; diaryNumber: string; version: number; status: string; approvedOn: string; reviewers: { name: string }[] };
    files: { name: string; kind: string; role: string; mimeType: string; size: number; checksum: string; checksumType: string }[];
  };
}

const checkFolder = (folder: string): Check =>
  JSON.parse(execFileSync('/usr/bin/python3', [join(__dirname, 'archive-check.py'), folder], { encoding: 'utf8' })) as Check;

const app = printingAppForBlock('anteckna-archive-copy-', () => Promise.resolve());
const approved = () => app.seeded.meetings.find((m) => m.status === 'approved')!;
const approvedMeeting = () => app.ok('meetings:get', { id: approved().id });
const draft = () => app.seeded.meetings.find((m) => m.status === 'draft')!;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const verify = (bytes: Uint8Array, fileName = 'kopia.pdf') => app.ok('archive:verify', { fileName, contentBase64: base64(bytes) });

describe('Arkivera and Kontrollera en PDF', () => {
  let v1Pdf: Uint8Array;

  it('writes a folder with the PDF/A-2b, the DOCX, the meeting file and metadata.json whose checksums hold', async () => {
    const meeting = await approvedMeeting();
    const copy = await app.ok('archive:write', { meetingId: meeting.id });
    expect(copy.folderName).toBe('2026-10-15 Mötesanteckning PSN arkiv v1');
    expect(copy.path).toBe(join(app.exportDir, copy.folderName));
    // No temporary folder left beside it.
    expect(readdirSync(app.exportDir)).toEqual([copy.folderName]);

    const check = checkFolder(copy.path);
    expect(check.folderEntries).toEqual([
      '2026-10-15 Mötesanteckning PSN (PDF-A).pdf',
      '2026-10-15 Mötesanteckning PSN.anteckna.json',
      '2026-10-15 Mötesanteckning PSN.docx',
      'metadata.json',
    ]);
    expect(check.files).toHaveLength(3);
    for (const file of check.files) {
      expect(file.checksumType).toBe('SHA-256');
      expect(file.actual).toBe(file.listed);
      expect(file.actualSize).toBe(file.listedSize);
    }
    expect(check.metadata.files.map((f) => [f.role, f.mimeType])).toEqual([
      ['arkivexemplar PDF/A-2b', 'application/pdf'],
      ['redigerbar DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['mötesfil', 'application/json'],
    ]);

    // PDF/A-2b still after the id went in, and the id the same in the info dictionary, the XMP and metadata.json.
    expect(check.pdf.pdfa).toBe('2B');
    expect(check.pdf.infoIssueId).toBe(check.metadata.issueId);
    expect(check.pdf.xmpIssueId).toBe(check.metadata.issueId);
    expect(check.metadata.packageId).toBe(check.metadata.issueId);
    expect(check.pdf.title).toContain('Mötesanteckning');

    const { record, body, creator } = check.metadata;
    expect(body.shortName).toBe('PSN');
    expect(record).toMatchObject({ date: '2026-10-15', version: 1, status: 'approved', approvedOn: meeting.approvedOn, diaryNumber: meeting.diaryNumber });
    expect(record.reviewers.map((r) => r.name)).toEqual(meeting.reviewers.map((r) => r.name));
    expect(record.reviewers.length).toBeGreaterThan(0);
    expect(creator).toEqual({ software: 'Anteckna', softwareVersion: '0.0.0-test' });

    // The recorded files are the ones on disk, all under one issue id.
    expect(copy.files.map((f) => f.kind)).toEqual(['archive-pdfa', 'archive-docx', 'archive-meeting-file', 'archive-metadata']);
    expect(new Set(copy.files.map((f) => f.issueId))).toEqual(new Set([check.metadata.issueId]));
    expect(copy.files[0]!.sha256).toBe(check.files[0]!.actual);

    const pdfPath = join(copy.path, check.files[0]!.name);
    v1Pdf = new Uint8Array(readFileSync(pdfPath));
    // qpdf finds the file's structure sound after the id went in (it exits non-zero otherwise).
    expect(execFileSync('qpdf', ['--check', pdfPath], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const text = normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Mötesanteckning PSN');
    expect(text).toContain('Datum: 15 oktober 2026');
    expect(text).toContain(`Diarienummer: ${meeting.diaryNumber}`);
    // Every letter is its own character in the text: no ligature turned into a stray one by Ghostscript.
    expect(text).toContain(body.name);
    expect(text).toContain('presentation');
    expect(text).not.toMatch(/[\u3400-\u9fff]/);

    const [docxText] = await sofficeConvert([join(copy.path, check.files[1]!.name)], 'txt:Text (encoded):UTF8', app.dir);
    expect(normalize(readFileSync(docxText!, 'utf8'))).toContain(body.name);

    const parsed = checkMeetingFile(JSON.parse(readFileSync(join(copy.path, check.files[2]!.name), 'utf8')));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.meeting.date).toBe('2026-10-15');
  }, 120_000);

  it('refuses to replace an existing archive folder without overwrite, and changes nothing', async () => {
    const folder = join(app.exportDir, '2026-10-15 Mötesanteckning PSN arkiv v1');
    const before = readFileSync(join(folder, 'metadata.json'), 'utf8');
    const result = await app.call('archive:write', { meetingId: approved().id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', field: 'overwrite', message: 'Arkivmappen finns redan. Vill du ersätta den?' });
    expect(readFileSync(join(folder, 'metadata.json'), 'utf8')).toBe(before);
    expect(readdirSync(app.exportDir)).toEqual(['2026-10-15 Mötesanteckning PSN arkiv v1']);
  });

  it('refuses minutes that are not approved, and writes nothing', async () => {
    const result = await app.call('archive:write', { meetingId: draft().id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', message: 'Mötesanteckningen är inte justerad. Markera den som justerad först.' });
    expect(readdirSync(app.exportDir)).toEqual(['2026-10-15 Mötesanteckning PSN arkiv v1']);
    expect(await app.ok('archive:issued', { meetingId: draft().id })).toEqual([]);
  });

  it('tells the archived PDF unchanged, a copy with one byte changed changed, and anything else unknown', async () => {
    const meeting = await approvedMeeting();
    const same = await verify(v1Pdf);
    expect(same.status).toBe('unchanged');
    if (same.status === 'unchanged') {
      expect(same.file).toMatchObject({ kind: 'archive-pdfa', meetingId: approved().id });
      expect(same.file.summary).toMatchObject({ bodyShortName: 'PSN', date: '2026-10-15', version: 1, approvedOn: meeting.approvedOn });
    }

    const changedCopy = new Uint8Array(v1Pdf);
    const middle = Math.floor(changedCopy.length / 2);
    changedCopy[middle] = changedCopy[middle]! ^ 0x01;
    const changed = await verify(changedCopy);
    expect(changed.status).toBe('changed');
    if (changed.status === 'changed' && same.status === 'unchanged') {
      expect(changed.file.id).toBe(same.file.id);
      expect(changed.sha256).not.toBe(same.sha256);
    }

    const other = await app.ok('export:file', { meetingId: approved().id, format: 'pdf', overwrite: false });
    expect((await verify(new Uint8Array(readFileSync(other.path)))).status).toBe('unknown');
    expect((await verify(new TextEncoder().encode('Det här är ingen PDF.'), 'anteckning.txt')).status).toBe('unknown');
    expect((await verify(new TextEncoder().encode('%PDF-1.7\n1 0 obj trasig\n%%EOF\n'))).status).toBe('unknown');
    // Cut short, it still names the archive copy it was: changed, not unknown.
    const cut = await verify(v1Pdf.subarray(0, Math.floor(v1Pdf.length / 3)));
    expect(cut.status === 'changed' && cut.file.kind).toBe('archive-pdfa');
  }, 60_000);

  it('archives the next approved version as version 2, and tells version 1 and 2 apart', async () => {
    const meeting = await approvedMeeting();
    await app.ok('review:unlock', { meetingId: meeting.id, who: 'Sekreteraren', reason: 'Fel datum i punkt 3.' });
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: meeting.reviewers, approvedOn: '2026-12-07' });
    const copy = await app.ok('archive:write', { meetingId: meeting.id });
    expect(copy.folderName).toBe('2026-10-15 Mötesanteckning PSN arkiv v2');
    expect(existsSync(join(app.exportDir, '2026-10-15 Mötesanteckning PSN arkiv v1'))).toBe(true);
    expect(checkFolder(copy.path).files.every((f) => f.actual === f.listed)).toBe(true);

    const v2Pdf = new Uint8Array(readFileSync(join(copy.path, '2026-10-15 Mötesanteckning PSN (PDF-A).pdf')));
    const first = await verify(v1Pdf);
    const second = await verify(v2Pdf);
    expect(first.status === 'unchanged' && first.file.summary.version).toBe(1);
    expect(second.status === 'unchanged' && second.file.summary).toMatchObject({ version: 2, approvedOn: '2026-12-07' });

    const issued = await app.ok('archive:issued', { meetingId: meeting.id });
    const pdfs = issued.filter((f) => f.kind === 'archive-pdfa');
    expect(pdfs.map((f) => f.summary.version)).toEqual([2, 1]);
    expect(pdfs.map((f) => f.path)).toEqual([
      join(app.exportDir, '2026-10-15 Mötesanteckning PSN arkiv v2', '2026-10-15 Mötesanteckning PSN (PDF-A).pdf'),
      join(app.exportDir, '2026-10-15 Mötesanteckning PSN arkiv v1', '2026-10-15 Mötesanteckning PSN (PDF-A).pdf'),
    ]);
    writeFileSync(join(app.dir, 'v2.pdf'), v2Pdf);
  }, 120_000);
});
