import { afterEach, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { createHandlers, type HandlerDeps } from '../../electron/ipc/handlers';
import { dispatch, type Handlers } from '../../electron/ipc/dispatch';
import type { ChannelName } from '../../shared/ipc/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { numberAgenda } from '../../shared/model/agenda';
import type { AgendaItem } from '../../shared/model/agenda-item';
import { NEW_BODY_SETTINGS, type BodySettings } from '../../shared/model/body';
import type { NewMember } from '../../shared/model/new-meeting';
import type { RosterSideInput } from '../../shared/model/roster';
import { person, vacantSeat } from '../../electron/services/demo/helpers';

/**
 * The app as every host sees it: the handler table behind `dispatch`, over a
 * real SQLite file in a temporary folder, with a clock the test can set.
 */

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) closeDatabase(db);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface TestApp {
  db: Db;
  path: string;
  /** The moment handlers see as "now"; change it between calls. */
  now: { value: Date };
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Calls and expects success; returns the value. */
  ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Calls and expects a refusal; returns the error. */
  fails<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcError>;
  /** Closes the database and opens the same file again (what a restart does). */
  reopen(): TestApp;
}

/** `exporter`: the host's printing and export folder, for tests that write files. */
export function openApp(
  now: Date = new Date(2026, 10, 12, 13, 0),
  existing?: string,
  { exporter, kallelsePdf }: Pick<HandlerDeps, 'exporter' | 'kallelsePdf'> = {},
): TestApp {
  let path = existing;
  if (path === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'anteckna-app-'));
    dirs.push(dir);
    path = join(dir, 'anteckna.sqlite');
  }
  const db = openDatabase(path);
  dbs.push(db);
  const clock = { value: now };
  const handlers = createHandlers({
    db,
    databasePath: path,
    version: '0.0.0-test',
    clock: () => clock.value,
    ...(exporter ? { exporter } : {}),
    ...(kallelsePdf ? { kallelsePdf } : {}),
  });
  const dbPath = path;

  const app: TestApp = {
    db,
    path,
    now: clock,
    ...callsInto(handlers, 'cli'),
    reopen() {
      closeDatabase(db);
      return openApp(clock.value, dbPath, { ...(exporter ? { exporter } : {}), ...(kallelsePdf ? { kallelsePdf } : {}) });
    },
  };
  return app;
}

export function settings(overrides: Partial<BodySettings> = {}): BodySettings {
  return {
    ...NEW_BODY_SETTINGS,
    name: 'Styrgrupp för samverkan i Strandby',
    shortName: 'SGS',
    formalName: 'Styrgruppen SGS',
    documentTitle: 'Minnesanteckningar SGS',
    defaultPlace: 'Rådhuset, Strandby',
    defaultMeetingForm: 'Hybrid, Teams och Rådhuset',
    defaultStartTime: '13.00',
    defaultEndTime: '15.00',
    ...overrides,
  };
}

/** A side of a roster: its categories by name, in order, each with its members. */
export function rosterSide(name: string, categories: Record<string, NewMember[]>): RosterSideInput {
  return { name, categories: Object.entries(categories).map(([category, members]) => ({ name: category, members })) };
}

/** A small fictional roster: two sides, three categories, a vacant seat. */
export function roster(): RosterSideInput[] {
  return [
    rosterSide('Region', {
      Regionpolitiker: [
        person('Tilda Ås', { party: '(C)', title: 'ordförande HSN', role: 'ordforande' }),
        person('Karl Öst', { party: '(M)', title: 'vice ordförande HSN', role: 'vice_ordforande' }),
      ],
      Kommunikation: [vacantSeat()],
    }),
    rosterSide('Kommun', {
      Tjänstepersoner: [
        person('Ove Ek', { organisation: 'Strandby kommun', title: 'socialchef' }),
        person('Eva Berg', { organisation: 'Strandby kommun', title: 'utredare', role: 'sekreterare' }),
      ],
    }),
  ];
}

/** The agenda as printed: "1 Mötets öppnande", "a) närvaro/presentation" … */
export function printedAgenda(agenda: readonly AgendaItem[]): string[] {
  return numberAgenda(agenda).map((n) => `${n.label} ${n.item.title}`);
}

/** The printed agenda of a new meeting of a body with the default standing items (no summary). */
export const NEW_MEETING_AGENDA: readonly string[] = [
  '1 Mötets öppnande',
  'a) närvaro/presentation',
  'b) övriga frågor anmäls',
  '2 Godkännande av dagens agenda',
  '3 Föregående mötesanteckning',
  '4 Övriga frågor',
];

/** A body with settings, the roster above and planned dates; returns its id. */
export async function bodyWithRoster(app: TestApp, overrides: Partial<BodySettings> = {}, dates: string[] = []): Promise<number> {
  const body = await app.ok('bodies:create', { settings: settings(overrides) });
  await app.ok('roster:save', { bodyId: body.id, sides: roster() });
  if (dates.length > 0) await app.ok('bodies:setPlannedDates', { id: body.id, dates: dates.map((date) => ({ date, note: '' })) });
  return body.id;
}

/** A refusal as the user meets it: the Swedish message shown at the field it belongs to. */
export function refusedAt(field: string, message: string): IpcError {
  return { code: 'validation', message, field };
}

/** `call`, `ok` and `fails` through `dispatch` as `host` calls it; an internal error fails the test. */
export function callsInto(handlers: Handlers, host: 'cli' | 'browser'): Pick<TestApp, 'call' | 'ok' | 'fails'> {
  const call: TestApp['call'] = (channel, request) =>
    dispatch(handlers, channel, request, { host }, {
      validateResponses: true,
      onInternalError: (_channel, error) => {
        throw error;
      },
    }) as never;
  return {
    call,
    async ok(channel, request) {
      const result = await call(channel, request);
      if (!result.ok) expect.fail(`${channel} misslyckades: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async fails(channel, request) {
      const result = await call(channel, request);
      if (result.ok) expect.fail(`${channel} skulle ha nekats men lyckades`);
      return result.error;
    },
  };
}
