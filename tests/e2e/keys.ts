import type { Page } from '@playwright/test';

/**
 * Types a script at full speed, as a secretary does: text as it stands, keys
 * in brackets ("[Enter]", "[Alt+Shift+ArrowLeft]").
 * Example: `await typeScript(page, 'Första[Enter][Tab]Andra')`.
 */
export async function typeScript(page: Page, script: string): Promise<void> {
  for (const part of script.split(/(\[[^\]]+\])/)) {
    if (part === '') continue;
    if (part.startsWith('[') && part.endsWith(']')) await page.keyboard.press(part.slice(1, -1));
    else await page.keyboard.type(part);
  }
}
