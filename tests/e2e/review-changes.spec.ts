import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { notes, paragraph } from '../../shared/notes/build';
import { expectNoAxeViolations } from './axe';
import { expect, test, type RunningApp } from './fixtures';
import { ChangesPart } from './pages/ChangesPart';
import { MeetingPage } from './pages/MeetingPage';

// Issue 22, point 1: "Ändringar sedan utskick" on the demo LGS-N minutes, sent to the chair on 16 November.

const PFHB = /^\d+\. Primärvårdens förmåga vid höjd beredskap \(PFHB\)$/;

function lgsMeeting(app: RunningApp) {
  const lgs = app.bodies.find((b) => b.shortName === 'LGS-N');
  const summary = app.meetings.find((m) => m.bodyId === lgs?.id);
  if (!summary) throw new Error('Demodatan saknar LGS-N-mötet.');
  return summary;
}

test('the LGS-N minutes show what changed since they went to the reviewers, and follow a new edit after reload', async ({ page, app }) => {
  const summary = lgsMeeting(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const changes = new ChangesPart(page);
  await expect(changes.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(changes.toggle).toContainText('1 punkt ändrad');
  await changes.open();
  await expect(changes.panel).toContainText('Skickad för justering 16 november 2026 kl. 10.14, justera senast 23 november 2026.');
  const pfhb = changes.item(PFHB);
  await expect(pfhb).toContainText('Ställningstagande');
  await expect(changes.removed(pfhb).filter({ hasText: 'gärna' })).toHaveCount(1);
  await expect(changes.added(pfhb).filter({ hasText: 'samt biståndsenheten' })).toHaveCount(1);
  await expect(changes.added(pfhb).filter({ hasText: 'materiel och' })).toHaveCount(1);
  // Screen readers hear the change said, since <ins>/<del> are not announced.
  await expect(changes.removed(pfhb).first()).toContainText('borttaget:');

  // A note edited since: after reload the panel shows its item too.
  const current = await app.api('meetings:get', { id: summary.id });
  const item = current.agenda.filter((i) => i.parentId === null).find((i) => i.title.startsWith('Gemensam uppföljning'))!;
  await app.api('notes:save', { meetingId: summary.id, itemId: item.id, notes: notes(paragraph('Ett helt nytt stycke om enkätsvaret.')) });
  await meeting.open(app.url, summary);
  await expect(changes.toggle).toContainText('2 punkter ändrade');
  await changes.open();
  const edited = changes.item(new RegExp(`^\\d+\\. ${item.title.trim()}$`));
  await expect(changes.added(edited).first()).toContainText('tillagt: Ett helt nytt stycke');
  await expect(edited).toContainText('Anteckningar');
  await expect(changes.removed(edited).first()).toContainText('Vårdsamverkan Norrvik har skickat en förfrågan');
});

test('Spara ändringar writes Word and PDF to the export folder and says where', async ({ page, app }) => {
  test.slow();
  const summary = lgsMeeting(app);
  await new MeetingPage(page).open(app.url, summary);
  const changes = new ChangesPart(page);
  await changes.open();
  await changes.save('Word');
  await expect(changes.status).toContainText('2026-11-12 Ändringar sedan utskick LGS-N.docx');
  await changes.save('PDF');
  await expect(changes.status).toContainText('2026-11-12 Ändringar sedan utskick LGS-N.pdf');
  // A second save asks before replacing the file.
  await changes.saveButton('PDF').focus();
  await page.keyboard.press('Enter');
  await expect(changes.panel).toContainText('Filen finns redan. Vill du ersätta den?');
  await changes.panel.getByRole('button', { name: 'Ersätt filen' }).press('Enter');
  await expect(changes.status).toContainText('Ändringarna är sparade i', { timeout: 60_000 });
});

/**
 * axe-core on the panel alone, with the WCAG 2.1 A/AA rules expectNoAxeViolations uses: at 440 px the
 * LGS-N notes' own tables are reported (scrollable-region-focusable in the notes editor, outside this panel).
 */
async function expectPanelWithoutAxeViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('.changes-panel')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe-regler som bryts i ${state}`).toEqual([]);
}

test('the panel passes axe closed and open at 1280 and 440 px, and does not scroll sideways at 320 px', async ({ page, app }) => {
  // Several axe runs over the whole LGS-N minutes.
  test.slow();
  const summary = lgsMeeting(app);
  const changes = new ChangesPart(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await new MeetingPage(page).open(app.url, summary);
  await expectNoAxeViolations(page, 'mötet med Ändringar sedan utskick stängd (1280 px)');
  await changes.open();
  await expectNoAxeViolations(page, 'Ändringar sedan utskick öppen (1280 px)');
  await shot(page, changes, 1280);

  await page.setViewportSize({ width: 440, height: 900 });
  await new MeetingPage(page).open(app.url, summary);
  await expectPanelWithoutAxeViolations(page, 'Ändringar sedan utskick stängd (440 px)');
  await changes.open();
  await expectPanelWithoutAxeViolations(page, 'Ändringar sedan utskick öppen (440 px)');
  await shot(page, changes, 440);

  await page.setViewportSize({ width: 320, height: 800 });
  expect(await changes.panel.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await changes.saveButton('PDF').evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  await shot(page, changes, 320);
});

/** For a person looking at the panel: CHANGES_SHOTS=1 writes /tmp/changes-<width>.png. */
async function shot(page: Page, changes: ChangesPart, width: number): Promise<void> {
  if (!process.env.CHANGES_SHOTS) return;
  await changes.panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `/tmp/changes-${width}.png` });
}

test('a meeting never sent shows no panel', async ({ page, app }) => {
  const draft = app.meetings.find((m) => m.status === 'draft')!;
  await new MeetingPage(page).open(app.url, draft);
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByRole('heading', { name: /Närvaro/ }).first()).toBeVisible();
  await expect(new ChangesPart(page).panel).toHaveCount(0);
});
