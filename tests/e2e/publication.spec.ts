import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { notes, paragraph } from '../../shared/notes/build';
import { expectNoAxeViolations } from './axe';
import { expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { PublicationPage } from './pages/PublicationPage';

// Issue 22, points 2 and 3: the publication check of approved minutes, decided by
// keyboard, and the public web page that comes out of it (axe, 320 px).

const EMAIL = 'karin.holm@exempel.example';
const PHONE = '070-123 45 67';

/** PSN's draft with personal data written into one item, then approved: what a secretary would publish. */
async function approvedWithPersonalData(app: RunningApp): Promise<{ meetingId: number; title: string }> {
  const { summary, item } = await psnDraftItem(app);
  await app.api('notes:save', {
    meetingId: summary.id,
    itemId: item.id,
    notes: notes(
      paragraph(`Frågor om projektet skickas till ${EMAIL}.`),
      paragraph(`Den som vill nå projektledaren kan ringa ${PHONE} efter klockan 13.00.`),
    ),
  });
  await app.api('review:set', {
    meetingId: summary.id,
    status: 'approved',
    reviewers: [{ name: 'Anna Ordförande', role: 'PSN ordförande' }],
    approvedOn: '2026-12-10',
  });
  return { meetingId: summary.id, title: summary.title };
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  expect(widths.content, `${where} rullar i sidled`).toBeLessThanOrEqual(widths.window);
}

/** Space on "Behåll" of the phone number, the arrows on through "Ta bort" to "Skriv om", Tab into its words. */
async function rewriteByArrows(page: Page, view: PublicationPage) {
  await view.choice(PHONE, 'Behåll').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(view.choice(PHONE, 'Skriv om')).toBeChecked();
  await page.keyboard.press('Tab');
  const words = view.finding(PHONE).getByLabel('Skriv i stället');
  await expect(words).toBeFocused();
  return words;
}

test('decided by keyboard: the count follows, the rest is removed at once, and the public web page passes axe and reflows at 320 px', async ({ page, app }) => {
  const { meetingId, title } = await approvedWithPersonalData(app);
  const total = (await app.api('publication:check', { meetingId })).findings.length;
  expect(total).toBeGreaterThanOrEqual(2);

  await new MeetingPage(page).open(app.url, { id: meetingId, title });
  const view = new PublicationPage(page);
  await view.openFromExportMenu();
  await expect(page).toHaveTitle(/^Publicera – PSN 3 december 2026 – Anteckna$/);
  await expect(view.count).toHaveText(`0 av ${total} avgjorda`);
  await expect(view.finding(EMAIL)).toContainText('E-postadress');
  await expect(view.finding(EMAIL).locator('mark')).toHaveText(EMAIL);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, 'Publicera, inget avgjort (1280 px)');

  // The e-mail address is kept: Space on "Behåll".
  await view.choice(EMAIL, 'Behåll').focus();
  await page.keyboard.press('Space');
  await view.waitUntilSaved();
  await expect(view.count).toHaveText(`1 av ${total} avgjorda`);
  // The phone number is rewritten: the arrows move from "Behåll" to "Skriv om", the words typed and saved with Enter.
  await rewriteByArrows(page, view);
  await page.keyboard.type('projektledarens telefon');
  await page.keyboard.press('Enter');
  await view.waitUntilSaved();
  await expect(view.finding(PHONE)).toHaveAttribute('data-decision', 'rewrite');
  await expect(view.count).toHaveText(`2 av ${total} avgjorda`);

  await page.setViewportSize({ width: 440, height: 900 });
  await expectNoAxeViolations(page, 'Publicera, en omskrivning öppen (440 px)');
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page, 'Publicera vid 320 px');

  await view.removeRemaining.focus();
  await page.keyboard.press('Enter');
  await view.waitUntilSaved();
  await expect(view.count).toHaveText(`${total} av ${total} avgjorda`);
  const stored = (await app.api('publication:check', { meetingId })).findings;
  expect(stored.map((f) => f.decision).filter((d) => d === null)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 900 });
  const htmlPath = await view.save('html');
  expect(htmlPath).toMatch(/ publicerad\.html$/);
  await expect(view.status).toContainText('publicerad.html är sparad i');
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain(EMAIL);
  expect(html).not.toContain(PHONE);
  expect(html).toContain('projektledarens telefon');

  const pdfPath = await view.save('pdf');
  expect(pdfPath).toMatch(/ publicerad\.pdf$/);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The page as the body's web site will show it: on its own, in Chromium.
  await page.goto(pathToFileURL(htmlPath).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
  await expectNoAxeViolations(page, 'den publicerade webbsidan (1280 px)');
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page, 'Den publicerade webbsidan vid 320 px');
  await expectNoAxeViolations(page, 'den publicerade webbsidan (320 px)');
  // Every contents link leads to a heading on the page.
  const targets = await page.getByRole('navigation', { name: 'Innehåll' }).getByRole('link').evaluateAll((links) =>
    links.map((a) => document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.tagName ?? null),
  );
  expect(targets.length).toBeGreaterThan(3);
  for (const tag of targets) expect(tag).toMatch(/^H[2-5]$/);
});

/**
 * Holds the host's answers to publication:decide until released, then lets
 * them through one after another in the order they were asked: a host as slow
 * as a busy laptop, so the keys are certain to come before the answers.
 */
async function heldDecisions(page: Page): Promise<() => void> {
  let release = () => {};
  let inOrder: Promise<unknown> = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === '/api/publication:decide',
    async (route) => {
      const turn = inOrder.then(async () => route.fulfill({ response: await route.fetch() }));
      inOrder = turn.catch(() => undefined);
      await turn;
    },
  );
  return release;
}

test('"Skriv om" reached by the arrows stays open while the answers to the choices passed on the way come late', async ({ page, app }) => {
  const { meetingId, title } = await approvedWithPersonalData(app);
  await new MeetingPage(page).open(app.url, { id: meetingId, title });
  const view = new PublicationPage(page);
  await view.openFromExportMenu();

  const release = await heldDecisions(page);
  // Behåll, then Ta bort on the way to Skriv om: two decisions sent, neither answered yet.
  const words = await rewriteByArrows(page, view);

  release();
  await expect(view.finding(PHONE)).toHaveAttribute('data-decision', 'remove');
  await view.waitUntilSaved();
  await expect(view.choice(PHONE, 'Skriv om')).toBeChecked();
  await expect(words).toBeFocused();
  await page.keyboard.type('projektledarens telefon');
  await page.keyboard.press('Enter');
  await view.waitUntilSaved();
  await expect(view.finding(PHONE)).toHaveAttribute('data-decision', 'rewrite');
  const stored = (await app.api('publication:check', { meetingId })).findings.find((f) => f.text === PHONE);
  expect(stored).toMatchObject({ decision: 'rewrite', replacement: 'projektledarens telefon' });
});

test('minutes that are not approved: the view says why, and offers nothing to publish', async ({ page, app }) => {
  const { summary } = await psnDraftItem(app);
  const view = new PublicationPage(page);
  await view.open(app.url, summary.id);
  await expect(page.locator('[data-publication-blocked]')).toHaveText(/^Mötesanteckningen är ett utkast\. Bara justerade mötesanteckningar kan publiceras/);
  await expect(view.saveButton('html')).toHaveCount(0);
  await page.setViewportSize({ width: 440, height: 900 });
  await expectNoAxeViolations(page, 'Publicera, utkast (440 px)');
});
