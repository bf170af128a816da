import type { Page } from '@playwright/test';
import { numberAgenda } from '../../shared/model/agenda';
import { COMMAND_EVENT } from '../../shared/ipc/commands';
import { demoDraft, expect, test, type RunningApp } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { BodyPage } from './pages/BodyPage';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';
import { ReviewRoundPart } from './pages/ReviewRoundPart';
import { StartPage } from './pages/StartPage';

// Issue 18, point 6: axe-core on every state a screen can be in (forms,
// dialogs, menus opened), wide and at 440 px; the screens themselves are in
// accessibility.spec.ts.

/** The desktop menu's "Hjälp → Kortkommandon", as the preload raises it (the browser host has no menu). */
async function openShortcutsHelp(page: Page): Promise<void> {
  await page.evaluate(([name]) => window.dispatchEvent(new CustomEvent(name, { detail: 'shortcuts' })), [COMMAND_EVENT] as const);
}

/** The demo's draft meeting open, with its first subject item. */
async function openDraftItem(page: Page, app: RunningApp) {
  const { summary, before } = await demoDraft(app);
  const entry = numberAgenda(before.agenda).find((e) => e.depth === 0 && !e.item.standing)!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  return { summary, entry, meeting, item: meeting.item(entry.label, entry.item.title) };
}

for (const width of [1280, 440]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    // Several full axe scans of the whole meeting per test: each takes seconds, and many on a busy machine.
    test.describe.configure({ timeout: 180_000 });

    test('the start view: new body, new meeting, new meeting from an earlier one, backups, shortcuts help', async ({ page, app }) => {
      const start = new StartPage(page);
      await start.open(app.url);
      const psn = app.bodies.find((b) => b.shortName === 'PSN')!;
      const draft = app.meetings.find((m) => m.bodyId === psn.id && m.status === 'draft')!;

      await page.getByRole('button', { name: '+ Nytt organ' }).click();
      await expect(page.getByLabel('Fullständigt namn')).toBeFocused();
      await expectNoAxeViolations(page, 'formuläret Nytt organ');
      // With its messages at the fields.
      await page.getByRole('button', { name: 'Skapa organ' }).click();
      await expect(page.getByLabel('Fullständigt namn')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'formuläret Nytt organ med fel');
      await page.getByRole('button', { name: 'Avbryt' }).click();

      await start.newMeetingButton(psn.name).click();
      const form = start.body(psn.name).getByRole('form', { name: /^Nytt möte/ });
      await expect(form).toBeVisible();
      await expectNoAxeViolations(page, 'formuläret Nytt möte');
      await form.getByLabel('Datum', { exact: true }).fill('31 februari 2027');
      await form.getByRole('button', { name: 'Skapa möte' }).click();
      await expect(form.getByLabel('Datum', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'formuläret Nytt möte med fel datum');
      await form.getByRole('button', { name: 'Avbryt' }).click();
      await expect(form).toHaveCount(0);

      await start.openNewMeetingFrom(psn.name, draft.date);
      await expectNoAxeViolations(page, 'dialogen Nytt möte utifrån ett tidigare');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Säkerhetskopian från .+ är sparad\.$/ })).toBeVisible();
      await expectNoAxeViolations(page, 'startsidan efter en säkerhetskopia');
      await page.getByRole('button', { name: 'Återställ från säkerhetskopia …' }).click();
      const backups = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
      await expect(backups.getByRole('listitem')).toHaveCount(2);
      await expectNoAxeViolations(page, 'dialogen Återställ från säkerhetskopia');
      await backups.getByRole('listitem').first().getByRole('button', { name: /^Återställ säkerhetskopian från / }).click();
      const confirm = page.getByRole('dialog', { name: /^Återställa säkerhetskopian från / });
      await expect(confirm).toBeVisible();
      await expectNoAxeViolations(page, 'frågan Återställa säkerhetskopian?');
      await confirm.getByRole('button', { name: 'Avbryt' }).click();
      await expect(confirm).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(backups).toHaveCount(0);

      await openShortcutsHelp(page);
      await expect(page.getByRole('dialog', { name: 'Kortkommandon' })).toBeVisible();
      await expectNoAxeViolations(page, 'dialogen Kortkommandon');
    });

    test('body settings: the roster paste dialog with its preview', async ({ page, app }) => {
      const psn = app.bodies.find((b) => b.shortName === 'PSN')!;
      const body = new BodyPage(page);
      await body.open(app.url, psn.id, psn.name);
      await body.openPasteDialog();
      await expectNoAxeViolations(page, 'dialogen Klistra in från Excel eller Word');
      await body.pasteDialog
        .getByLabel('Rader att klistra in')
        .fill(['Namn\tParti\tOrganisation', 'Anna Berg\t(S)\tKustregionen', 'Kommunpolitiker'].join('\n'));
      await expect(body.pasteDialog.getByRole('button', { name: 'Lägg till 1 person' })).toBeEnabled();
      await expectNoAxeViolations(page, 'förhandsvisningen av inklistrade rader');
      // Esc closes it with focus back on the button that opened it, not on the page.
      await page.keyboard.press('Escape');
      await expect(body.pasteDialog).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Klistra in från Excel eller Word' })).toBeFocused();
    });

    test("a draft meeting: an item's fields, its tasks and the phrase picker", async ({ page, app }) => {
      const { meeting, item, entry } = await openDraftItem(page, app);
      await meeting.openItemFields(item);
      await expect(item.locator('details.item-editor')).toHaveAttribute('open', '');
      await expectNoAxeViolations(page, 'punktens fält (föredragande med mera)');

      const tasks = item.getByRole('group', { name: /^Uppdrag för punkt / });
      await tasks.getByRole('button', { name: '+ Nytt uppdrag' }).click();
      await tasks.getByRole('textbox', { name: `Uppdrag, punkt ${entry.label}.` }).fill('Skicka underlaget till beredningen');
      await meeting.waitUntilAgendaSaved();
      await expectNoAxeViolations(page, 'punktens uppdrag');

      await item.getByRole('button', { name: `Infoga fras i ${entry.item.title}` }).click();
      const picker = page.getByRole('dialog', { name: 'Infoga standardfras' });
      await expect(picker).toBeVisible();
      await expectNoAxeViolations(page, 'frasväljaren');
    });

    test('a draft meeting: removing an item and removing the meeting', async ({ page, app }) => {
      const { meeting } = await openDraftItem(page, app);
      await meeting.addItem();
      await page.keyboard.type('Tillfällig punkt');
      await meeting.waitUntilAgendaSaved();
      await page.getByRole('region', { name: /Tillfällig punkt$/ }).getByRole('button', { name: 'Ta bort punkten' }).click();
      const removeItem = page.getByRole('dialog', { name: /^Ta bort punkt \d+\.\?$/ });
      await expect(removeItem.getByRole('button', { name: 'Avbryt' })).toBeFocused();
      await expectNoAxeViolations(page, 'frågan Ta bort punkt?');
      await page.keyboard.press('Escape');
      await expect(removeItem).toHaveCount(0);

      await page.getByRole('region', { name: 'Radera mötet' }).getByRole('button', { name: 'Radera mötet …' }).click();
      const remove = page.getByRole('dialog', { name: 'Radera mötet för gott?' });
      await expect(remove).toBeVisible();
      await expectNoAxeViolations(page, 'frågan Radera mötet för gott?');
      await remove.getByLabel(/Skriv mötets datum/).fill('2020-01-01');
      await remove.getByRole('button', { name: 'Radera för gott' }).click();
      await expect(remove.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, 'frågan Radera mötet med fel datum');
    });

    test('a draft meeting: the export menu, a finished export, "Filen finns redan" and the preview', async ({ page, app }) => {
      const { meeting, summary } = await openDraftItem(page, app);
      const exportBar = page.getByRole('region', { name: 'Export' });
      const html = page.getByRole('button', { name: /^HTML Webbsida/ });
      await exportBar.getByRole('button', { name: /Exportera/ }).click();
      await expect(page.getByRole('button', { name: /^Word \(DOCX\)/ })).toBeFocused();
      await expectNoAxeViolations(page, 'exportmenyn');
      await html.click();
      await expect(exportBar.locator('.export-done')).toContainText('HTML-filen är sparad', { timeout: 30_000 });
      await expectNoAxeViolations(page, 'exporten klar');
      await exportBar.getByRole('button', { name: /Exportera/ }).click();
      await html.click();
      const question = page.getByRole('dialog', { name: 'Filen finns redan. Vill du ersätta den?' });
      await expect(question).toBeVisible({ timeout: 30_000 });
      await expectNoAxeViolations(page, 'frågan Filen finns redan');
      // Esc closes it with focus on "Exportera", the menu it came from being gone.
      await page.keyboard.press('Escape');
      await expect(question).toHaveCount(0);
      await expect(exportBar.getByRole('button', { name: /Exportera/ })).toBeFocused();
      await meeting.openPreview(summary.title);
      await expectNoAxeViolations(page, 'dialogen Förhandsgranska');
    });

    test('justering: in review, the approve dialog, unlocking, versions and an earlier version', async ({ page, app }) => {
      const { summary } = await demoDraft(app);
      const meeting = new MeetingPage(page);
      await meeting.open(app.url, summary);
      await new ReviewRoundPart(page).send(['Birgitta Sjöholm']);
      await meeting.expectStatus('review');
      await meeting.waitUntilAgendaSaved();
      await expectNoAxeViolations(page, 'mötet för justering');

      await meeting.reviewBar.getByRole('button', { name: 'Markera som justerad' }).click();
      const approve = page.getByRole('dialog', { name: 'Markera som justerad' });
      await expect(approve).toBeVisible();
      await expectNoAxeViolations(page, 'dialogen Markera som justerad');
      await page.keyboard.press('Escape');
      await expect(approve).toHaveCount(0);

      const day = new Date(`${summary.date}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() + 1);
      await meeting.approve([{ name: 'Karin Ek', role: 'ordförande' }], day.toISOString().slice(0, 10));
      await meeting.reviewBar.getByRole('button', { name: 'Lås upp' }).click();
      const unlock = page.getByRole('dialog', { name: 'Lås upp mötesanteckningen' });
      await expectNoAxeViolations(page, 'dialogen Lås upp');
      await unlock.getByLabel('Vem låser upp?').fill('Sara Holm');
      await unlock.getByLabel('Varför?').fill('Fel datum för nästa möte.');
      await unlock.getByRole('button', { name: 'Lås upp som ny version' }).click();
      await expect(meeting.reviewBar).toContainText('Version 2');

      await meeting.reviewBar.getByRole('button', { name: 'Versioner' }).click();
      const versions = page.getByRole('dialog', { name: 'Tidigare versioner' });
      await expect(versions.getByRole('link', { name: 'Version 1' })).toBeVisible();
      await expectNoAxeViolations(page, 'dialogen Tidigare versioner');
      await versions.getByRole('link', { name: 'Version 1' }).click();
      await expect(page.getByRole('note')).toContainText('Version 1');
      await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
      await expectNoAxeViolations(page, 'en tidigare version');
    });

    test('live mode: the shortcuts and the phrase picker', async ({ page, app }) => {
      const { summary } = await demoDraft(app);
      const live = new LivePage(page);
      await live.open(app.url, summary.id);
      await live.shortcutsButton.click();
      await expect(live.shortcutsButton).toHaveAttribute('aria-expanded', 'true');
      await expectNoAxeViolations(page, 'kortkommandona i liveläget');
      await live.standpoint.focus();
      await page.keyboard.press('Control+Alt+S');
      await expect(live.picker).toBeVisible();
      await expectNoAxeViolations(page, 'frasväljaren i liveläget');
    });
  });
}
