import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import type { DocBlock, DocInline, MinutesDocument } from '../../../shared/document/model';
import { plain } from '../../../shared/document/inline';
import { markUntaggedAsArtifacts } from './pdf-artifacts';
import { pdfUaXmp } from './pdf-xmp';

/**
 * Finishes Chromium's tagged PDF as PDF/UA-1 (ISO 14289-1): what Chromium
 * leaves out or writes in PDF 2.0's words.
 * - The running header and footer and the page background become artifacts
 *   (`pdf-artifacts.ts`).
 * - `/Strong` and `/Em`, which PDF 1.7 does not know, are role-mapped to `/Span`.
 * - A list item's body is wrapped in `/LBody` beside its `/Lbl`.
 * - Each link annotation gets `/Contents`: the link's words and address.
 * - XMP metadata says `pdfuaid:part 1` and carries the title, as the Info does.
 */
export async function finishPdfUa(pdf: Uint8Array, doc: MinutesDocument): Promise<Uint8Array> {
  const file = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context, catalog } = file;
  for (const page of file.getPages()) markPageArtifacts(file, page.node);
  const structRoot = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (structRoot !== undefined) {
    roleMapToStandard(structRoot);
    wrapListBodies(file, structRoot);
  }
  describeLinks(file, doc);

  file.setTitle(doc.title, { showInWindowTitleBar: true });
  if (doc.author) file.setAuthor(doc.author);
  if (doc.subject) file.setSubject(doc.subject);
  file.setCreator('Anteckna');
  file.setLanguage(doc.lang);
  // UTF-8 bytes, unfiltered: a string would be written as Latin-1.
  const metadata = context.stream(new TextEncoder().encode(pdfUaXmp(doc)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  return file.save({ updateFieldAppearances: false });
}

function markPageArtifacts(file: PDFDocument, page: PDFDict): void {
  const contents = page.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => file.context.lookup(ref)) : [contents];
  const parts = streams.map((stream) => (stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : null));
  if (parts.some((part) => part === null)) return;
  const joined = concat(parts as Uint8Array[], 0x0a);
  const marked = markUntaggedAsArtifacts(joined);
  if (marked === joined && streams.length === 1) return;
  page.set(PDFName.of('Contents'), file.context.register(file.context.flateStream(marked)));
}

function concat(parts: readonly Uint8Array[], separator: number): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
    out[at++] = separator;
  }
  return out;
}

/** Structure types Chromium writes that PDF 1.7 lacks, and the standard type each is read as. */
const ROLE_MAP: Record<string, string> = { Strong: 'Span', Em: 'Span' };

function roleMapToStandard(structRoot: PDFDict): void {
  const map = structRoot.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? structRoot.context.obj({});
  for (const [from, to] of Object.entries(ROLE_MAP)) {
    if (!map.has(PDFName.of(from))) map.set(PDFName.of(from), PDFName.of(to));
  }
  structRoot.set(PDFName.of('RoleMap'), map);
}

/** The kids of a structure element as an array (a single kid is stored bare). */
function kidsOf(element: PDFDict): PDFObject[] {
  const k = element.get(PDFName.of('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

function structType(file: PDFDocument, kid: PDFObject): string | null {
  const element = kid instanceof PDFRef ? file.context.lookup(kid) : kid;
  if (!(element instanceof PDFDict)) return null;
  const type = element.get(PDFName.of('S'));
  return type instanceof PDFName ? type.decodeText() : null;
}

/** PDF/UA: a list item holds a label (`/Lbl`) and a body (`/LBody`); Chromium puts the body's parts in the item itself. */
function wrapListBodies(file: PDFDocument, structRoot: PDFDict): void {
  const { context } = file;
  const visit = (ref: PDFObject): void => {
    const element = ref instanceof PDFRef ? context.lookup(ref) : ref;
    if (!(element instanceof PDFDict)) return;
    const kids = kidsOf(element);
    if (structType(file, element) === 'LI' && ref instanceof PDFRef) {
      const body = kids.filter((kid) => !['Lbl', 'LBody'].includes(structType(file, kid) ?? ''));
      const bodyRefs = body.filter((kid): kid is PDFRef => kid instanceof PDFRef);
      // Marked content straight in the item would need the page's parent tree changed too; Chromium writes none.
      if (body.length > 0 && bodyRefs.length === body.length) {
        const lbodyRef = context.register(context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: bodyRefs }));
        for (const kid of bodyRefs) context.lookup(kid, PDFDict).set(PDFName.of('P'), lbodyRef);
        element.set(PDFName.of('K'), context.obj([...kids.filter((kid) => !body.includes(kid)), lbodyRef]));
      }
    }
    for (const kid of kidsOf(element)) visit(kid);
  };
  for (const kid of kidsOf(structRoot)) visit(kid);
}

/** Every link of the document with its words, in reading order. */
function documentLinks(blocks: readonly DocBlock[]): { url: string; words: string }[] {
  const out: { url: string; words: string }[] = [];
  const inlines = (nodes: readonly DocInline[]): void => {
    for (const node of nodes) if (node.kind === 'link') out.push({ url: node.url.trim(), words: plain(node.children).trim() });
  };
  const walk = (list: readonly DocBlock[]): void => {
    for (const block of list) {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
        case 'quote':
          inlines(block.children);
          break;
        case 'list': {
          const items = (l: typeof block): void => {
            for (const item of l.items) {
              inlines(item.children);
              if (item.sublist) items(item.sublist);
            }
          };
          items(block);
          break;
        }
        case 'table':
          for (const row of block.rows) for (const cell of row) walk(cell.blocks);
          break;
        default: {
          const never: never = block;
          throw new Error(`Okänd del av dokumentet: ${JSON.stringify(never)}`);
        }
      }
    }
  };
  walk(blocks);
  return out;
}

/**
 * PDF/UA: a link annotation says in `/Contents` what it is: the words the
 * web address was written with, and the address.
 */
function describeLinks(file: PDFDocument, doc: MinutesDocument): void {
  const byUrl = new Map<string, string>();
  for (const link of documentLinks(doc.blocks)) if (!byUrl.has(link.url) && link.words) byUrl.set(link.url, link.words);
  for (const page of file.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = file.context.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      if (annot.has(PDFName.of('Contents'))) continue;
      const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
      const url = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : null;
      const words = url === null ? undefined : byUrl.get(url);
      const contents = url === null ? 'Länk inom dokumentet' : words === undefined || words === url ? url : `${words} (${url})`;
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(contents));
    }
  }
}
