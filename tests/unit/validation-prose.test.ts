import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../electron/ipc/dispatch';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { parseInput } from '../../electron/services/storage/sql';
import { safeParseSwedish } from '../../shared/format/validationMessages';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channels';
import { AppError } from '../../shared/ipc/result';
import * as attendance from '../../shared/model/attendance';
import * as domain from '../../shared/model/domain';
import * as newMeeting from '../../shared/model/new-meeting';
import * as roster from '../../shared/model/roster';
import { fieldErrors } from '../../renderer/app/validation';
import { openApp } from '../integration/app-support';
import { hostileValue, proseProblem, validSamples, type ValidSamples } from '../integration/hostile-payloads';

// Issue 15, point 3: no message the app can show may name an internal field
// ("task.deadline"), a path or zod's own words. Every schema of the domain and
// every request of the contract is walked with wrong values; each refusal must
// be a Swedish sentence.

const ROOT = resolve(__dirname, '..', '..');

type Path = (string | number)[];

/** Every path into a JSON-like value, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function replaced(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** One of each kind of wrong: missing, wrong type, empty, too long, negative, fractional, unknown choice. */
const WRONG_VALUES: unknown[] = [undefined, null, true, 'x', '', ' ', 'Å'.repeat(25_000), -1, 0, 1.5, 10 ** 9, [], {}, ['x'], '2026-13-45', '25.99', '61219-12-19'];

const noHandlers = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => expect.fail(`${c} reached`)])) as never;

async function refusalOf(channel: ChannelName, payload: unknown): Promise<string | null> {
  const result = await dispatch(noHandlers, channel, payload, { host: 'electron' });
  if (result.ok) return null;
  return result.error.message;
}

let samples: ValidSamples | null = null;
async function demoSamples(): Promise<ValidSamples> {
  if (samples) return samples;
  const app = openApp();
  seedDemo(app.db, new Date());
  samples = await validSamples(app);
  return samples;
}

describe('every validation message is Swedish prose', () => {
  it('the boundary words the first wrong field without naming it: "task.deadline" stays in `field`', async () => {
    const base = (await demoSamples())['tasks:save']!;
    const result = await dispatch(noHandlers, 'tasks:save', { ...base, task: { ...base.task, deadline: '2026-02-31' } }, { host: 'browser' });
    expect(result).toEqual({ ok: false, error: { code: 'validation', message: 'Datumet finns inte i kalendern.', field: 'task.deadline' } });
    const long = await dispatch(noHandlers, 'meetings:updateHeader', { id: 1, header: { ...(await demoSamples())['meetings:updateHeader']!.header, title: 'x'.repeat(501) } }, { host: 'browser' });
    expect(long).toEqual({ ok: false, error: { code: 'validation', message: 'Titeln får ha högst 500 tecken.', field: 'header.title' } });
  });

  it('every field of every request, given each kind of wrong value, is refused in Swedish sentences', async () => {
    const all = await demoSamples();
    let checked = 0;
    for (const channel of CHANNEL_NAMES) {
      const base = all[channel] ?? {};
      const targets: Path[] = [...pathsOf(base), ['unknownExtraKey']];
      for (const path of targets) {
        for (const value of WRONG_VALUES) {
          const message = await refusalOf(channel, replaced(base, path, value));
          if (message === null) continue;
          checked++;
          expect(proseProblem(message), `${channel} ${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`).toBeNull();
        }
      }
      for (const payload of [null, 'x', 7, [], { id: 'x' }]) {
        const message = await refusalOf(channel, payload);
        if (message !== null) expect(proseProblem(message), `${channel} ${JSON.stringify(payload)}`).toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('random payloads on every channel come back as Swedish sentences', async () => {
    const all = await demoSamples();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNEL_NAMES),
        fc.array(fc.tuple(fc.nat(), hostileValue(true)), { minLength: 1, maxLength: 3 }),
        async (channel, changes) => {
          let payload: unknown = all[channel] ?? {};
          for (const [pick, value] of changes) {
            const paths = pathsOf(payload);
            if (paths.length === 0) break;
            payload = replaced(payload, paths[pick % paths.length]!, value);
          }
          const message = await refusalOf(channel, payload);
          if (message !== null) expect(proseProblem(message), `${channel} ${JSON.stringify(payload).slice(0, 200)}`).toBeNull();
        },
      ),
      { numRuns: 800, seed: 20261215 },
    );
  });

  it('every schema of the domain model, parsed at the storage boundary, refuses in Swedish sentences (all issues, not just the first)', () => {
    const schemas = Object.entries({ ...domain, ...newMeeting, ...roster, ...attendance } as Record<string, unknown>).filter(
      (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
    );
    expect(schemas.length).toBeGreaterThan(25);
    fc.assert(
      fc.property(fc.constantFrom(...schemas), hostileValue(true), fc.array(hostileValue(true), { maxLength: 6 }), ([name, schema], whole, parts) => {
        // The whole value wrong, and an object with the schema's own keys holding wrong values.
        const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
        const keyed = shape ? Object.fromEntries(Object.keys(shape).map((key, i) => [key, parts[i % Math.max(parts.length, 1)]])) : whole;
        for (const value of [whole, keyed]) {
          const parsed = safeParseSwedish(schema, value);
          if (parsed.success) continue;
          for (const issue of parsed.error.issues) expect(proseProblem(issue.message), `${name}: ${issue.path.join('.')}`).toBeNull();
          try {
            parseInput(schema, value);
            expect.fail(`${name} accepted what it refused`);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect(proseProblem((error as AppError).message), name).toBeNull();
          }
        }
      }),
      { numRuns: 3_000, seed: 20261216 },
    );
  });

  it('the messages the forms show at their fields are the same Swedish sentences', () => {
    const header = { title: 'x'.repeat(600), subtitle: '', date: '2026-02-30', startTime: '25.00', endTime: 'sen', meetingForm: '', place: '', calledText: '', diaryNumber: '', secretaryName: 5 };
    const errors = fieldErrors(domain.meetingHeaderInputSchema, header, ['title', 'date', 'startTime', 'endTime', 'secretaryName'] as const);
    expect(errors).toEqual({
      title: 'Titeln får ha högst 500 tecken.',
      date: 'Datumet finns inte i kalendern.',
      startTime: 'Tiden ska skrivas TT.MM, till exempel 13.00.',
      endTime: 'Tiden ska skrivas TT.MM, till exempel 13.00.',
      secretaryName: 'Namnet vid anteckningarna har fel form.',
    });
  });

  it('the refusals written by hand in storage and the handlers name no internal field either', () => {
    const dirs = ['electron/services/storage', 'electron/ipc'];
    const found: string[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(join(ROOT, dir, file), 'utf8');
        for (const match of source.matchAll(/new AppError\(\s*'validation',\s*(['`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
          // Interpolations become a plain word: only the written words are judged here.
          const text = match[2]!.replace(/\$\{[^}]*\}/g, 'Något');
          found.push(text);
          expect(proseProblem(text), `${file}: ${text}`).toBeNull();
        }
      }
    }
    expect(found.length).toBeGreaterThan(10);
  });
});
