import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodySchema } from '../../shared/model/body';
import { openApp as openTestApp, settings, type TestApp } from './app-support';
import { base64, docxOnlyExporter, exportedStyles, heading1, organisationTemplate } from './export-docx-support';

/**
 * The organisation's own .docx template per body: stored through
 * `bodies:setDocxTemplate`, checked before it is kept, and used by
 * `export:file` for DOCX.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function exportDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-tpl-'));
  dirs.push(dir);
  return join(dir, 'Export');
}

/** The app with an exporter whose printer must never be used (DOCX does not print). */
function openApp(path?: string): TestApp {
  return openTestApp(undefined, path, { exporter: docxOnlyExporter(exportDir()) });
}

async function bodyAndMeeting(app: TestApp): Promise<{ bodyId: number; meetingId: number }> {
  const body = await app.ok('bodies:create', { settings: settings() });
  const { id } = await app.ok('meetings:createFromBody', { bodyId: body.id, date: '2026-12-03' });
  return { bodyId: body.id, meetingId: id };
}

describe('bodies:setDocxTemplate', () => {
  it('stores the template, exports DOCX with its styles, and removing it brings back the built-in look', async () => {
    const app = openApp();
    const { bodyId, meetingId } = await bodyAndMeeting(app);
    expect((await app.ok('bodies:get', { id: bodyId })).docxTemplateName).toBeNull();
    const builtIn = heading1(await exportedStyles(app, meetingId));
    expect(builtIn).not.toContain('Georgia');

    const template = await organisationTemplate();
    const body = await app.ok('bodies:setDocxTemplate', {
      id: bodyId,
      fileName: 'Region Norrvik mall.docx',
      contentBase64: base64(template),
    });
    expect(body.docxTemplateName).toBe('Region Norrvik mall.docx');
    expect(bodySchema.parse(body)).not.toHaveProperty('docxTemplate');
    expect(JSON.stringify(body)).not.toContain(base64(template).slice(0, 40));
    expect((await app.ok('bodies:get', { id: bodyId })).docxTemplateName).toBe('Region Norrvik mall.docx');

    const withTemplate = heading1(await exportedStyles(app, meetingId));
    expect(withTemplate).toContain('w:ascii="Georgia"');

    // Other formats are untouched by the template.
    const html = await app.ok('export:file', { meetingId, format: 'html', overwrite: true });
    expect(readFileSync(html.path, 'utf8')).not.toContain('Georgia');

    const removed = await app.ok('bodies:setDocxTemplate', { id: bodyId, fileName: 'Region Norrvik mall.docx', contentBase64: null });
    expect(removed.docxTemplateName).toBeNull();
    const row = app.db.prepare('SELECT docx_template, docx_template_name FROM bodies WHERE id = ?').get(bodyId);
    expect(row).toEqual({ docx_template: null, docx_template_name: null });
    expect(heading1(await exportedStyles(app, meetingId))).not.toContain('Georgia');
  });

  it('keeps the template per body: another body exports without it', async () => {
    const app = openApp();
    const first = await bodyAndMeeting(app);
    const second = await bodyAndMeeting(app);
    await app.ok('bodies:setDocxTemplate', { id: first.bodyId, fileName: 'mall.docx', contentBase64: base64(await organisationTemplate()) });
    expect(heading1(await exportedStyles(app, first.meetingId))).toContain('Georgia');
    expect(heading1(await exportedStyles(app, second.meetingId))).not.toContain('Georgia');
  });

  it('refuses what is not a usable .docx with a Swedish message, and stores nothing', async () => {
    const app = openApp();
    const { bodyId } = await bodyAndMeeting(app);
    const template = base64(await organisationTemplate());
    await app.ok('bodies:setDocxTemplate', { id: bodyId, fileName: 'Gammal mall.docx', contentBase64: template });
    const stored = () => app.db.prepare('SELECT docx_template AS bytes, docx_template_name AS name FROM bodies WHERE id = ?').get(bodyId);
    const before = stored();

    // A text file renamed to .docx: the reader's own message.
    const notZip = await app.fails('bodies:setDocxTemplate', {
      id: bodyId,
      fileName: 'anteckningar.docx',
      contentBase64: base64(new TextEncoder().encode('Det här är ingen Word-fil.')),
    });
    expect(notZip.code).toBe('validation');
    expect(notZip.message).toBe('Mallen kunde inte läsas. Välj ett Word-dokument (.docx eller .dotx).');
    expect(notZip.field).toBe('contentBase64');

    // Not named .docx.
    const wrongName = await app.fails('bodies:setDocxTemplate', { id: bodyId, fileName: 'mall.pdf', contentBase64: template });
    expect(wrongName.code).toBe('validation');
    expect(wrongName.message).toMatch(/\.docx/);

    // Not base64 at all.
    const garbled = await app.fails('bodies:setDocxTemplate', { id: bodyId, fileName: 'mall.docx', contentBase64: 'inte base64!' });
    expect(garbled.code).toBe('validation');

    // Too long a name.
    const long = await app.fails('bodies:setDocxTemplate', { id: bodyId, fileName: `${'a'.repeat(200)}.docx`, contentBase64: template });
    expect(long.code).toBe('validation');

    expect(stored()).toEqual(before);
    expect((await app.ok('bodies:get', { id: bodyId })).docxTemplateName).toBe('Gammal mall.docx');

    const missing = await app.fails('bodies:setDocxTemplate', { id: 9999, fileName: 'mall.docx', contentBase64: template });
    expect(missing.code).toBe('not_found');
  });
});
