import type { Page } from '@playwright/test';

/**
 * What a screen reader would say of its own accord: every change of text
 * inside a live region (`aria-live`, `role=status|alert|log`), recorded in
 * the page from the first paint. Focus moves are not included (they are the
 * user's own doing); these are the interruptions.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __announcements: string[] }).__announcements = said;
    const regionOf = (node: Node | null): Element | null => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      return element?.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]') ?? null;
    };
    const last = new WeakMap<Element, string>();
    const observer = new MutationObserver((mutations) => {
      const regions = new Set<Element>();
      for (const m of mutations) {
        const region = regionOf(m.target);
        if (region) regions.add(region);
        for (const added of Array.from(m.addedNodes)) {
          if (!(added instanceof Element)) continue;
          // An alert is announced as it appears; another region added with text in it is not.
          const alert = added.matches('[role="alert"]') ? added : added.querySelector('[role="alert"]');
          if (alert) regions.add(alert);
          else if (regionOf(added) === added) last.set(added, added.textContent ?? '');
        }
      }
      for (const region of regions) {
        const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && last.get(region) !== text) said.push(text);
        last.set(region, text);
      }
    });
    const start = () => observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    if (document.documentElement) start();
    else document.addEventListener('DOMContentLoaded', start);
  });
}

/** The announcements since the last call (each call starts a new count). */
export async function takeAnnouncements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const said = (window as unknown as { __announcements: string[] }).__announcements;
    return said.splice(0, said.length);
  });
}
