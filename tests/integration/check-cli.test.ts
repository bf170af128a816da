import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { check } from '../../electron/cli/commands/check';
import { openApp } from './app-support';
import { freshCliFolderPerTest, runCli } from './cli-support';
import { SEEDED_FINDINGS, seedPersonalData } from './publication-support';

/** `anteckna check`: the publication check's findings as JSON for scripts. */

afterEach(() => {
  vi.restoreAllMocks();
});

const folder = freshCliFolderPerTest('anteckna-check-cli-');

async function seededDatabase(): Promise<{ path: string; meetingId: number; items: Record<string, number> }> {
  const app = openApp();
  const { meetingId, items } = await seedPersonalData(app);
  app.db.close();
  return { path: app.path, meetingId, items };
}

describe('anteckna check', () => {
  it('prints each finding as { kind, text, itemId, context } in reading order, in-process', async () => {
    const { path, meetingId, items } = await seededDatabase();
    const stdout: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);

    expect(await check({ db: path, meeting: String(meetingId) })).toBe(0);
    const printed = JSON.parse(stdout.join('')) as Record<string, unknown>[];
    expect(printed.map((f) => ({ kind: f.kind, text: f.text, itemId: f.itemId }))).toEqual(
      SEEDED_FINDINGS.map((s) => ({ kind: s.kind, text: s.text, itemId: items[s.item] })),
    );
    for (const f of printed) expect(Object.keys(f)).toEqual(['kind', 'text', 'itemId', 'context']);
    expect(printed.find((f) => f.kind === 'email')?.context).toBe(
      'Frågor till kansliet på 070-123 45 67 eller växeln 031-12 34 56, e-post kansli.strandby@strandby.example.',
    );
  });

  it('runs from the built command line, and says in Swedish when the meeting is missing or not given', async () => {
    const { path, meetingId } = await seededDatabase();
    const done = await runCli(['check', '--db', path, '--meeting', String(meetingId)], folder.env);
    expect(done.code).toBe(0);
    expect((JSON.parse(done.stdout) as unknown[]).length).toBe(SEEDED_FINDINGS.length);

    const missing = await runCli(['check', '--db', path, '--meeting', '999'], folder.env);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: 'anteckna: Mötet finns inte.\n' });

    const wrong = await runCli(['check', '--db', join(folder.dir, 'x.sqlite')], folder.env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--meeting');

    const help = await runCli(['help'], folder.env);
    expect(help.stdout).toContain('check --meeting ID [--db FIL]');
  });
});
