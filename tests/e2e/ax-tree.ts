import type { Page } from '@playwright/test';

/**
 * The level Chromium's accessibility tree gives each heading named `name`:
 * what a screen reader's heading list shows (it honours `aria-level`, which
 * Playwright's role queries read from the tag).
 */
export async function headingLevels(page: Page, name: string): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; properties?: { name: string; value: { value?: unknown } }[] }[];
    };
    return nodes
      .filter((n) => n.role?.value === 'heading' && n.name?.value === name)
      .map((n) => Number(n.properties?.find((p) => p.name === 'level')?.value.value));
  } finally {
    await cdp.detach();
  }
}
