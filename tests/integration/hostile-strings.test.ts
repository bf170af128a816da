import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMinutesDocx } from '../../electron/services/export/docx';
import { withDublinCore } from '../../electron/services/export/pdfa';
import { FILE_BASE_MAX_BYTES, fileBaseName } from '../../shared/document/build';
import type { MinutesDocument } from '../../shared/document/model';
import { readText, sofficeConvert } from './export-docx-support';

// Strings that reach XML or a file name from outside (a pasted link, a
// meeting title): each one is cleaned where it goes in, and the file still
// opens in the program it is for.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-hostile-strings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOT_XML = ['\uDFFF', '\uFFFE', '\uFFFF', '\u0007', '\uD800'];

describe('characters XML does not allow', () => {
  it('a DOCX whose link and text carry U+FFFE, U+FFFF, a control character and lone surrogates opens in LibreOffice', async () => {
    const doc: MinutesDocument = {
      lang: 'sv-SE',
      title: `Mötesanteckning ${NOT_XML.join('')}SGS`,
      subtitle: 'Styrgrupp',
      author: 'Eva Berg',
      subject: 'SGS 2026-12-03',
      fileBaseName: '2026-12-03 Mötesanteckning SGS',
      draftMarker: null,
      blocks: [
        {
          kind: 'paragraph',
          role: 'normal',
          children: [
            { kind: 'text', text: `Före länken ${NOT_XML.join('')}` },
            { kind: 'link', url: `https://example.org/rapport${NOT_XML.join('')}.pdf`, children: [{ kind: 'text', text: 'Rapporten' }] },
            { kind: 'text', text: ' efter länken.' },
          ],
        },
      ],
    };
    const file = join(dir, 'länk.docx');
    await writeFile(file, await renderMinutesDocx(doc));
    const [txt] = await sofficeConvert([file], 'txt:Text', dir);
    const text = await readText(txt as string);
    expect(text, text).toContain('Före länken Rapporten efter länken.');
  }, 120_000);

  it('writes a PDF/A title with "$`", "$&", "$\'" and control characters into the XMP as text', () => {
    const xmp =
      "<x:xmpmeta><rdf:RDF><rdf:Description rdf:about=\"\" xmlns:dc='http://purl.org/dc/elements/1.1/' dc:format='application/pdf'>" +
      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Untitled</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>";
    const out = withDublinCore(xmp, { title: "Möte $` $& $' \u0001slut", author: 'Eva\u0002 Berg', subject: 'SGS', lang: 'sv-SE' });
    expect(out).toContain("<rdf:li xml:lang='x-default'>Möte $` $&amp; $&apos; slut</rdf:li>");
    expect(out).toContain('<rdf:li>Eva Berg</rdf:li>');
    expect(out.startsWith('<x:xmpmeta><rdf:RDF>')).toBe(true);
    expect(out).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('file names measured in bytes', () => {
  it('keeps a long Swedish title within the file-name limit of the file system, with room for " (2)" and the extension', async () => {
    const title = 'Mötesanteckning för hälso- och sjukvårdens samråd om äldreomsorg i Östra Göinge '.repeat(6);
    const base = fileBaseName('2026-12-03', title);
    expect(Buffer.byteLength(base, 'utf8')).toBeLessThanOrEqual(FILE_BASE_MAX_BYTES);
    expect(base.startsWith('2026-12-03 Mötesanteckning för hälso')).toBe(true);
    expect(base).not.toMatch(/[. ]$/);
    // Written to disk as the app would name a second, published copy.
    await writeFile(join(dir, `${base} (2) publicerad.docx`), 'x');
    const emoji = fileBaseName('2026-12-03', '📋'.repeat(100));
    expect(Buffer.byteLength(emoji, 'utf8')).toBeLessThanOrEqual(FILE_BASE_MAX_BYTES);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
