import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaVersionOf } from '../../../electron/services/storage/migrations';
import { openApp } from '../app-support';
import { base64, docxOnlyExporter, exportedStyles, heading1, organisationTemplate } from '../export-docx-support';
import { databaseAtVersion } from './support';

const NOW = '2026-10-20T08:00:00.000Z';

/** A database as version 3 of the app left it: a body and a draft meeting. */
function versionThreeFile(): string {
  return databaseAtVersion(
    3,
    `
      INSERT INTO bodies (id, name, short_name, formal_name, created_at, updated_at) VALUES
        (1, 'Styrgrupp för samverkan i Strandby', 'SGS', 'Styrgruppen SGS', '${NOW}', '${NOW}');
      INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at)
      VALUES (1, 1, 'Minnesanteckningar SGS', '2026-10-15', 'draft', '${NOW}', '${NOW}');
    `,
  );
}

describe('migration 4: the Word template columns', () => {
  it('brings a version-3 database to the current version and keeps its bodies, with no template', async () => {
    const path = versionThreeFile();
    const app = openApp(undefined, path, { exporter: docxOnlyExporter(join(dirname(path), 'Export')) });
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
