import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import { openApp } from './app-support';
import { freshCliFolderPerTest, runCli } from './cli-support';
import { SECRETARY_EMAIL, inviteApp, readEml } from './invite-support';

// `anteckna invite`: the invitation e-mail draft from the command line; --cancel cancels the meeting.

const testFolder = freshCliFolderPerTest('anteckna-cli-invite-');

describe('anteckna invite', () => {
  it('writes the draft, prints recipients and missing addresses; --cancel writes the cancellation and marks the meeting', async () => {
    const app = await inviteApp();
    await app.ok('called:add', { meetingId: app.meetingId, kind: 'invitee', itemId: null, name: 'Omar Said', title: '', organisation: '', email: '' });
    closeDatabase(app.db);
    const out = join(testFolder.dir, 'Kallelse.eml');

    const run = await runCli(['invite', '--db', app.path, '--meeting', String(app.meetingId), '--out', out], testFolder.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { file: string; recipients: { name: string }[]; missingEmail: string[] };
    expect(printed.file).toBe(out);
    expect(printed.recipients.map((r) => r.name)).toEqual(['Åsa Öberg', 'Björn Ärlig', 'Märta Lund']);
    expect(printed.missingEmail).toEqual(['Omar Said']);
    const eml = readEml(out);
    expect(eml).toMatchObject({ unsent: '1', subject: 'Kallelse: SGS 21 januari 2027', from: [{ email: SECRETARY_EMAIL }] });
    expect(eml.attachments.map((a) => a.contentType)).toEqual(['application/pdf', 'application/ics']);
    const uid = eml.calendar!.events[0]!.uid;

    const again = await runCli(['invite', '--db', app.path, '--meeting', String(app.meetingId), '--out', out], testFolder.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan');

    const cancel = await runCli(['invite', '--db', app.path, '--meeting', String(app.meetingId), '--out', out, '--cancel', '--force'], testFolder.env);
    expect(cancel.stderr).toBe('');
    const cancelled = readEml(out);
    expect(cancelled.subject).toBe('Inställt: SGS 21 januari 2027');
    expect(cancelled.calendar).toMatchObject({ method: 'CANCEL', events: [{ uid, sequence: 1, status: 'CANCELLED' }] });
    expect((await openApp(undefined, app.path).ok('meetings:get', { id: app.meetingId })).cancelledAt).not.toBeNull();
  });
});
