import { describe, expect, it } from 'vitest';
import { renderMinutesHtml } from '../../shared/document/html';
import { publicDocument } from '../../shared/publication/check';
import { REDACTED_TEXT } from '../../shared/publication/findings';
import { knownNamesOf } from '../../shared/publication/known-names';
import { scanDocument } from '../../shared/publication/scan';
import { inlineText, segmentsOf } from '../../shared/publication/segments';
import { bold, link, notes, paragraph } from '../../shared/notes/build';
import { getBody } from '../../electron/services/storage/bodies';
import { listPublicationDecisions } from '../../electron/services/storage/publication-decisions';
import { FINDING_GONE, REWRITE_NEEDS_TEXT } from '../../electron/ipc/publication-handlers';
import { openApp, type TestApp } from './app-support';
import { NOT_PERSONAL_DATA, SEEDED_FINDINGS, seedPersonalData, type SeededMeeting } from './publication-support';

/**
 * The publication check through the handlers, as the app and the CLI call
 * it: it finds exactly the personal data seeded into fictional minutes,
 * keeps the secretary's decisions, and never changes the minutes.
 */

async function findings(app: TestApp, meetingId: number) {
  return (await app.ok('publication:check', { meetingId })).findings;
}

function keyOf(list: { key: string; text: string }[], text: string): string {
  const found = list.find((f) => f.text === text);
  if (!found) throw new Error(`Inget fynd "${text}"`);
  return found.key;
}

async function approve(app: TestApp, meetingId: number): Promise<void> {
  await app.ok('review:set', { meetingId, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-12-10' });
}

describe('the publication check', () => {
  it('finds exactly the seeded personal data, each in its item with its sentence, and nothing that only looks like it', async () => {
    const app = openApp();
    const seeded = await seedPersonalData(app);
    const found = await findings(app, seeded.meetingId);

    expect(found.map((f) => ({ kind: f.kind, text: f.text, itemId: f.itemId }))).toEqual(
      SEEDED_FINDINGS.map((s) => ({ kind: s.kind, text: s.text, itemId: seeded.items[s.item] })),
    );
    for (const f of found) {
      expect(f).toMatchObject({ count: 1, decision: null, replacement: '' });
      expect(f.context).toContain(f.text);
    }
    expect(found.find((f) => f.kind === 'health')?.context).toBe('Eva Berg är sjukskriven till och med januari.');
    expect(found.find((f) => f.kind === 'personal-identity-number')?.where).toMatch(/Samordnad individuell plan$/);
    for (const text of NOT_PERSONAL_DATA) expect(found.some((f) => f.text.includes(text) || text.includes(f.text))).toBe(false);
  });

  it('counts the same text written twice in one item as one finding', async () => {
    const app = openApp();
    const seeded = await seedPersonalData(app);
    await app.ok('notes:save', {
      meetingId: seeded.meetingId,
      itemId: seeded.items.contact,
      notes: notes(paragraph('Ring 070-123 45 67.'), paragraph('Eller ', bold('070-123 45 67'), ' på kvällen.')),
    });
    const phones = (await findings(app, seeded.meetingId)).filter((f) => f.kind === 'phone');
    expect(phones.map((f) => [f.text, f.count])).toEqual([['070-123 45 67', 2]]);
  });

  it('says so in Swedish for a meeting that does not exist', async () => {
    const app = openApp();
    expect(await app.fails('publication:check', { meetingId: 999 })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
  });
});

describe('decisions', () => {
  async function seededApp(): Promise<{ app: TestApp; seeded: SeededMeeting }> {
    const app = openApp();
    return { app, seeded: await seedPersonalData(app) };
  }

  it('records keep, remove and rewrite per finding and shows them in the check', async () => {
    const { app, seeded } = await seededApp();
    const { meetingId } = seeded;
    const before = await findings(app, meetingId);
    const phone = keyOf(before, '070-123 45 67');
    const name = keyOf(before, 'Lisa Holmgren');
    const pnr = keyOf(before, '811218-9876');

    expect(await app.ok('publication:decide', { meetingId, key: phone, decision: 'keep', replacement: 'ignoreras' })).toEqual({
      key: phone,
      decision: 'keep',
      replacement: '',
    });
    expect(await app.ok('publication:decide', { meetingId, key: name, decision: 'rewrite', replacement: '  en medarbetare ' })).toEqual({
      key: name,
      decision: 'rewrite',
      replacement: 'en medarbetare',
    });
    await app.ok('publication:decide', { meetingId, key: pnr, decision: 'remove', replacement: '' });

    const after = await findings(app, meetingId);
    expect(after.filter((f) => f.decision !== null).map((f) => [f.text, f.decision, f.replacement])).toEqual([
      ['811218-9876', 'remove', ''],
      ['070-123 45 67', 'keep', ''],
      ['Lisa Holmgren', 'rewrite', 'en medarbetare'],
    ]);

    // Taking a decision back leaves the finding undecided again.
    await app.ok('publication:decide', { meetingId, key: phone, decision: null, replacement: '' });
    expect((await findings(app, meetingId)).find((f) => f.key === phone)?.decision).toBeNull();
  });

  it('refuses a rewrite without text and a finding the minutes no longer have, in Swedish, saving nothing', async () => {
    const { app, seeded } = await seededApp();
    const { meetingId } = seeded;
    const name = keyOf(await findings(app, meetingId), 'Lisa Holmgren');

    expect(await app.fails('publication:decide', { meetingId, key: name, decision: 'rewrite', replacement: '   ' })).toEqual({
      code: 'validation',
      message: REWRITE_NEEDS_TEXT,
      field: 'replacement',
    });
    const gone = `${seeded.items.contact}|email|ingen@strandby.example`;
    expect(await app.fails('publication:decide', { meetingId, key: gone, decision: 'remove', replacement: '' })).toEqual({
      code: 'not_found',
      message: FINDING_GONE,
      field: 'key',
    });
    expect(listPublicationDecisions(app.db, meetingId).size).toBe(0);
  });

  it('keeps the decisions after an unrelated edit, and the finding keeps its key', async () => {
    const { app, seeded } = await seededApp();
    const { meetingId } = seeded;
    const key = keyOf(await findings(app, meetingId), 'kansli.strandby@strandby.example');
    await app.ok('publication:decide', { meetingId, key, decision: 'remove', replacement: '' });

    // Another item's notes and the header change; a new item is put before the seeded ones.
    await app.ok('notes:save', { meetingId, itemId: seeded.items.case, notes: notes(paragraph('Ärendet är avslutat.')) });
    const meeting = await app.ok('meetings:get', { id: meetingId });
    await app.ok('meetings:updateHeader', { id: meetingId, header: { ...meeting, place: 'Stationshuset' } });
    await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: null, title: 'Inledning' });

    const after = await findings(app, meetingId);
    expect(after.find((f) => f.key === key)).toMatchObject({ text: 'kansli.strandby@strandby.example', decision: 'remove' });
    expect(after.some((f) => f.kind === 'personal-identity-number')).toBe(false);
  });

  it('allows decisions on approved minutes, and never changes the minutes', async () => {
    const { app, seeded } = await seededApp();
    const { meetingId } = seeded;
    await approve(app, meetingId);
    const minutes = await app.ok('meetings:get', { id: meetingId });
    const history = await app.ok('attendance:history', { meetingId });

    for (const f of await findings(app, meetingId)) {
      await app.ok('publication:decide', { meetingId, key: f.key, decision: 'remove', replacement: '' });
    }
    expect((await findings(app, meetingId)).every((f) => f.decision === 'remove')).toBe(true);
    expect(await app.ok('meetings:get', { id: meetingId })).toEqual(minutes);
    expect(await app.ok('attendance:history', { meetingId })).toEqual(history);
    expect(await app.ok('versions:list', { meetingId })).toEqual([]);
  });

  it('survives a restart', async () => {
    const { app, seeded } = await seededApp();
    const key = keyOf(await findings(app, seeded.meetingId), '031-12 34 56');
    await app.ok('publication:decide', { meetingId: seeded.meetingId, key, decision: 'keep', replacement: '' });
    const again = app.reopen();
    expect((await findings(again, seeded.meetingId)).find((f) => f.key === key)?.decision).toBe('keep');
  });
});

describe('the public document', () => {
  it('replaces what is removed or undecided, rewrites and keeps as decided, and a new scan finds nothing removed', async () => {
    const app = openApp();
    const seeded = await seedPersonalData(app);
    const { meetingId } = seeded;
    const list = await findings(app, meetingId);
    await app.ok('publication:decide', { meetingId, key: keyOf(list, '031-12 34 56'), decision: 'keep', replacement: '' });
    await app.ok('publication:decide', { meetingId, key: keyOf(list, 'Lisa Holmgren'), decision: 'rewrite', replacement: 'en medarbetare' });
    await app.ok('publication:decide', { meetingId, key: keyOf(list, '811218-9876'), decision: 'remove', replacement: '' });
    await approve(app, meetingId);
    const meeting = await app.ok('meetings:get', { id: meetingId });
    const body = getBody(app.db, meeting.bodyId);
    const decisions = listPublicationDecisions(app.db, meetingId);

    const result = publicDocument(meeting, body, decisions, { redactAll: false });
    expect(result).toMatchObject({ removed: 7, undecided: 5 });
    const text = segmentsOf(result.doc).map((s) => s.text).join('\n');
    expect(text).toContain(`Ärendet gäller personen med personnummer ${REDACTED_TEXT} enligt anmälan.`);
    expect(text).toContain(`Synpunkter kom från en medarbetare på mottagningen.`);
    expect(text).toContain(`${REDACTED_TEXT} till och med januari.`);
    expect(text).toContain('växeln 031-12 34 56');
    for (const kept of NOT_PERSONAL_DATA) expect(text).toContain(kept);

    const rescanned = scanDocument(result.doc, knownNamesOf(meeting, body)).map((f) => f.text);
    expect(rescanned).toEqual(['031-12 34 56']);
    // The HTML made from it has none of the removed text, not even in a link.
    const html = renderMinutesHtml(result.doc, { forPrint: false });
    for (const s of SEEDED_FINDINGS.filter((f) => f.text !== '031-12 34 56')) expect(html).not.toContain(s.text);

    // The minutes are untouched by all this.
    expect(await app.ok('meetings:get', { id: meetingId })).toEqual(meeting);
  });

  it('finds an address that stands only in a link, and removes the link with it', async () => {
    const app = openApp();
    const { meetingId, items } = await seedPersonalData(app);
    await app.ok('notes:save', {
      meetingId,
      itemId: items.contact,
      notes: notes(paragraph('Frågor till ', link('mailto:karin.holm@strandby.example?subject=SIP', 'Karin'), ' eller ', link('https://strandby.example/sip', 'webben'), '.')),
    });
    const found = (await findings(app, meetingId)).filter((f) => f.itemId === items.contact);
    expect(found.map((f) => [f.kind, f.text, f.context])).toEqual([['email', 'karin.holm@strandby.example', 'Frågor till Karin eller webben.']]);

    const meeting = await app.ok('meetings:get', { id: meetingId });
    const result = publicDocument(meeting, getBody(app.db, meeting.bodyId), new Map(), { redactAll: false });
    const html = renderMinutesHtml(result.doc, { forPrint: false });
    expect(html).not.toContain('karin.holm');
    expect(html).toContain('href="https://strandby.example/sip"');
    expect(segmentsOf(result.doc).map((s) => s.text)).toContain(`Frågor till ${REDACTED_TEXT} eller webben.`);
  });

  it('removes every finding with redactAll, whatever was decided', async () => {
    const app = openApp();
    const seeded = await seedPersonalData(app);
    const { meetingId } = seeded;
    const list = await findings(app, meetingId);
    await app.ok('publication:decide', { meetingId, key: keyOf(list, '031-12 34 56'), decision: 'keep', replacement: '' });
    const meeting = await app.ok('meetings:get', { id: meetingId });
    const body = getBody(app.db, meeting.bodyId);
    const result = publicDocument(meeting, body, listPublicationDecisions(app.db, meetingId), { redactAll: true });
    expect(result.removed).toBe(SEEDED_FINDINGS.length);
    expect(scanDocument(result.doc, knownNamesOf(meeting, body))).toEqual([]);
    const redactedParagraphs = result.doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [inlineText(b.children)] : []));
    expect(redactedParagraphs.filter((p) => p.includes(REDACTED_TEXT)).length).toBeGreaterThanOrEqual(6);
  });
});
