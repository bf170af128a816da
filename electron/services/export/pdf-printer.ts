import type { Browser } from 'playwright-core';
import { AppError } from '../../../shared/ipc/result';

/**
 * PDF from the print HTML. The HTML (from `renderMinutesHtml(doc, { forPrint: true })`)
 * carries everything the PDF needs: `lang="sv-SE"` (→ /Lang), `<title>` (→ /Title),
 * real headings (→ structure tree and bookmarks). The printing itself is a
 * host's job: Electron prints with `webContents.printToPDF`, the CLI and the
 * browser host with the machine's Chromium through playwright-core
 * (`createChromiumPrinter`). Both use the same page settings from here.
 */

/** Prints one HTML document to PDF bytes. */
export type PdfPrinter = (html: string, options?: PrintOptions) => Promise<Uint8Array>;

export interface PrintOptions {
  /** Printed at the top of every page ("UTKAST – ej justerad"), or nothing. */
  draftMarker?: string | null;
}

/** A4 margins in millimetres; the bottom leaves room for "Sida X av Y". */
export const PAGE_MARGINS_MM = { top: 20, right: 20, bottom: 22, left: 20 } as const;

const FOOTER_STYLE =
  'width:100%;margin:0 20mm;font-family:Carlito,Calibri,\'Liberation Sans\',Arial,sans-serif;font-size:9pt;color:#333;text-align:right;';

/** "Sida 1 av 3", filled in by Chromium on every page. */
export const FOOTER_TEMPLATE = `<div style="${FOOTER_STYLE}">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>`;

/** Chromium prints its own date and title unless the header is given; ours is empty or the draft marker. */
export function headerTemplate(draftMarker: string | null | undefined): string {
  if (!draftMarker) return '<span></span>';
  const style = FOOTER_STYLE.replace('text-align:right', 'text-align:left;font-weight:bold;color:#8a1c1c');
  return `<div style="${style}">${escapeHtml(draftMarker)}</div>`;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The options for playwright-core's `page.pdf`: A4, tagged, bookmarks from headings, page numbers. */
export function chromiumPdfOptions(options: PrintOptions = {}) {
  const mm = (n: number) => `${n}mm`;
  return {
    format: 'A4',
    tagged: true,
    outline: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options.draftMarker),
    footerTemplate: FOOTER_TEMPLATE,
    margin: {
      top: mm(PAGE_MARGINS_MM.top),
      right: mm(PAGE_MARGINS_MM.right),
      bottom: mm(PAGE_MARGINS_MM.bottom),
      left: mm(PAGE_MARGINS_MM.left),
    },
  } as const;
}

/** The same settings for Electron's `webContents.printToPDF` (margins in inches). */
export function electronPdfOptions(options: PrintOptions = {}) {
  const inch = (n: number) => n / 25.4;
  return {
    pageSize: 'A4',
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options.draftMarker),
    footerTemplate: FOOTER_TEMPLATE,
    margins: {
      top: inch(PAGE_MARGINS_MM.top),
      right: inch(PAGE_MARGINS_MM.right),
      bottom: inch(PAGE_MARGINS_MM.bottom),
      left: inch(PAGE_MARGINS_MM.left),
    },
  } as const;
}

/** Where the machine's Chromium is: CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : '/usr/bin/chromium';
}

export interface ChromiumPrinter {
  print: PdfPrinter;
  /** Closes the browser if one was started. */
  close(): Promise<void>;
}


const CHROMIUM_ARGS = ['--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'];

/** What starting Chromium needs: Playwright's launch, and who we run as. */
export interface ChromiumLauncher {
  launch(options: { executablePath: string; headless: true; chromiumSandbox: boolean; args: string[] }): Promise<Browser>;
}

/**
 * Starts Chromium for printing with its sandbox wherever the system allows
 * it: the print HTML holds text from meeting files and pastes, so a flaw in
 * Chromium's renderer should stay inside the sandbox. Chromium refuses its
 * sandbox to root, and some Linux systems lack the kernel support; only
 * then does it run without, and `log` says so.
 */
export async function launchPrintingChromium(
  launcher: ChromiumLauncher,
  executablePath: string,
  uid: number | null,
  log: (line: string) => void = () => undefined,
): Promise<{ browser: Browser; sandboxed: boolean }> {
  const start = (chromiumSandbox: boolean) => launcher.launch({ executablePath, headless: true, chromiumSandbox, args: CHROMIUM_ARGS });
  if (uid !== 0) {
    try {
      return { browser: await start(true), sandboxed: true };
    } catch (error) {
      log(`Chromium kunde inte starta med sandlåda (${describe(error)}); PDF skrivs ut utan.`);
    }
  } else {
    log('Chromium kör som root och får då ingen sandlåda; PDF skrivs ut utan.');
  }
  return { browser: await start(false), sandboxed: false };
}

/**
 * A printer over the machine's Chromium, started on the first print and kept
 * for the next ones. The page gets no network: the print HTML is self-contained.
 */
export function createChromiumPrinter(
  executablePath: string = chromiumPath(),
  log: (line: string) => void = () => undefined,
): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  async function launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    try {
      return (await launchPrintingChromium(chromium, executablePath, process.getuid?.() ?? null, log)).browser;
    } catch (error) {
      throw new AppError(
        'internal',
        `PDF kunde inte skapas: webbläsaren Chromium hittades inte eller gick inte att starta (${executablePath}). ` +
          `Installera Chromium eller ange sökvägen i miljövariabeln CHROMIUM_PATH. (${describe(error)})`,
      );
    }
  }

  return {
    async print(html, options = {}) {
      browser ??= launch();
      let started: Browser;
      try {
        started = await browser;
      } catch (error) {
        browser = null;
        throw error;
      }
      const context = await started.newContext({ javaScriptEnabled: false, offline: true, locale: 'sv-SE' });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf(chromiumPdfOptions(options));
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context.close();
      }
    },
    async close() {
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}
