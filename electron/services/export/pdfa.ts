import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../../../shared/ipc/result';
import { xmlSafe } from './docx-core';
import { ISSUE_ID_KEY } from './issue-id';

/**
 * PDF/A-2b for the archive, made from the printed PDF by Ghostscript
 * (`pdfwrite` with `-dPDFA=2`): fonts embedded, colours in sRGB with an sRGB
 * output intent, XMP metadata with pdfaid:part=2, conformance=B, no
 * encryption. Ghostscript keeps the bookmarks but drops the structure tree,
 * so the archive copy is level b (visual appearance), not a (accessible); the
 * tagged PDF is the one to publish. /Lang is put back on the catalog.
 *
 * Ghostscript 10.0 discards a title with characters outside ASCII from the
 * document info ("cannot be represented in XMP"), so the title and author are
 * written afterwards with qpdf, into both the info dictionary and the XMP
 * (PDF/A wants the two to agree).
 */

const run = promisify(execFile);

export interface PdfAMetadata {
  title: string;
  author: string;
  subject: string;
  lang: string;
  /**
   * The id of an issued file (the archive copy), written into the info
   * dictionary under ISSUE_ID_KEY and into the XMP as anteckna:IssueId, with
   * the extension schema PDF/A asks for a property outside its predefined
   * schemas. Through qpdf, not pdf-lib, so the file stays as Ghostscript made it.
   */
  issueId?: string;
}

/** The claim this module makes, for the UI and the tests. */
export const PDFA_CONFORMANCE = { part: 2, conformance: 'B' } as const;

const ICC_CANDIDATES = [
  '/usr/share/color/icc/ghostscript/srgb.icc',
  '/usr/share/color/icc/sRGB.icc',
  '/usr/share/color/icc/colord/sRGB.icc',
  '/usr/share/ghostscript/iccprofiles/srgb.icc',
];

export function srgbProfilePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['ANTECKNA_SRGB_ICC'];
  if (fromEnv) return fromEnv;
  return ICC_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** A PostScript string literal; the ICC path is ASCII in practice, anything else is escaped. */
function psString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => `\\${(c.charCodeAt(0) & 0xff).toString(8).padStart(3, '0')}`)})`;
}

/** The PDFA_def.ps prologue: sRGB output intent, language on the catalog. */
export function pdfaDefinition(iccPath: string, lang: string): string {
  return [
    '%!',
    `/ICCProfile ${psString(iccPath)} def`,
    '[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark',
    '[{icc_PDFA} << /N 3 >> /PUT pdfmark',
    '[{icc_PDFA} ICCProfile (r) file /PUT pdfmark',
    '[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark',
    '[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA} /OutputConditionIdentifier (sRGB) /Info (sRGB IEC61966-2.1) >> /PUT pdfmark',
    '[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark',
    `[{Catalog} << /Lang ${psString(lang)} >> /PUT pdfmark`,
    '',
  ].join('\n');
}

function unavailable(tool: string, error: unknown): AppError {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new AppError(
    'internal',
    `PDF/A kunde inte skapas: programmet ${tool} saknas eller misslyckades. Installera ${tool === 'gs' ? 'Ghostscript' : 'qpdf'} och försök igen. (${detail})`,
  );
}

/** Turns a printed PDF into PDF/A-2b. */
export async function convertToPdfA(pdf: Uint8Array, meta: PdfAMetadata): Promise<Uint8Array> {
  const icc = srgbProfilePath();
  if (icc === null) {
    throw new AppError('internal', 'PDF/A kunde inte skapas: färgprofilen sRGB saknas (Ghostscripts srgb.icc).');
  }
  const dir = await mkdtemp(join(tmpdir(), 'anteckna-pdfa-'));
  try {
    const input = join(dir, 'in.pdf');
    const def = join(dir, 'PDFA_def.ps');
    const gsOut = join(dir, 'gs.pdf');
    const json = join(dir, 'update.json');
    const output = join(dir, 'out.pdf');
    await writeFile(input, pdf);
    await writeFile(def, pdfaDefinition(icc, meta.lang));
    try {
      await run(
        process.env['GS_PATH'] ?? 'gs',
        [
          '-q',
          '-dNOPAUSE',
          '-dBATCH',
          '-dSAFER',
          `--permit-file-read=${icc}`,
          '-dPDFA=2',
          '-dPDFACompatibilityPolicy=1',
          '-sColorConversionStrategy=RGB',
          '-sProcessColorModel=DeviceRGB',
          '-sDEVICE=pdfwrite',
          `-sOutputFile=${gsOut}`,
          def,
          input,
        ],
        { maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      );
    } catch (error) {
      throw unavailable('gs', error);
    }
    try {
      const { stdout } = await run('qpdf', ['--json-output', '--json-stream-data=inline', '--json-key=qpdf', gsOut], {
        maxBuffer: 256 * 1024 * 1024,
      });
      await writeFile(json, JSON.stringify(metadataUpdate(JSON.parse(stdout) as QpdfJson, meta)));
      // Without object streams the info dictionary stays readable text, so a damaged copy still names the file it claims to be.
      await run('qpdf', [gsOut, '--update-from-json=' + json, '--object-streams=disable', output], { maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unavailable('qpdf', error);
    }
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface QpdfJson {
  qpdf: [unknown, Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data?: string } }>];
}

/** Info /Title, /Author, /Subject and the same in the XMP (dc:title, dc:creator, dc:description). */
export function metadataUpdate(json: QpdfJson, meta: PdfAMetadata): QpdfJson {
  const objects = json.qpdf[1];
  const trailer = objects['trailer']?.value ?? {};
  const infoRef = typeof trailer['/Info'] === 'string' ? trailer['/Info'] : null;
  const catalogRef = typeof trailer['/Root'] === 'string' ? trailer['/Root'] : null;
  const catalog = catalogRef ? objects[`obj:${catalogRef}`]?.value : undefined;
  const metadataRef = catalog && typeof catalog['/Metadata'] === 'string' ? catalog['/Metadata'] : null;
  const metadata = metadataRef ? objects[`obj:${metadataRef}`]?.stream : undefined;
  if (!infoRef || !metadataRef || !metadata?.data) {
    throw new AppError('internal', 'PDF/A kunde inte skapas: Ghostscript skrev ingen metadata.');
  }
  const info = objects[`obj:${infoRef}`]?.value ?? {};
  const update: QpdfJson['qpdf'][1] = {};
  update[`obj:${infoRef}`] = {
    value: {
      ...info,
      '/Title': `u:${xmlSafe(meta.title)}`,
      '/Author': `u:${xmlSafe(meta.author)}`,
      '/Subject': `u:${xmlSafe(meta.subject)}`,
      ...(meta.issueId === undefined ? {} : { [`/${ISSUE_ID_KEY}`]: `u:${xmlSafe(meta.issueId)}` }),
    },
  };
  const withDc = withDublinCore(Buffer.from(metadata.data, 'base64').toString('utf8'), meta);
  const xmp = meta.issueId === undefined ? withDc : withIssueId(withDc, meta.issueId);
  update[`obj:${metadataRef}`] = {
    stream: { dict: metadata.dict, data: Buffer.from(xmp, 'utf8').toString('base64') },
  };
  return { qpdf: [{ jsonversion: 2, pushedinheritedpageresources: false, calledgetallpages: false }, update] } as unknown as QpdfJson;
}

/** Text for the XMP packet: XML-escaped, without the characters XML does not allow. */
function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Replaces Ghostscript's dc description (title "Untitled") with ours. */
export function withDublinCore(xmp: string, meta: PdfAMetadata): string {
  const dc =
    `<rdf:Description rdf:about="" xmlns:dc='http://purl.org/dc/elements/1.1/' dc:format='application/pdf'>` +
    `<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>` +
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>` +
    `<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>` +
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.lang)}</rdf:li></rdf:Bag></dc:language>` +
    `</rdf:Description>`;
  const pattern = /<rdf:Description[^>]*xmlns:dc=[^>]*>[\s\S]*?<\/rdf:Description>/;
  // A function, not a string: "$&", "$`" and "$'" in a title are text, not replacement patterns.
  if (pattern.test(xmp)) return xmp.replace(pattern, () => dc);
  return xmp.replace('</rdf:RDF>', () => `${dc}</rdf:RDF>`);
}

/** The XMP namespace of Anteckna's own property; PDF/A-2 wants it described by an extension schema in the same packet. */
export const ANTECKNA_XMP_NS = 'https://anteckna.example/ns/issue/1.0/';

/** Adds anteckna:IssueId and its pdfaExtension description to the XMP packet. */
export function withIssueId(xmp: string, issueId: string): string {
  const extension =
    `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" ` +
    `xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">` +
    `<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">` +
    `<pdfaSchema:schema>Anteckna utfärdad fil</pdfaSchema:schema>` +
    `<pdfaSchema:namespaceURI>${ANTECKNA_XMP_NS}</pdfaSchema:namespaceURI>` +
    `<pdfaSchema:prefix>anteckna</pdfaSchema:prefix>` +
    `<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">` +
    `<pdfaProperty:name>IssueId</pdfaProperty:name>` +
    `<pdfaProperty:valueType>Text</pdfaProperty:valueType>` +
    `<pdfaProperty:category>external</pdfaProperty:category>` +
    `<pdfaProperty:description>Id för den utfärdade filen i Anteckna (samma som ${ISSUE_ID_KEY} i dokumentinformationen)</pdfaProperty:description>` +
    `</rdf:li></rdf:Seq></pdfaSchema:property>` +
    `</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>` +
    `<rdf:Description rdf:about="" xmlns:anteckna="${ANTECKNA_XMP_NS}"><anteckna:IssueId>${escapeXml(issueId)}</anteckna:IssueId></rdf:Description>`;
  return xmp.replace('</rdf:RDF>', () => `${extension}</rdf:RDF>`);
}
