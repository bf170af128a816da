import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKallelseDocument } from '../../shared/document/kallelse';
import { formatPlannedTime, plannedTimes } from '../../shared/document/agenda-times';
import type { MinutesDocument } from '../../shared/document/model';
import { getBody } from '../../electron/services/storage/bodies';
import { getMeeting } from '../../electron/services/storage/meetings';
import { expectedLines, missingInOrder, normalize, readText, sofficeConvert } from './export-docx-support';
import { printingAppForBlock } from './printing-app';
import { readPdfUa } from './pdf-ua-support';

/**
 * Issue 21, point 1: the kallelse of every demo meeting, exported through
 * the handler table as the app exports it, read back by LibreOffice (Word),
 * poppler (PDF text) and pikepdf (PDF tags). One meeting has a Teams link
 * and a file attached; one is cancelled.
 */

const LINK = 'https://teams.example/l/meetup-join/19%3ameeting_kallelse';

describe('kallelse export', () => {
  let meetingIds: number[] = [];
  let linked = 0;
  let cancelled = 0;
  const app = printingAppForBlock('anteckna-kallelse-', async ({ db, seeded }) => {
    meetingIds = seeded.meetings.map((m) => m.id).sort((a, b) => a - b);
    [linked, , cancelled] = meetingIds as [number, number, number];
    db.prepare('UPDATE meetings SET meeting_link = ? WHERE id = ?').run(LINK, linked);
    db.prepare("UPDATE meetings SET cancelled_at = '2026-11-01T09:00:00.000Z' WHERE id = ?").run(cancelled);
    const item = getMeeting(db, linked).agenda.find((i) => i.parentId === null && i.minutes !== null);
    const hash = 'b'.repeat(64);
    db.prepare("INSERT INTO attachment_blobs (hash, bytes, size, media_type) VALUES (?, x'255044462d', 5, 'application/pdf')").run(hash);
    db.prepare("INSERT INTO item_attachments (meeting_id, item_id, position, file_name, hash, added_at) VALUES (?, ?, 0, 'Underlag färdplan.pdf', ?, '2026-11-01T09:00:00.000Z')").run(
      linked,
      item?.id,
      hash,
    );
  });

  const kallelseOf = (meetingId: number): MinutesDocument => {
    const meeting = getMeeting(app.db, meetingId);
    return buildKallelseDocument(meeting, getBody(app.db, meeting.bodyId));
  };

  /** "Tid: 13.10–13.50" of every item with minutes, in agenda order. */
  const clockLines = (meetingId: number): string[] => {
    const meeting = getMeeting(app.db, meetingId);
    return [...plannedTimes(meeting).byItem.values()].sort((a, b) => a.start - b.start).map((t) => `Tid: ${formatPlannedTime(t)}`);
  };

  it('as Word, from every demo meeting: LibreOffice reads the whole kallelse in order, with the agenda\'s clock times', async () => {
    expect(meetingIds.length).toBeGreaterThanOrEqual(3);
    for (const meetingId of meetingIds) {
      const doc = kallelseOf(meetingId);
      const saved = await app.ok('export:kallelse', { meetingId, format: 'docx', overwrite: false });
      expect(saved.fileName).toBe(`${doc.fileBaseName}.docx`);
      const file = join(app.dir, `kallelse-${meetingId}.docx`);
      copyFileSync(saved.path, file);
      const [txt] = await sofficeConvert([file], 'txt:Text (encoded):UTF8', app.dir);
      const text = normalize(await readText(txt as string));
      expect(missingInOrder(text, expectedLines(doc)), doc.fileBaseName).toEqual([]);
      const times = clockLines(meetingId);
      expect(times.length, doc.fileBaseName).toBeGreaterThan(3);
      for (const time of times) expect(text).toContain(time);
      expect(text).toContain('Dagordning');
    }
    expect(kallelseOf(linked).fileBaseName).toMatch(/^Kallelse PSN \d{4}-\d{2}-\d{2}$/);
    const linkedText = normalize(await readText(join(app.dir, `kallelse-${linked}.txt`)));
    expect(linkedText).toContain('Möteslänk: Länk till mötet');
    expect(linkedText).toContain('Bilaga: Underlag färdplan.pdf');
    expect(linkedText).toMatch(/Bilagor •? ?Underlag färdplan\.pdf \(punkt \d\)/);
  });

  it('as PDF: pdftotext reads it in order, tagged with lang sv-SE and the title; the link is a real link', async () => {
    const doc = kallelseOf(linked);
    const saved = await app.ok('export:kallelse', { meetingId: linked, format: 'pdf', overwrite: false });
    expect(saved.fileName).toBe(`${doc.fileBaseName}.pdf`);
    expect(readFileSync(saved.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved.path, '-'], { encoding: 'utf8' }).replace(/Sida \d+ av \d+/g, ' ');
    expect(missingInOrder(text, expectedLines(doc))).toEqual([]);
    for (const time of clockLines(linked)) expect(normalize(text)).toContain(time);

    const report = readPdfUa(saved.path);
    expect(report.lang).toBe('sv-SE');
    expect(report.marked).toBe(true);
    expect(report.infoTitle).toBe(doc.title);
    expect(report.structure?.nonStandardUnmapped).toEqual([]);
    // The title's H1, then the document's headings one level below, without gaps.
    const levels = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.level + 1] : []));
    expect(report.structure?.headings).toEqual([1, ...levels]);
    expect(report.pages.flatMap((p) => p.links).length).toBeGreaterThan(0);
    for (const page of report.pages) expect(page.untaggedMarks, `sidan ${page.page}`).toEqual([]);
  });

  it('stamps a cancelled meeting INSTÄLLT: in the file name, the PDF title and the text', async () => {
    const saved = await app.ok('export:kallelse', { meetingId: cancelled, format: 'pdf', overwrite: false });
    expect(saved.fileName).toMatch(/^INSTÄLLT Kallelse LGS-N \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readPdfUa(saved.path).infoTitle).toMatch(/^INSTÄLLT Kallelse/);
    const text = normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', saved.path, '-'], { encoding: 'utf8' }));
    expect(text).toMatch(/INSTÄLLT.*INSTÄLLT Kallelse LGS-N.*Mötet den \d+ \S+ \d{4} är inställt\./);
  });

  it('reports how far the agenda runs past the end, and asks before it replaces a file', async () => {
    const meeting = getMeeting(app.db, linked);
    app.db.prepare("UPDATE meetings SET end_time = ? WHERE id = ?").run(meeting.startTime, linked);
    try {
      const saved = await app.ok('export:kallelse', { meetingId: linked, format: 'docx', overwrite: true });
      expect(saved.overrunMinutes).toBeGreaterThan(0);
      const again = await app.call('export:kallelse', { meetingId: linked, format: 'docx', overwrite: false });
      expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', message: 'Filen finns redan. Vill du ersätta den?' });
    } finally {
      app.db.prepare('UPDATE meetings SET end_time = ? WHERE id = ?').run(meeting.endTime, linked);
    }
    const fits = await app.ok('export:kallelse', { meetingId: meetingIds[1]!, format: 'docx', overwrite: true });
    expect(fits.overrunMinutes).toBeNull();
  });
});
