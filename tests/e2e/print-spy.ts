import type { Page } from '@playwright/test';

export interface PrintJob {
  /** The sandbox attribute of the frame that printed. */
  sandbox: string | null;
  html: string;
  /** The printed document's h1. */
  title: string;
}

/**
 * A headless browser shows no print dialog: notes what each print() on a
 * frame would have printed, and from which frame. Returns a reader of the
 * jobs so far.
 */
export async function spyOnFramePrints(page: Page): Promise<() => Promise<PrintJob[]>> {
  await page.evaluate(() => {
    const notes = window as unknown as { printed: { sandbox: string | null; html: string; title: string }[] };
    notes.printed = [];
    const getter = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')?.get;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const frame = getter?.call(this) as Window | null;
        const sandbox = this.getAttribute('sandbox');
        if (frame) {
          frame.print = () => {
            const doc = frame.document;
            notes.printed.push({ sandbox, html: doc.documentElement.outerHTML, title: doc.querySelector('h1')?.textContent ?? '' });
          };
        }
        return frame;
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as { printed: PrintJob[] }).printed);
}
