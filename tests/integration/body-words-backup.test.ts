import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/services/storage/backup-files';
import { listBodyWords } from '../../electron/services/storage/body-words';
import { openDatabase } from '../../electron/services/storage/database';
import { settings } from './app-support';
import { minutes, openBackupApp, tempDir, track } from './backup-support';

// Issue 23: the body's word list ("Ordlista") is part of the data a backup keeps.

const START = new Date(2026, 11, 7, 8, 0, 0);

describe("the body's word list in backups", () => {
  it('is in a backup, comes back with a restore, and what was added after it is in the safety backup', async () => {
    const app = await openBackupApp(join(tempDir(), 'anteckna.sqlite'), START);
    const body = await app.ok('bodies:create', { settings: settings({ name: 'Samverkansgrupp Ekby', shortName: 'SGE' }) });
    await app.ok('spelling:addWord', { bodyId: body.id, word: 'Norrvikmodellen' });
    await app.ok('spelling:addWord', { bodyId: body.id, word: 'Ärlaprojektet' });

    app.now.value = minutes(START, 5);
    const backup = await app.ok('backups:create', {});
    const backupPath = listBackups(app.path).find((b) => b.fileName === backup.fileName)?.path ?? '';
    // The copy opened as the app's own database has the words.
    expect(listBodyWords(track(openDatabase(backupPath)), body.id)).toEqual(['Norrvikmodellen', 'Ärlaprojektet']);

    // After the backup: one word taken off, one added.
    await app.ok('spelling:removeWord', { bodyId: body.id, word: 'Norrvikmodellen' });
    await app.ok('spelling:addWord', { bodyId: body.id, word: 'Brännviksgården' });
    expect((await app.ok('spelling:bodyWords', { bodyId: body.id })).words).toEqual(['Brännviksgården', 'Ärlaprojektet']);

    app.now.value = minutes(START, 10);
    const outcome = await app.ok('backups:restore', { fileName: backup.fileName });
    expect((await app.ok('spelling:bodyWords', { bodyId: body.id })).words).toEqual(['Norrvikmodellen', 'Ärlaprojektet']);
    // The list keeps working on the restored data.
    await app.ok('spelling:addWord', { bodyId: body.id, word: 'Lövsundsnätverket' });
    expect((await app.ok('spelling:bodyWords', { bodyId: body.id })).words).toEqual(['Lövsundsnätverket', 'Norrvikmodellen', 'Ärlaprojektet']);

    const safetyPath = listBackups(app.path).find((b) => b.fileName === outcome.safety.fileName)?.path ?? '';
    expect(listBodyWords(track(openDatabase(safetyPath)), body.id)).toEqual(['Brännviksgården', 'Ärlaprojektet']);
  });
});
