import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFRef } from 'pdf-lib';
import type { SkippedAttachment } from '../../../shared/ipc/contract-attachments';

/**
 * The handlingar of a meeting: the kallelse first, then every PDF bilaga in
 * agenda order, as one PDF with bookmarks ("Kallelse", one per item and one
 * per file under it), so a member reads the whole meeting in one file.
 * Files that are not PDFs, or that cannot be read, are left out by name.
 */

export interface HandlingarInput {
  kallelsePdf: Uint8Array;
  meetingTitle: string;
  /** In agenda order; `label` is how the item is printed ("3. Budget 2027"). */
  items: { label: string; attachments: { fileName: string; bytes: Uint8Array }[] }[];
}

export interface Handlingar {
  pdf: Uint8Array;
  skipped: SkippedAttachment[];
}

interface Bookmark {
  title: string;
  page: PDFRef;
  children: Bookmark[];
}

export async function buildHandlingar(input: HandlingarInput): Promise<Handlingar> {
  const out = await PDFDocument.create();
  const kallelse = await PDFDocument.load(input.kallelsePdf);
  const kallelsePages = await appendAll(out, kallelse);
  const bookmarks: Bookmark[] = [{ title: 'Kallelse', page: kallelsePages, children: [] }];
  const skipped: SkippedAttachment[] = [];
  for (const item of input.items) {
    const files: Bookmark[] = [];
    for (const file of item.attachments) {
      if (!isPdf(file.bytes)) {
        skipped.push({ fileName: file.fileName, reason: `${file.fileName} är inte en PDF och finns inte med.` });
        continue;
      }
      const source = await readable(file.bytes);
      if (source === null) {
        skipped.push({
          fileName: file.fileName,
          reason: `${file.fileName} är skadad eller lösenordsskyddad och finns inte med.`,
        });
        continue;
      }
      files.push({ title: file.fileName, page: await appendAll(out, source), children: [] });
    }
    const first = files[0];
    if (first) bookmarks.push({ title: item.label, page: first.page, children: files });
  }
  writeOutline(out, bookmarks);
  out.setTitle(input.meetingTitle, { showInWindowTitleBar: true });
  out.setLanguage('sv-SE');
  out.setCreator('Anteckna');
  out.setProducer('Anteckna');
  out.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return { pdf: await out.save(), skipped };
}

/** Copies every page of `source` to the end of `out`; returns the first copied page. */
async function appendAll(out: PDFDocument, source: PDFDocument): Promise<PDFRef> {
  const pages = await out.copyPages(source, source.getPageIndices());
  for (const page of pages) out.addPage(page);
  const first = pages[0];
  if (!first) throw new Error('no pages');
  return first.ref;
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** The file as a PDF with at least one page whose pages can be copied; null when damaged or encrypted. */
async function readable(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    const source = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    if (source.getPageCount() === 0) return null;
    // Copied once into a scratch document: a page tree that cannot be walked fails here, not half-way into the result.
    const scratch = await PDFDocument.create();
    await scratch.copyPages(source, [0]);
    return source;
  } catch {
    return null;
  }
}

/** The bookmarks (PDF 32000-1 §12.3.3): a tree of dictionaries linked by First/Last/Next/Prev/Parent. */
function writeOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const root = doc.context.obj({ Type: 'Outlines' });
  const rootRef = doc.context.register(root);
  const count = linkChildren(doc, rootRef, root, bookmarks);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
}

/** Writes `children` under `parent`; returns how many entries are below it, open. */
function linkChildren(doc: PDFDocument, parentRef: PDFRef, parent: PDFDict, children: readonly Bookmark[]): number {
  const refs = children.map(() => doc.context.nextRef());
  let total = 0;
  children.forEach((bookmark, i) => {
    const entry = doc.context.obj({});
    entry.set(PDFName.of('Title'), PDFHexString.fromText(bookmark.title));
    entry.set(PDFName.of('Parent'), parentRef);
    entry.set(PDFName.of('Dest'), doc.context.obj([bookmark.page, PDFName.of('Fit')]));
    const previous = refs[i - 1];
    const next = refs[i + 1];
    if (previous) entry.set(PDFName.of('Prev'), previous);
    if (next) entry.set(PDFName.of('Next'), next);
    const ref = refs[i] as PDFRef;
    const below = linkChildren(doc, ref, entry, bookmark.children);
    if (below > 0) entry.set(PDFName.of('Count'), PDFNumber.of(below));
    doc.context.assign(ref, entry);
    total += 1 + below;
  });
  const first = refs[0];
  const last = refs.at(-1);
  if (first && last) {
    parent.set(PDFName.of('First'), first);
    parent.set(PDFName.of('Last'), last);
  }
  return total;
}
