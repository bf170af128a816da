import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { MIGRATIONS, SCHEMA_VERSION, applyMigrations, schemaVersionOf } from '../../electron/services/storage/migrations';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { bodySchema } from '../../shared/model/domain';
import { settings } from './app-support';
import { organisationTemplate, zipParts } from './export-docx-support';

/**
 * The organisation's own .docx template per body: stored through
 * `bodies:setDocxTemplate`, checked before it is kept, and used by
 * `export:file` for DOCX.
 */

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) closeDatabase(db);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-tpl-'));
  dirs.push(dir);
  return dir;
}

/** The handler table with an exporter whose printer must never be used (DOCX does not print). */
function openApp(path = join(tempDir(), 'anteckna.sqlite')) {
  const db = openDatabase(path);
  dbs.push(db);
  const exportDir = join(tempDir(), 'Export');
  const handlers = createHandlers({
    db,
    databasePath: path,
    version: '0.0.0-test',
    clock: () => new Date(2026, 10, 12, 13, 0),
    exporter: {
      printPdf: () => Promise.reject(new Error('DOCX ska inte skrivas ut')),
      exportDir,
      showInFolder: () => false,
    },
  });
  const call = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    dispatch(handlers, channel, request, { host: 'cli' }, {
      validateResponses: true,
      onInternalError: (_channel, error) => {
        throw error;
      },
    }) as Promise<IpcResult<ResponseOf<C>>>;
  return {
    db,
    exportDir,
    async ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const result = await call(channel, request);
      if (!result.ok) expect.fail(`${channel} misslyckades: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async fails<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcError> {
      const result = await call(channel, request);
      if (result.ok) expect.fail(`${channel} skulle ha nekats men lyckades`);
      return result.error;
    },
  };
}

type App = ReturnType<typeof openApp>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function bodyAndMeeting(app: App): Promise<{ bodyId: number; meetingId: number }> {
  const body = await app.ok('bodies:create', { settings: settings() });
  const { id } = await app.ok('meetings:createFromBody', { bodyId: body.id, date: '2026-12-03' });
  return { bodyId: body.id, meetingId: id };
}

async function exportedStyles(app: App, meetingId: number): Promise<string> {
  const result = await app.ok('export:file', { meetingId, format: 'docx', overwrite: true });
  const styles = zipParts(new Uint8Array(readFileSync(result.path)))['word/styles.xml'];
  expect(styles).toBeDefined();
  return styles!;
}

/** The w:style element of Heading1 in a styles.xml. */
function heading1(stylesXml: string): string {
  const match = /<w:style\b[^>]*w:styleId="Heading1"[^>]*>[\s\S]*?<\/w:style>/.exec(stylesXml);
  expect(match, 'Heading1 finns i styles.xml').not.toBeNull();
  return match![0];
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

describe('migration 4: the Word template columns', () => {
  it('brings a version-3 database to the current version and keeps its bodies, with no template', async () => {
    const path = join(tempDir(), 'anteckna.sqlite');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    applyMigrations(raw, MIGRATIONS.slice(0, 3));
    expect(schemaVersionOf(raw)).toBe(3);
    const now = '2026-10-20T08:00:00.000Z';
    raw.exec(`
      INSERT INTO bodies (id, name, short_name, formal_name, created_at, updated_at) VALUES
        (1, 'Styrgrupp för samverkan i Strandby', 'SGS', 'Styrgruppen SGS', '${now}', '${now}');
      INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at)
      VALUES (1, 1, 'Minnesanteckningar SGS', '2026-10-15', 'draft', '${now}', '${now}');
    `);
    raw.close();

    const app = openApp(path);
    expect(schemaVersionOf(app.db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    const body = await app.ok('bodies:get', { id: 1 });
    expect(body).toMatchObject({ name: 'Styrgrupp för samverkan i Strandby', shortName: 'SGS', docxTemplateName: null });
    expect((await app.ok('meetings:get', { id: 1 })).title).toBe('Minnesanteckningar SGS');
    // The migrated body takes a template like any other.
    const saved = await app.ok('bodies:setDocxTemplate', { id: 1, fileName: 'mall.docx', contentBase64: base64(await organisationTemplate()) });
    expect(saved.docxTemplateName).toBe('mall.docx');
    expect(heading1(await exportedStyles(app, 1))).toContain('Georgia');
  });
});
