import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/format/clock';
import { openApp } from './app-support';
import { freshCliFolderPerTest, runCli } from './cli-support';
import { readEmlWithAttachments } from './review-send-support';

// `anteckna send-review`: the justering e-mail draft from the command line, recorded like the app records it.

const testFolder = freshCliFolderPerTest('anteckna-cli-send-review-');

/** The demo's PSN meeting of 3 December 2026 (a draft without reviewers). */
const DRAFT_MEETING = '2';

describe('anteckna send-review', () => {
  it('needs reviewers, then writes the draft to the named ones, prints recipients and missing addresses, and records the sending', async () => {
    const db = join(testFolder.dir, 'anteckna.sqlite');
    expect((await runCli(['demo', '--db', db], testFolder.env)).code).toBe(0);
    const out = join(testFolder.dir, 'Justering.eml');

    const none = await runCli(['send-review', '--db', db, '--meeting', DRAFT_MEETING, '--out', out], testFolder.env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Mötet har inga justerare. Ange vilka med --reviewer');
    const badDate = await runCli(['send-review', '--db', db, '--meeting', DRAFT_MEETING, '--out', out, '--reviewer', 'Birgitta Sjöholm', '--due', '14/12'], testFolder.env);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Ogiltigt datum för --due: 14/12');
    expect(existsSync(out)).toBe(false);

    const due = localDate(new Date(Date.now() + 7 * 24 * 3600 * 1000));
    const run = await runCli(
      ['send-review', '--db', db, '--meeting', DRAFT_MEETING, '--out', out, '--due', due, '--reviewer', 'Birgitta Sjöholm', '--reviewer', 'Gunnel Okänd'],
      testFolder.env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { path: string; recipients: { name: string; email: string }[]; missingEmail: string[] };
    expect(printed.path).toBe(out);
    expect(printed.recipients.map((r) => r.name)).toEqual(['Birgitta Sjöholm']);
    expect(printed.missingEmail).toEqual(['Gunnel Okänd']);

    const eml = readEmlWithAttachments(out);
    expect(eml).toMatchObject({ unsent: '1', subject: 'Mötesanteckning PSN 3 december 2026 för justering', to: printed.recipients });
    expect(eml.text).toContain('Justera senast');
    expect(eml.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);

    const app = openApp(new Date(), db);
    const meeting = await app.ok('meetings:get', { id: Number(DRAFT_MEETING) });
    expect(meeting).toMatchObject({ status: 'review', reviewers: [{ name: 'Birgitta Sjöholm' }, { name: 'Gunnel Okänd' }] });
    expect(await app.ok('review:sendings', { meetingId: meeting.id })).toMatchObject([{ dueOn: due, recipients: printed.recipients }]);
    app.db.close();

    // The meeting's reviewers are the default now; an existing file needs --force.
    const again = await runCli(['send-review', '--db', db, '--meeting', DRAFT_MEETING, '--out', out], testFolder.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan');
    const forced = await runCli(['send-review', '--db', db, '--meeting', DRAFT_MEETING, '--out', out, '--force'], testFolder.env);
    expect(forced.stderr).toBe('');
    expect((JSON.parse(forced.stdout) as { recipients: unknown[] }).recipients).toEqual(printed.recipients);
  }, 120_000);

  it('refuses approved minutes with the frozen message and writes nothing', async () => {
    const db = join(testFolder.dir, 'anteckna.sqlite');
    expect((await runCli(['demo', '--db', db], testFolder.env)).code).toBe(0);
    const out = join(testFolder.dir, 'Justering.eml');
    const run = await runCli(['send-review', '--db', db, '--meeting', '1', '--out', out], testFolder.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('anteckna: Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.\n');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
