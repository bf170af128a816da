import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { renderMinutesDocx } from '../../electron/services/export/docx';
import { MAX_TEMPLATE_PART_BYTES, readTemplate } from '../../electron/services/export/docx-template';
import { buildMinutesDocument } from '../../shared/document/build';
import { importMeetingFile } from '../../electron/services/meetingfile/import';
import { getBody } from '../../electron/services/storage/bodies';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { getMeeting, listMeetings } from '../../electron/services/storage/meetings';
import { AppError } from '../../shared/ipc/result';
import { MEETING_FILE_MAX_BYTES, MEETING_FILE_MAX_DEPTH, exportMeetingFile } from '../../shared/meetingfile/schema';
import { openApp, refusedAt } from './app-support';
import { organisationTemplate } from './export-docx-support';
import { isValidRequest } from './hostile-payloads';

// Point 6 of "Trust", the files: broken and hostile .docx templates and
// meeting files, through every way in (the channel the settings page uses,
// the readers themselves, and the CLI). Each is refused with a Swedish
// message that names the problem, and the database stays byte for byte the
// same. Big files are made at test time in a temporary folder.

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'electron', 'cli.cjs');

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-hostile-files-'));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fileDigest(path: string): string {
  const hash = createHash('sha256').update(readFileSync(path));
  if (existsSync(`${path}-wal`)) hash.update(readFileSync(`${path}-wal`));
  return hash.digest('hex');
}

// --- Building hostile zips by hand -----------------------------------------

/** Deflate bits, least significant first; Huffman codes go in most significant bit first. */
class BitWriter {
  private bytes: Uint8Array;
  private length = 0;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  value(v: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((v >> i) & 1);
  }
  code(c: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.push((c >> i) & 1);
  }
  private push(b: number): void {
    if (b) this.bytes[this.length] = (this.bytes[this.length] ?? 0) | (1 << this.bit);
    if (++this.bit === 8) {
      this.bit = 0;
      this.length++;
    }
  }
  done(): Uint8Array {
    return this.bytes.slice(0, this.length + (this.bit > 0 ? 1 : 0));
  }
}

/**
 * A raw deflate stream that inflates to `bytes` zero bytes: one fixed-Huffman
 * block of a literal 0 followed by "repeat the last byte 258 times" over and
 * over (13 bits per 258 bytes). Cheap to make, expensive to unpack.
 */
function deflateBomb(bytes: number): Uint8Array {
  const matches = Math.floor((bytes - 1) / 258);
  const out = new BitWriter(Math.ceil((matches * 13 + 30) / 8) + 8);
  out.value(1, 1); // BFINAL
  out.value(1, 2); // BTYPE 01: fixed Huffman
  out.code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) {
    out.code(0xc5, 8); // length code 285: 258 bytes
    out.code(0, 5); // distance code 0: distance 1
  }
  out.code(0, 7); // end of block
  return out.done();
}

interface ZipPart {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the archive claims. */
  declaredSize: number;
}

/** A little-endian zip record of `length` bytes: each field is [offset, width in bytes, value]; the rest stays zero. */
function zipRecord(length: number, fields: [offset: number, width: 2 | 4, value: number][]): Uint8Array {
  const view = new DataView(new ArrayBuffer(length));
  for (const [offset, width, value] of fields) {
    if (width === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
  }
  return new Uint8Array(view.buffer);
}

/** A zip written field by field, so the sizes it declares can lie. */
function zipOf(parts: ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const { method, declaredSize } = part;
    const size = part.data.length;
    // Local file header, then the central directory entry that points back at it.
    const local = zipRecord(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, method], [18, 4, size], [22, 4, declaredSize], [26, 2, name.length]]);
    const entry = zipRecord(46, [
      [0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [10, 2, method], [20, 4, size], [24, 4, declaredSize], [28, 2, name.length], [42, 4, offset],
    ]);
    chunks.push(local, name, part.data);
    central.push(entry, name);
    offset += 30 + name.length + size;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = zipRecord(22, [[0, 4, 0x06054b50], [8, 2, parts.length], [10, 2, parts.length], [12, 4, centralSize], [16, 4, offset]]);
  return Buffer.concat([...chunks, ...central, end]);
}

const CONTENT_TYPES = new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const stored = (name: string, data: Uint8Array): ZipPart => ({ name, data, method: 0, declaredSize: data.length });

/** 600 MB of zeros as word/styles.xml, in well under a megabyte of zip (5 MB with the base64). */
const BOMB_BYTES = 600 * 1024 * 1024;

interface TemplateCase {
  what: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  message: RegExp;
}

function templateCorpus(): TemplateCase[] {
  return [
    {
      what: 'a real .docx cut in half',
      bytes: async () => {
        const docx = await organisationTemplate();
        return docx.slice(0, Math.floor(docx.length / 2));
      },
      message: /^Mallen kunde inte läsas: filen är skadad eller ofullständig\./,
    },
    {
      what: 'a zip bomb that declares its size (hundreds of MB of styles)',
      bytes: () => zipOf([stored('[Content_Types].xml', CONTENT_TYPES), { name: 'word/styles.xml', data: deflateBomb(BOMB_BYTES), method: 8, declaredSize: BOMB_BYTES }]),
      message: /^Mallen kunde inte läsas: word\/styles\.xml i filen blir orimligt stor uppackad \(över 4 MB\)\./,
    },
    {
      what: 'a zip bomb that lies about its size',
      bytes: () => zipOf([stored('[Content_Types].xml', CONTENT_TYPES), { name: 'word/styles.xml', data: deflateBomb(BOMB_BYTES), method: 8, declaredSize: 2048 }]),
      message: /^Mallen kunde inte läsas: word\/styles\.xml i filen blir orimligt stor uppackad/,
    },
    {
      what: 'a zip bomb in the theme',
      bytes: () =>
        zipOf([
          stored('word/styles.xml', new TextEncoder().encode('<w:styles/>')),
          { name: 'word/theme/theme1.xml', data: deflateBomb(BOMB_BYTES), method: 8, declaredSize: 100 },
        ]),
      message: /^Mallen kunde inte läsas: word\/theme\/theme1\.xml i filen blir orimligt stor uppackad/,
    },
    {
      what: 'a text file named .docx',
      bytes: () => new TextEncoder().encode('Det här är ingen Word-fil, bara text.'),
      message: /^Mallen kunde inte läsas\. Välj ett Word-dokument \(\.docx eller \.dotx\)\.$/,
    },
    { what: 'an empty file', bytes: () => new Uint8Array(0), message: /^Mallen kunde inte läsas: filen är tom\./ },
    {
      what: 'a zip without word/styles.xml',
      bytes: () => zipOf([stored('[Content_Types].xml', CONTENT_TYPES)]),
      message: /^Mallen saknar formatmallar \(word\/styles\.xml\)\./,
    },
    {
      what: 'a zip whose styles are not deflate data',
      bytes: () => zipOf([{ name: 'word/styles.xml', data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]), method: 8, declaredSize: 1000 }]),
      message: /^Mallen kunde inte läsas: filen är skadad eller ofullständig\./,
    },
  ];
}

describe('hostile .docx templates', () => {
  it('the hand-made bomb really is one: a few MB that unpack to hundreds', () => {
    const bomb = deflateBomb(BOMB_BYTES);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    expect(BOMB_BYTES / bomb.length).toBeGreaterThan(100);
    expect(BOMB_BYTES).toBeGreaterThan(MAX_TEMPLATE_PART_BYTES * 30);
    // A small one unpacks to exactly the zeros it promises (the construction is right).
    const smallSize = 1 + 258 * 400;
    const small = zipOf([{ name: 'word/styles.xml', data: deflateBomb(smallSize), method: 8, declaredSize: smallSize }]);
    const styles = readTemplate(small).styles;
    expect(styles.length).toBe(smallSize);
    expect(/^\0+$/.test(styles)).toBe(true);
  });

  it('a real template still reads', async () => {
    const parts = readTemplate(await organisationTemplate());
    expect(parts.styles).toContain('Garamond');
    expect(parts.theme).toContain('Georgia');
  });

  it('a styles part full of unclosed tags is merged in one pass: stored and exported at once, not after hours', async () => {
    // Valid XML: a comment may hold "<w:style" a hundred thousand times with no ">" until its end.
    const maze =
      '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<!-- ${'<w:style w:type="paragraph" '.repeat(100_000)}${'<w:lang '.repeat(20_000)} --></w:styles>`;
    expect(maze.length).toBeLessThan(MAX_TEMPLATE_PART_BYTES);
    const template = zipOf([stored('[Content_Types].xml', CONTENT_TYPES), stored('word/styles.xml', new TextEncoder().encode(maze))]);
    const app = openApp();
    seedDemo(app.db, new Date());
    const body = (await app.ok('bodies:list', {}))[0]!;
    const stored_ = await app.ok('bodies:setDocxTemplate', {
      id: body.id,
      fileName: 'Labyrint.docx',
      contentBase64: Buffer.from(template).toString('base64'),
    });
    expect(stored_.docxTemplateName).toBe('Labyrint.docx');
    const meeting = listMeetings(app.db).find((m) => m.bodyId === body.id)!;
    const docx = await renderMinutesDocx(buildMinutesDocument(getMeeting(app.db, meeting.id), getBody(app.db, body.id)), {
      templateDocx: template,
    });
    expect(docx.length).toBeGreaterThan(1000);

    // Styles that the export's XML reader would refuse are refused when stored, in Swedish, and nothing is stored.
    const broken = zipOf([
      stored('[Content_Types].xml', CONTENT_TYPES),
      stored('word/styles.xml', new TextEncoder().encode(`<w:styles>${'<w:style w:type '.repeat(1000)}</w:styles>`)),
    ]);
    const refused = await app.fails('bodies:setDocxTemplate', {
      id: body.id,
      fileName: 'Trasig.docx',
      contentBase64: Buffer.from(broken).toString('base64'),
    });
    expect(refused).toEqual(refusedAt('contentBase64', 'Mallen kunde inte användas: formatmallarna (word/styles.xml) är inte giltig XML.'));
    expect((await app.ok('bodies:get', { id: body.id })).docxTemplateName).toBe('Labyrint.docx');
  }, 20_000);

  it('each broken or hostile file is refused with a Swedish message naming the problem, through the channel, and nothing is stored', async () => {
    const seeded = openApp();
    seedDemo(seeded.db, new Date());
    const path = seeded.path;
    const bodyId = (await seeded.ok('bodies:list', {}))[0]?.id ?? 0;
    closeDatabase(seeded.db);
    const before = fileDigest(path);
    const app = openApp(new Date(2026, 10, 12, 13, 0), path);

    for (const item of templateCorpus()) {
      const bytes = await item.bytes();
      // The reader on its own, as the DOCX export and the CLI use it.
      let thrown: unknown;
      try {
        readTemplate(bytes);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, item.what).toBeInstanceOf(AppError);
      expect((thrown as AppError).message, item.what).toMatch(item.message);

      // The settings page's way in.
      const error = await app.fails('bodies:setDocxTemplate', {
        id: bodyId,
        fileName: 'Organisationens mall.docx',
        contentBase64: Buffer.from(bytes).toString('base64'),
      });
      expect(error.code, item.what).toBe('validation');
      expect(error.field, item.what).toBe('contentBase64');
      expect(error.message, item.what).toMatch(item.message);
    }
    expect((await app.ok('bodies:get', { id: bodyId })).docxTemplateName).toBeNull();
    closeDatabase(app.db);
    expect(fileDigest(path)).toBe(before);
  });
});

// --- Meeting files ----------------------------------------------------------

interface MeetingFileCase {
  what: string;
  text: () => string;
  message: RegExp;
  field?: string;
}

function meetingFileCorpus(valid: Record<string, unknown>): MeetingFileCase[] {
  const json = JSON.stringify(valid, null, 2);
  const mutate = (change: (file: { body: Record<string, unknown>; meeting: Record<string, unknown> & { agenda: Record<string, unknown>[] } }) => void) => () => {
    const copy = structuredClone(valid) as Parameters<typeof change>[0];
    change(copy);
    return JSON.stringify(copy);
  };
  return [
    { what: 'an empty file', text: () => '', message: /^Filen är tom och kan inte läsas som en mötesfil\.$/ },
    { what: 'only white space', text: () => '  \n\t ', message: /^Filen är tom/ },
    { what: 'JSON cut off half-way', text: () => json.slice(0, Math.floor(json.length / 2)), message: /^Filen är inte giltig JSON och kan inte läsas som en mötesfil \(filen tar slut mitt i innehållet/ },
    {
      what: 'a syntax error on line 3',
      text: () => '{\n  "format": "anteckna-mötesfil",\n  "version": 1 "body": {}\n}',
      message: /^Filen är inte giltig JSON och kan inte läsas som en mötesfil \(felet finns på rad 3, tecken \d+\)\.$/,
    },
    { what: 'a Word document instead', text: () => 'PK\u0003\u0004\u0014\u0000\u0006\u0000binärt', message: /^Filen är inte giltig JSON och kan inte läsas som en mötesfil \(oväntat tecken "P"\)\.$/ },
    {
      what: 'a string where the minutes (a number) should be',
      text: mutate((f) => {
        (f.meeting.agenda[0] as Record<string, unknown>).minutes = 'tjugo';
      }),
      message: /^Mötesfilen är ogiltig: fältet "meeting\.agenda\.0\.minutes"/,
      field: 'meeting.agenda.0.minutes',
    },
    {
      what: 'a number where the date should be',
      text: mutate((f) => {
        f.meeting.date = 20261203;
      }),
      message: /^Mötesfilen är ogiltig: fältet "meeting\.date"/,
      field: 'meeting.date',
    },
    {
      what: 'the body name missing',
      text: mutate((f) => {
        delete f.body.name;
      }),
      message: /^Mötesfilen är ogiltig: fältet "body\.name"/,
      field: 'body.name',
    },
    {
      what: 'an agenda that is an object',
      text: mutate((f) => {
        (f.meeting as Record<string, unknown>).agenda = { '0': 'punkt' };
      }),
      message: /^Mötesfilen är ogiltig: fältet "meeting\.agenda"/,
      field: 'meeting.agenda',
    },
    {
      what: 'a javascript: link in the notes',
      text: mutate((f) => {
        f.meeting.agenda[0] = {
          ...f.meeting.agenda[0],
          notesMarkdown: undefined,
          notes: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }] } },
        };
      }),
      message: /^Mötesfilen är ogiltig: fältet "meeting\.agenda\.0\.notes\.root\.children\.0\.children\.0\.url"/,
    },
    { what: 'a different kind of JSON file', text: () => '{"name": "paket", "version": "1.0.0"}', message: /^Mötesfilen är ogiltig: fältet "format"/ },
    { what: 'JSON nested 100 000 levels', text: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, message: new RegExp(`^Mötesfilen är ogiltig: innehållet är nästlat i fler än ${MEETING_FILE_MAX_DEPTH} nivåer\\.$`) },
    {
      what: 'prototype keys',
      text: () => '{"__proto__": {"polluted": "ja"}, "constructor": {"prototype": {"polluted": "ja"}}}',
      message: /^Mötesfilen är ogiltig: fältet "format"/,
    },
  ];
}

/** A demo database in the temp folder, left open, and its first meeting exported as a meeting file. */
function demoMeetingFile(name: string): { path: string; db: Db; file: Record<string, unknown> } {
  const path = join(dir, name);
  const db = openDatabase(path);
  seedDemo(db, new Date());
  const first = listMeetings(db)[0];
  if (!first) throw new Error('Demodatan saknar möten.');
  const meeting = getMeeting(db, first.id);
  const file = exportMeetingFile(meeting, getBody(db, meeting.bodyId), new Date(2026, 10, 12)) as unknown as Record<string, unknown>;
  return { path, db, file };
}

describe('hostile meeting files', () => {
  it('each broken file is refused with a Swedish message naming the problem (the field, the line), and the database is unchanged', () => {
    const { path, db, file: valid } = demoMeetingFile('import.sqlite');
    closeDatabase(db);
    const before = fileDigest(path);

    const again = openDatabase(path);
    for (const item of meetingFileCorpus(valid)) {
      let thrown: unknown;
      try {
        importMeetingFile(again, item.text(), new Date());
      } catch (error) {
        thrown = error;
      }
      expect(thrown, item.what).toBeInstanceOf(AppError);
      const error = thrown as AppError;
      expect(error.code, item.what).toBe('validation');
      expect(error.message, item.what).toMatch(item.message);
      expect(error.message, item.what).not.toMatch(/Unexpected|Expected|position|Invalid/);
      if (item.field) expect(error.field, item.what).toBe(item.field);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    closeDatabase(again);
    expect(fileDigest(path)).toBe(before);

    // The untouched file still imports: the corpus is broken by its changes, not by accident.
    const control = openDatabase(path);
    expect(importMeetingFile(control, JSON.stringify(valid), new Date()).meetingId).toBeGreaterThan(0);
    closeDatabase(control);
  });
});

describe('the depth limit of meeting files', () => {
  it('lets through notes as deep as a save accepts, even in a sub-item', () => {
    const { db, file: exported } = demoMeetingFile('deep.sqlite');
    const file = exported as unknown as { meeting: { agenda: Record<string, unknown>[] } };
    // The deepest list notes:save takes (its payload just inside the limit).
    let levels = 0;
    let deepest: unknown = null;
    for (let n = 1; n < 100; n++) {
      let node: unknown = { type: 'text', text: 'längst in', format: 0 };
      for (let i = 0; i < n; i++) node = { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [node] }] };
      const notes = { root: { type: 'root', children: [node] } };
      if (!isValidRequest('notes:save', { meetingId: 1, itemId: 1, notes })) break;
      levels = n;
      deepest = notes;
    }
    expect(levels).toBeGreaterThan(50);
    const item = file.meeting.agenda[0] as Record<string, unknown>;
    const { children: _children, ...sub } = item;
    item['children'] = [{ ...sub, notesMarkdown: undefined, notes: deepest }];
    const { meetingId } = importMeetingFile(db, JSON.stringify(file), new Date());
    const imported = getMeeting(db, meetingId);
    expect(JSON.stringify(imported.agenda.find((i) => i.parentId !== null)?.notes)).toContain('längst in');
    closeDatabase(db);
  });
});

// --- The same files through the CLI ----------------------------------------

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  const { ANTECKNA_DB: _ignored, ...env } = process.env;
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...env, HOME: join(dir, 'home') }, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A file of `bytes` bytes that takes no room on disk (sparse), made in the temp folder. */
function sparseFile(name: string, bytes: number, head = ''): string {
  const path = join(dir, name);
  writeFileSync(path, head);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return path;
}

describe('hostile files through the CLI', () => {
  beforeAll(() => {
    // Always the current sources, as cli.test.ts does.
    const build = spawnSync(process.execPath, [join(ROOT, 'build', 'scripts', 'build.mjs'), '--quiet'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`Bygget misslyckades:\n${build.stdout}${build.stderr}`);
  }, 180_000);

  it('import --file and export --template refuse each file with a Swedish message, write nothing and leave the database unchanged', async () => {
    const db = join(dir, 'cli.sqlite');
    const demo = await cli(['demo', '--db', db]);
    expect(demo.code, demo.stderr).toBe(0);
    const opened = openDatabase(db);
    const meetingId = listMeetings(opened)[0]?.id ?? 0;
    closeDatabase(opened);
    const before = fileDigest(db);

    const hundredMb = sparseFile('stor-motesfil.json', 100 * 1024 * 1024, '{"format": "anteckna-mötesfil", ');
    const imports: { what: string; file: string; message: RegExp }[] = [
      { what: 'a 100 MB file', file: hundredMb, message: new RegExp(`^anteckna: Filen är för stor för att vara en mötesfil \\(högst ${MEETING_FILE_MAX_BYTES / 1024 / 1024} MB\\)\\.$`, 'm') },
      { what: 'an empty file', file: join(dir, 'tom.json'), message: /^anteckna: Filen är tom och kan inte läsas som en mötesfil\.$/m },
      { what: 'invalid JSON', file: join(dir, 'trasig.json'), message: /^anteckna: Filen är inte giltig JSON och kan inte läsas som en mötesfil \(felet finns på rad 3, tecken 1\)\.$/m },
      { what: 'wrong types', file: join(dir, 'fel-typer.json'), message: /^anteckna: Mötesfilen är ogiltig: fältet "version"/m },
    ];
    writeFileSync(join(dir, 'tom.json'), '');
    writeFileSync(join(dir, 'trasig.json'), '{\n  "format": "anteckna-mötesfil",\n}');
    writeFileSync(join(dir, 'fel-typer.json'), JSON.stringify({ format: 'anteckna-mötesfil', version: 'ett', body: {}, meeting: {} }));
    for (const item of imports) {
      const run = await cli(['import', '--file', item.file, '--db', db]);
      expect(run.code, item.what).not.toBe(0);
      expect(run.stderr, item.what).toMatch(item.message);
      expect(run.stdout, item.what).toBe('');
    }

    const out = join(dir, 'export.docx');
    const templates: { what: string; file: string; message: RegExp }[] = [];
    for (const [i, item] of templateCorpus().entries()) {
      const file = join(dir, `mall-${i}.docx`);
      writeFileSync(file, await item.bytes());
      templates.push({ what: item.what, file, message: new RegExp(`^anteckna: ${item.message.source.replace(/^\^/, '')}`, 'm') });
    }
    templates.push({ what: 'a 100 MB template', file: sparseFile('stor-mall.docx', 100 * 1024 * 1024, 'PK\u0003\u0004'), message: /^anteckna: Mallen är för stor \(högst 10 MB\)\.$/m });
    for (const item of templates) {
      const run = await cli(['export', '--meeting', String(meetingId), '--format', 'docx', '--out', out, '--db', db, '--template', item.file]);
      expect(run.code, item.what).not.toBe(0);
      expect(run.stderr, item.what).toMatch(item.message);
      expect(existsSync(out), item.what).toBe(false);
    }
    expect(fileDigest(db)).toBe(before);
  });
});
