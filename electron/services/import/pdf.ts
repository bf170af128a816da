import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../shared/ipc/result';
import type { SourceDocument } from '../../../shared/import/source';
import { layoutPdf, type PdfItem, type PdfPage } from './pdf-layout';

/**
 * A text PDF as a source document, read with pdf.js (the legacy build, made
 * for Node). pdf.js is an ES module kept outside the bundle (see
 * build/scripts/build.mjs) and loaded on the first PDF; its worker runs on
 * the main thread, as pdf.js does in Node, so no browser is needed.
 */

export const NO_TEXT =
  'PDF-filen innehåller ingen text (den är troligen inskannad). Öppna den i ett program som kan känna igen text, eller skriv av den, och försök igen.';
const PASSWORD = 'PDF-filen är lösenordsskyddad. Spara den utan lösenord (till exempel genom att skriva ut den som en ny PDF) och försök igen.';
const UNREADABLE = 'PDF-filen är skadad och kunde inte läsas. Spara eller skriv ut den som en ny PDF och försök igen.';
/** Below this many letters and digits per page there is no text to import, only stray marks. */
const MIN_CHARS_PER_PAGE = 10;

type Pdfjs = typeof PdfjsModule;
let loading: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const holder = globalThis as { pdfjsWorker?: unknown };
    holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Loads pdf.js ahead of the first PDF. Loading it (and the canvas package it
 * pulls in under Node) takes a good part of a second, which a host can spend
 * while the secretary is still choosing a file.
 */
export function warmPdfReader(): void {
  void loadPdfjs().catch(() => undefined);
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

interface LinkAnnotation {
  subtype?: string;
  url?: string;
  unsafeUrl?: string;
  rect?: number[];
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      if (error instanceof Error && error.name === 'PasswordException') throw new AppError('validation', PASSWORD);
      throw new AppError('validation', UNREADABLE);
    }
    const pages: PdfPage[] = [];
    // Fonts are shared by the document's pages: resolved once, by the first page that uses them.
    const fonts = new Map<string, { bold: boolean; italic: boolean }>();
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [content, annotations] = await Promise.all([page.getTextContent(), page.getAnnotations()]);
      const items = content.items as TextItemLike[];
      // pdf.js names a font only once the page is drawn; drawing is skipped when every font is known.
      if (items.some((item) => (item.str ?? '').trim() !== '' && !fonts.has(item.fontName ?? '') && !page.commonObjs.has(item.fontName ?? ''))) {
        await page.getOperatorList();
      }
      const links = (annotations as LinkAnnotation[]).filter((a) => a.subtype === 'Link' && (a.url ?? a.unsafeUrl) && a.rect?.length === 4);
      const pageItems: PdfItem[] = [];
      for (const item of items) {
        const text = item.str ?? '';
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform ?? [];
        const size = Math.hypot(a, b);
        if (text === '' || size <= 0) continue;
        characters += text.replace(/[^\p{L}\p{N}]/gu, '').length;
        const font = fontLook(page.commonObjs, item.fontName ?? '', fonts);
        const width = item.width ?? 0;
        pageItems.push({ text, x, y, width, size, ...font, href: linkAt(links, x + width / 2, y + size / 3) });
      }
      pages.push({ number, height: page.view[3] ?? 842, items: pageItems });
    }
    if (characters < MIN_CHARS_PER_PAGE * Math.max(1, document.numPages)) throw new AppError('validation', NO_TEXT);
    return { name, format: 'pdf', blocks: layoutPdf(pages) };
  } finally {
    await task.destroy();
  }
}

/** Bold and italic from the font's name ("ABCDEF+Arial-BoldItalicMT", "NimbusRomanBold"). */
function fontLook(
  objects: { has(id: string): boolean; get(id: string): unknown },
  fontName: string,
  cache: Map<string, { bold: boolean; italic: boolean }>,
): { bold: boolean; italic: boolean } {
  const cached = cache.get(fontName);
  if (cached) return cached;
  let name = '';
  try {
    if (objects.has(fontName)) name = String((objects.get(fontName) as { name?: unknown } | null)?.name ?? '');
  } catch {
    name = '';
  }
  const plain = name.replace(/^[A-Z]{6}\+/, '');
  const look = { bold: /bold|black|heavy|semibold|demi|,b$/i.test(plain), italic: /italic|oblique|kursiv/i.test(plain) };
  cache.set(fontName, look);
  return look;
}

function linkAt(links: readonly LinkAnnotation[], x: number, y: number): string | null {
  for (const link of links) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect ?? [];
    if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2)) {
      return (link.url ?? link.unsafeUrl ?? '').slice(0, 2000) || null;
    }
  }
  return null;
}
