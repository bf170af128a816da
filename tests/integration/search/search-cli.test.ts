import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCliFolderPerTest, runCli } from '../cli-support';

// `anteckna search` and `anteckna reindex`, run as a script would run them.

const folder = freshCliFolderPerTest('anteckna-search-cli-');

interface SearchOutput {
  total: number;
  tookMs: number;
  hint?: string;
  hits: { meetingId: number; itemId: number | null; date: string; body: string; meetingTitle: string; itemTitle: string; snippet: string }[];
}

async function cli(args: string[]) {
  return runCli(args, folder.env);
}

describe('anteckna search', () => {
  it('prints ranked hits as JSON with the hit marked, filtered by body short name, dates and limit', async () => {
    const db = join(folder.dir, 'anteckna.sqlite');
    expect((await cli(['demo', '--db', db])).code).toBe(0);
    const all = JSON.parse((await cli(['search', '--db', db, 'sjukvårdsavtalet'])).stdout) as SearchOutput;
    expect(all.total).toBeGreaterThan(1);
    expect(all.tookMs).toBeGreaterThanOrEqual(0);
    for (const hit of all.hits) {
      expect(Object.keys(hit).sort()).toEqual(['body', 'date', 'itemId', 'itemTitle', 'meetingId', 'meetingTitle', 'snippet']);
      expect(hit.snippet.toLowerCase()).toContain('**sjukvårdsavtalet**');
    }
    const bodies = new Set(all.hits.map((h) => h.body));
    const [one] = [...bodies];
    const only = JSON.parse((await cli(['search', '--db', db, '--body', one!.toLowerCase(), '--limit', '1', 'sjukvårdsavtalet'])).stdout) as SearchOutput;
    expect(only.hits).toHaveLength(1);
    expect(only.hits[0]!.body).toBe(one);
    const dates = all.hits.map((h) => h.date).sort();
    const late = JSON.parse((await cli(['search', '--db', db, '--from', dates.at(-1)!, 'sjukvårdsavtalet'])).stdout) as SearchOutput;
    expect(late.hits.every((h) => h.date === dates.at(-1))).toBe(true);
    const early = JSON.parse((await cli(['search', '--db', db, '--to', dates[0]!, 'sjukvårdsavtalet'])).stdout) as SearchOutput;
    expect(early.hits.every((h) => h.date === dates[0])).toBe(true);
  });

  it('answers a hostile question with a hint and explains wrong use in Swedish', async () => {
    const db = join(folder.dir, 'anteckna.sqlite');
    await cli(['demo', '--db', db]);
    const hostile = await cli(['search', '--db', db, '--', '-"NEAR(']);
    expect(hostile.code).toBe(0);
    expect(JSON.parse(hostile.stdout)).toMatchObject({ total: 0, hits: [], hint: expect.stringMatching(/^Skriv/) });
    const noWords = await cli(['search', '--db', db]);
    expect(noWords.code).toBe(2);
    expect(noWords.stderr).toContain('Ange vad du söker efter');
    const badDate = await cli(['search', '--db', db, '--from', '2026-02-30', 'avtal']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('Datumet finns inte i kalendern.');
    const unknownBody = await cli(['search', '--db', db, '--body', 'XYZ', 'avtal']);
    expect(unknownBody.stderr).toContain('Det finns inget organ med kortnamnet XYZ.');
    const badLimit = await cli(['search', '--db', db, '--limit', '0', 'avtal']);
    expect(badLimit.code).toBe(2);
  });
});

describe('anteckna reindex', () => {
  it('builds the index anew and search finds the same afterwards', async () => {
    const db = join(folder.dir, 'anteckna.sqlite');
    await cli(['demo', '--db', db]);
    const before = JSON.parse((await cli(['search', '--db', db, 'hälso'])).stdout) as SearchOutput;
    const run = await cli(['reindex', '--db', db]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ meetings: expect.any(Number), documents: expect.any(Number), tookMs: expect.any(Number) });
    const after = JSON.parse((await cli(['search', '--db', db, 'hälso'])).stdout) as SearchOutput;
    expect(after.hits.map((h) => [h.meetingId, h.itemId, h.snippet])).toEqual(before.hits.map((h) => [h.meetingId, h.itemId, h.snippet]));
  });
});
