import fc from 'fast-check';
import { CHANNEL_NAMES, isChannelName, type ChannelName } from '../../shared/ipc/channels';
import { contract, type RequestOf } from '../../shared/ipc/contract';
import { meetingHeaderSchema } from '../../shared/model/meeting';
import { exportMeetingFile } from '../../shared/meetingfile/schema';
import { jsonShapeProblem } from '../../shared/notes/schema';
import type { TestApp } from './app-support';
import { roster, settings } from './app-support';
import { swedishReport, utf16 } from '../unit/teams-reports';

/**
 * Hostile payloads for the IPC boundary, shared by the handler-table and the
 * browser-host property tests. Every payload is built from the contract (the
 * channel list and each request schema's keys), so channels added later are
 * covered without touching this file; hand-written valid requests, where we
 * have them, make "one field wrong" mutations reach the nested fields.
 */

export type ValidSamples = { [C in ChannelName]?: RequestOf<C> };

/** Valid requests over the demo data: the starting point of the mutations. */
export async function validSamples(app: TestApp): Promise<ValidSamples> {
  const bodies = await app.ok('bodies:list', {});
  const bodyId = bodies[0]?.id ?? 1;
  const summaries = await app.ok('meetings:list', {});
  const meetingId = summaries[0]?.id ?? 1;
  const meeting = await app.ok('meetings:get', { id: meetingId });
  const itemId = meeting.agenda[0]?.id ?? 1;
  const personId = meeting.calledPersons[0]?.id ?? 1;
  const header = meetingHeaderSchema.parse(meeting);
  const body = await app.ok('bodies:get', { id: meeting.bodyId });
  return {
    'app:info': {},
    'bodies:list': {},
    'bodies:get': { id: bodyId },
    'meetings:list': { bodyId },
    'meetings:get': { id: meetingId },
    'meetings:updateHeader': { id: meetingId, header },
    'notes:save': {
      meetingId,
      itemId,
      notes: {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'Beslut fattades.', format: 1 },
                { type: 'link', url: 'https://example.se/underlag', children: [{ type: 'text', text: 'Underlag', format: 0 }] },
              ],
            },
            { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [{ type: 'text', text: 'Punkt', format: 0 }] }] },
          ],
        },
      },
      baseRevision: meeting.agenda[0]?.notesRevision ?? 0,
    },
    'notes:get': { meetingId, itemId },
    'notes:resolve': {
      meetingId,
      itemId,
      keep: 'mine',
      notes: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Min text.', format: 0 }] }] } },
    },
    'notes:copies': { meetingId, itemId },
    'bodies:create': { settings: settings() },
    'bodies:updateSettings': { id: bodyId, settings: settings() },
    'bodies:setPlannedDates': { id: bodyId, dates: [{ date: '2027-02-04', note: 'Budget' }] },
    'bodies:setStandingItems': {
      id: bodyId,
      items: [{ title: 'Mötets öppnande', children: ['närvaro'], placement: 'beforeSubjects' }],
    },
    'bodies:setDocxTemplate': { id: bodyId, fileName: 'Mall.docx', contentBase64: null },
    'roster:save': { bodyId, sides: roster() },
    'meetings:createFromBody': { bodyId, date: '2027-03-04' },
    'meetings:createFromPrevious': {
      meetingId,
      date: '2027-03-04',
      carryOver: { standingTitles: ['Mötets öppnande'], taskIds: [], called: 'roster' },
    },
    'attendance:set': {
      meetingId,
      personId,
      attendance: { status: 'present', note: '', arrivedAt: null, leftAt: null, substituteName: '', substituteRemote: false, reportedOn: null },
    },
    'attendance:undo': { meetingId },
    'attendance:history': { meetingId },
    'attendance:markUnmarkedPresent': { meetingId },
    'attendance:applyPasted': {
      meetingId,
      persons: [
        {
          name: 'Anna Berg',
          party: '(S)',
          organisation: 'Kustregionen',
          title: '',
          role: 'ledamot',
          sideName: '',
          categoryName: 'Ledamöter',
          status: 'excused',
        },
      ],
    },
    'called:add': { meetingId, kind: 'guest', itemId, name: 'Gun Gäst', title: 'utredare', organisation: 'Strandby kommun' },
    'called:remove': { meetingId, personId },
    'agenda:add': { meetingId, parentId: null, afterItemId: null, title: 'Ny punkt' },
    'agenda:update': { meetingId, itemId, patch: { title: 'Ny rubrik', minutes: 15 } },
    'agenda:move': { meetingId, itemId, parentId: null, index: 0 },
    'agenda:remove': { meetingId, itemId },
    'standpoint:save': { meetingId, itemId, standpoint: 'Nätverket ställer sig bakom förslaget.' },
    'templates:list': { bodyId },
    'templates:save': { bodyId, template: { label: 'Bakom', text: 'Ställer sig bakom.', kinds: ['information'] } },
    'templates:remove': { bodyId, templateId: 1 },
    'tasks:save': { meetingId, task: { itemId, what: 'Skicka underlag', owner: 'Eva Berg', deadline: '2027-01-15', done: false } },
    'tasks:remove': { meetingId, taskId: 1 },
    'tasks:list': { bodyId: null, owner: 'berg', status: 'open', overdueOnly: false, offset: 0, limit: 50 },
    'tasks:setDone': { taskId: 1, done: true },
    'meetings:open': { meetingId },
    'meetings:close': { meetingId },
    'review:set': { meetingId, status: 'review', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: null },
    'review:unlock': { meetingId, who: 'Eva Berg', reason: 'Fel datum i rubriken.' },
    'versions:list': { meetingId },
    'versions:get': { meetingId, version: 1 },
    'meetings:overview': {},
    'archive:year': { bodyId, year: Number(meeting.date.slice(0, 4)) },
    'export:yearLog': { bodyId, year: Number(meeting.date.slice(0, 4)), format: 'docx', overwrite: false },
    'export:preview': { meetingId },
    'export:file': { meetingId, format: 'docx', overwrite: false },
    'export:showInFolder': { path: '/tmp/Minnesanteckningar.docx' },
    'meetings:remove': { id: meetingId, confirmDate: meeting.date },
    'backups:list': {},
    'backups:create': {},
    'backups:restore': { fileName: 'anteckna-2026-11-12.sqlite' },
    'search:query': { text: 'hälso- och sjukvårdsavtalet', year: 2026, limit: 5 },
    'import:read': {
      fileName: 'Mötesanteckning 2025-03-04.txt',
      contentBase64: Buffer.from('Mötesanteckning\nDatum: 2025-03-04\n1. Mötets öppnande\n').toString('base64'),
    },
    'import:save': { file: exportMeetingFile({ ...meeting, date: '2025-03-04' }, body), bodyId },
    'teams:read': { meetingId, fileName: 'Närvarorapport.csv', contentBase64: teamsReportBase64(meeting.date) },
    'teams:apply': {
      meetingId,
      reportStart: null,
      reportEnd: null,
      matches: [{ personId: meeting.calledPersons.find((p) => !p.vacant)?.id ?? personId, firstJoin: `${meeting.date}T13:20:00`, lastLeave: null }],
      guests: [{ name: 'Lisa Nyström', organisation: 'Strandby kommun', firstJoin: `${meeting.date}T13:00:00`, lastLeave: `${meeting.date}T14:00:00` }],
    },
    'export:kallelse': { meetingId, format: 'docx', overwrite: false },
    'attachments:add': { meetingId, itemId, fileName: 'Budget 2027.pdf', contentBase64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64') },
    'attachments:remove': { meetingId, attachmentId: 1 },
    'attachments:move': { meetingId, attachmentId: 1, direction: 'up' },
    'attachments:open': { meetingId, attachmentId: 1 },
    'attachments:get': { meetingId, attachmentId: 1 },
    'export:handlingar': { meetingId, overwrite: false },
    'calendar:year': { bodyId, year: Number(meeting.date.slice(0, 4)) + 1, overwrite: false },
    'invite:write': { meetingId, cancel: false, overwrite: false },
    'meetings:cancel': { meetingId, cancelled: true },
    'archive:write': { meetingId, overwrite: false },
    'archive:issued': { meetingId },
    'archive:verify': { fileName: 'Mötesanteckning PSN.pdf', contentBase64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64') },
    'export:public': { meetingId, format: 'html', redactAll: true, overwrite: false },
    'publication:check': { meetingId },
    'spelling:context': { meetingId },
    'spelling:bodyWords': { bodyId },
    'spelling:addWord': { bodyId, word: 'Norrvikmodellen' },
    'spelling:removeWord': { bodyId, word: 'Norrvikmodellen' },
    'spelling:check': { meetingId },
    'spelling:replace': { meetingId, word: 'och', replacement: 'samt', scope: 'all' },
    'publication:decide': { meetingId, key: `${itemId}|email|anna.berg@norrvik.example`, decision: 'rewrite', replacement: 'kansliet' },
    'review:send': { meetingId, reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], dueOn: null, message: 'Hej!', overwrite: false },
    'review:sendings': { meetingId },
    'review:comments': { meetingId },
    'review:addComment': { meetingId, itemId, author: 'Tilda Ås', text: 'Stryk sista meningen i punkt 3.' },
    'review:setCommentDone': { meetingId, commentId: 1, done: true },
    'review:removeComment': { meetingId, commentId: 1 },
    'review:changes': { meetingId },
    'export:changes': { meetingId, format: 'pdf', overwrite: false },
  } as ValidSamples;
}

/** A Teams attendance report of a meeting on `date` as Teams saves it (UTF-16, tab-separated), in base64. */
function teamsReportBase64(date: string): string {
  const at = (time: string) => `${date} ${time}`;
  const text = swedishReport({ title: 'Styrgrupp', start: at('13:00:00'), end: at('15:00:00') }, [
    { name: 'Nyström Lisa (Gäst)', join: at('13:02:00'), leave: at('14:58:00') },
  ]);
  return utf16(text).toString('base64');
}

/** Whether dispatch would accept the payload (and so run the handler). */
export function isValidRequest(channel: ChannelName, payload: unknown): boolean {
  try {
    return jsonShapeProblem(payload) === null && contract[channel].request.safeParse(payload ?? {}).success;
  } catch {
    return false;
  }
}

/** An object with `key` as an own property, the way JSON.parse makes `__proto__` one. */
function withOwnKey(base: unknown, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base } : {};
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function deeplyNested(depth: number, leafIsArray: boolean): unknown {
  let node: unknown = leafIsArray ? [] : { type: 'paragraph', children: [] };
  for (let i = 0; i < depth; i++) node = leafIsArray ? [node] : { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [node] }] };
  return node;
}

/** Made once: generating them per run would only cost time. */
const HUGE_STRING = 'Å'.repeat(300_000);
const DEEP_ARRAY = deeplyNested(1_000, true);
const DEEP_LIST = deeplyNested(300, false);

const pollution = (): unknown => JSON.parse('{"__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}}}');

/** Values no field of any request should accept as they are, or only by chance. */
export function hostileValue(json: boolean): fc.Arbitrary<unknown> {
  const special: unknown[] = [
    Number.NaN, Infinity, -Infinity, -1, -0, 0, 0.5, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, -(2 ** 31),
    '', ' ', '\u0000', '1', '-1', 'NaN', '2026-13-45', '25.99', 'null', 'true',
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,<script>alert(1)</script>', 'file:///etc/passwd',
    'vbscript:msgbox(1)', '<script>window.__pwned=1</script>', '../../../../etc/passwd', '__proto__', 'constructor',
    null, true, false, [], {}, [null], { '': null },
    HUGE_STRING, DEEP_ARRAY, DEEP_LIST,
  ];
  if (!json) special.push(undefined, 10n, new Date(0), new Map([['id', 1]]), new Set([1]), new Uint8Array([1, 2]), Object.create(null));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...special) },
    { weight: 1, arbitrary: fc.constant(null).map(pollution) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()) },
    {
      weight: 3,
      arbitrary: fc.anything({
        maxDepth: 3,
        maxKeys: 5,
        withBigInt: !json,
        withDate: !json,
        withMap: !json,
        withSet: !json,
        withTypedArray: !json,
        withSparseArray: !json,
        withNullPrototype: !json,
        withBoxedValues: !json,
      }),
    },
  );
}

type Path = (string | number)[];

/** Every path into a JSON-ish value, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const out: Path[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...prefix, key];
    out.push(path, ...pathsOf(child, path));
  }
  return out;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function setAt(base: unknown, path: Path, value: unknown): unknown {
  const copy = clone(base) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function requestKeys(channel: ChannelName): string[] {
  const schema = contract[channel].request as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

/**
 * Payloads for one channel that dispatch must refuse: a valid request with one
 * key dropped, one field (at any depth) replaced by a hostile value, an extra
 * or prototype key, or something else entirely. Valid ones are filtered out,
 * so every generated payload is one the contract refuses.
 */
export function invalidPayload(channel: ChannelName, samples: ValidSamples, json: boolean): fc.Arbitrary<unknown> {
  const base: Record<string, unknown> = { ...((samples[channel] as Record<string, unknown> | undefined) ?? {}) };
  const keys = [...new Set([...requestKeys(channel), ...Object.keys(base)])];
  const paths = pathsOf(base);
  const hostile = hostileValue(json);
  const options: fc.Arbitrary<unknown>[] = [
    hostile,
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty').chain((key) =>
      hostile.map((value) => withOwnKey(base, key, value)),
    ),
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), hostile).map(([key, value]) => withOwnKey(base, key, value)),
  ];
  if (keys.length > 0) {
    options.push(fc.constantFrom(...keys).map((key) => setAt(base, [key], undefined)));
    options.push(fc.tuple(fc.constantFrom(...keys), hostile).map(([key, value]) => setAt(base, [key], value)));
  }
  if (paths.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...paths), hostile).map(([path, value]) => setAt(base, path, value)));
    options.push(fc.constantFrom(...paths).map((path) => setAt(base, path, undefined)));
  }
  const arbitrary = fc.oneof(...options).map((payload) => (json ? jsonRoundTrip(payload) : payload));
  return arbitrary.filter((payload) => !isValidRequest(channel, payload));
}

/** What the browser host's JSON.parse would hand to dispatch (undefined: an empty body). */
export function jsonRoundTrip(payload: unknown): unknown {
  const text = JSON.stringify(payload);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

export function channelAndPayload(samples: ValidSamples, json: boolean): fc.Arbitrary<{ channel: ChannelName; payload: unknown }> {
  return fc
    .constantFrom(...CHANNEL_NAMES)
    .chain((channel) => invalidPayload(channel, samples, json).map((payload) => ({ channel, payload })));
}

/** Names that are not channels: near misses, path tricks and prototype keys among random strings. */
export function unknownChannel(): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...CHANNEL_NAMES).map((c) => `${c} `),
      fc.constantFrom(...CHANNEL_NAMES).map((c) => c.toUpperCase()),
      fc.constantFrom(...CHANNEL_NAMES).map((c) => `${c}/../app:info`),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'fs:readFile', 'shell:openExternal', '', '..', '%00'),
    )
    .filter((name) => !isChannelName(name));
}

export const ENGLISH = /\b(Invalid|Expected|expected|Unrecognized|received|Required|Too (big|small)|must be)\b/;

/**
 * What no message shown to the secretary may contain: an internal field name
 * (a camelCase identifier, a dotted path such as "task.deadline", "fältet
 * "…""), zod's own wording (English, or its Swedish locale's "Ogiltig
 * inmatning: förväntat string"), type names or comparison signs.
 */
const NOT_PROSE: readonly [RegExp, string][] = [
  [/\b[a-zåäö]+[A-Z][A-Za-z0-9]*\b/, 'an internal camelCase name'],
  [/\b[a-z]+\.(?:\d+|[a-z]{3,})/i, 'a dotted path'],
  [/fältet "/, 'a quoted field name'],
  [ENGLISH, "zod's English"],
  [/Ogiltig inmatning|Ogiltig input|Ogiltigt val|Ogiltig sträng|Ogiltig\(t\)|förväntade?\b|Okända? nyck|För (stor|lite)\(t\)/, "zod's Swedish locale"],
  [/\b(string|number|boolean|bigint|object|array|undefined|null|NaN|int)\b/, 'a type name'],
  [/[<>]=?\s?\d|\|/, 'a comparison or a list of codes'],
];

/** Why a message is not Swedish prose for the secretary, or null when it is. */
export function proseProblem(message: string): string | null {
  if (!/^[A-ZÅÄÖ]/.test(message)) return `does not start with a capital letter: ${message}`;
  if (!/[.!?]\)?$/.test(message)) return `is not a finished sentence: ${message}`;
  for (const [pattern, what] of NOT_PROSE) if (pattern.test(message)) return `contains ${what}: ${message}`;
  return null;
}
