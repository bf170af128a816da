import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlingarCommand } from '../../electron/cli/commands/handlingar';
import { bodyWithRoster, openApp } from './app-support';
import { base64, pdfFile, readHandlingar, xlsxFile } from './attachments-support';

/** `anteckna handlingar`, run in-process with a kallelse printer given, as main.ts gives it. */

afterEach(() => {
  vi.restoreAllMocks();
});

describe('anteckna handlingar', () => {
  it('writes the handlingar to --out, names what it left out on stderr, and refuses to overwrite without --force', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-10' });
    const item = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: null, title: 'Budget 2027' });
    await app.ok('attachments:add', { meetingId, itemId: item.id, fileName: 'Budget 2027.pdf', contentBase64: base64(await pdfFile('Budget', 2)) });
    await app.ok('attachments:add', { meetingId, itemId: item.id, fileName: 'Utfall.xlsx', contentBase64: base64(xlsxFile()) });
    app.db.close();
    const out = join(app.path, '..', 'Handlingar.pdf');
    const stdout: string[] = [];
    const stderr: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    const kallelse = () => pdfFile('Kallelse', 1);

    const options = { db: app.path, meeting: String(meetingId), out };
    expect(await handlingarCommand(options, kallelse)).toBe(0);
    expect(readHandlingar(new Uint8Array(readFileSync(out))).pages).toBe(3);
    expect(JSON.parse(stdout.join(''))).toEqual({ file: out, skipped: [{ fileName: 'Utfall.xlsx', reason: 'Utfall.xlsx är inte en PDF och finns inte med.' }] });
    expect(stderr.join('')).toBe('anteckna: Utfall.xlsx är inte en PDF och finns inte med.\n');

    await expect(handlingarCommand(options, kallelse)).rejects.toThrow(`Filen ${out} finns redan. Ange --force för att skriva över den.`);
    expect(await handlingarCommand({ ...options, force: true }, kallelse)).toBe(0);
    await expect(handlingarCommand({ ...options, force: true }, undefined)).rejects.toThrow('Kallelsen kan inte skapas i den här versionen av programmet.');
    expect(existsSync(out)).toBe(true);
  });
});
