import { describe, expect, it } from 'vitest';
import { printingAppForBlock } from './printing-app';
import { execFileSync } from 'node:child_process';
import { numberAgenda } from '../../shared/model/agenda';
import type { Body, BodySettings } from '../../shared/model/body';
import type { Meeting } from '../../shared/model/meeting';
import { normalize, readText, sofficeConvert } from './export-docx-support';

/**
 * A body that writes plain headings and no "Dagordning" heading, exported
 * through the handler table and read back as a reader sees it: the DOCX by
 * LibreOffice, the PDF by poppler (text) and qpdf (bookmarks).
 */

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function settingsOf(body: Body): BodySettings {
  const { id: _id, docxTemplateName: _t, plannedDates: _p, sides: _s, standingItems: _i, ...settings } = body;
  return settings;
}

function outlineTitles(file: string): string[] {
  type Node = { title: string; kids: Node[] };
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: Node[] };
  const out: string[] = [];
  const walk = (nodes: Node[]) => nodes.forEach((n) => (out.push(normalize(n.title)), walk(n.kids)));
  walk(json.outlines);
  return out;
}

/** The text as lines, without the page footers and the draft marker. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n|\f/)
    .map(normalize)
    .filter((l) => l !== '' && !/^Sida \d+ av \d+$/.test(l));
}

describe('export of a body with plain headings and no Dagordning heading', () => {
  let meeting: Meeting;
  const app = printingAppForBlock('anteckna-layout-', async ({ seeded, ok }) => {
    const psn = seeded.bodies.find((b) => b.shortName === 'PSN');
    const summary = seeded.meetings.find((m) => m.bodyId === psn?.id && m.status === 'approved');
    if (!psn || !summary) throw new Error('Demodatan saknar PSN:s justerade möte.');
    const body = await ok('bodies:get', { id: psn.id });
    await ok('bodies:updateSettings', { id: psn.id, settings: { ...settingsOf(body), numberedItems: false, agendaHeading: false } });
    meeting = await ok('meetings:get', { id: summary.id });
  });
  const { ok } = app;

  /** What a reader must find: the titles as headings, in order, without numbers; tasks named by their item's title. */
  function expectPlainHeadings(text: string[], what: string) {
    const entries = numberAgenda(meeting.agenda);
    // Long headings wrap in the PDF: search the text as one line.
    const all = normalize(text.join(' '));
    let at = 0;
    for (const entry of entries) {
      const found = all.indexOf(entry.item.title.trim(), at);
      expect(found, `${what}: rubriken "${entry.item.title}" i ordning`).toBeGreaterThanOrEqual(at);
      at = found;
      const numbered = entry.depth === 0 ? `${entry.label}. ${entry.item.title.trim()}` : `${entry.label} ${entry.item.title.trim()}`;
      expect(all, `${what}: utan nummer`).not.toContain(numbered);
    }
    expect(text, what).not.toContain('Dagordning');
    const item4 = entries.find((e) => e.number === '4');
    const task = meeting.tasks.find((t) => t.itemId === item4?.item.id);
    if (!item4 || !task) throw new Error('PSN saknar ett uppdrag under punkt 4.');
    // The gathered list is the last place the task stands: its line ends with the item's title.
    const listed = all.slice(all.lastIndexOf(task.what.trim()));
    expect(listed.slice(0, 300), `${what}: uppdraget i listan, med punktens rubrik`).toContain(`(${item4.item.title.trim()})`);
    expect(all, what).not.toContain('(punkt 4)');
  }

  it('DOCX, read by LibreOffice: the titles alone as headings, no "Dagordning", tasks named by title', async () => {
    const result = await ok('export:file', { meetingId: meeting.id, format: 'docx', overwrite: true });
    const [txt] = await sofficeConvert([result.path], 'txt:Text', app.dir);
    expectPlainHeadings(lines(await readText(txt!)), 'DOCX');
  }, 120_000);

  it('PDF, read by pdftotext and qpdf: the same text, and bookmarks named by the titles', async () => {
    const result = await ok('export:file', { meetingId: meeting.id, format: 'pdf', overwrite: true });
    expectPlainHeadings(lines(run('pdftotext', ['-enc', 'UTF-8', result.path, '-'])), 'PDF');
    const titles = outlineTitles(result.path).map((t) => t.replace(/\s+/g, ''));
    for (const entry of numberAgenda(meeting.agenda)) expect(titles).toContain(entry.item.title.trim().replace(/\s+/g, ''));
    expect(titles.some((t) => /^\d+\./.test(t))).toBe(false);
  }, 120_000);
});
