import { numberAgenda } from '../../shared/model/agenda';
import { clockMinutes } from '../../shared/model/domain';
import { expect, openDemoDraft, test } from './fixtures';

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
}

test('the agenda editor: a new item with kind, minutes, bilaga, presenter and link, moved by keyboard, renumbered and still there after a reload', async ({
  page,
  app,
}) => {
  // A long flow through a busy page; each step waits on the app's own signals.
  test.slow();
  const { summary, before, meeting } = await openDemoDraft(page, app);
  const top = numberAgenda(before.agenda).filter((e) => e.depth === 0);
  const last = top.at(-1)!;
  const count = top.length;
  expect(before.startTime && before.endTime, 'utkastet har start- och sluttid').toBeTruthy();
  const planned = before.agenda.reduce((sum, i) => sum + (i.minutes ?? 0), 0);
  // Enough minutes for the new item to run past the meeting's end.
  const extra = clockMinutes(before.endTime) - clockMinutes(before.startTime) - planned + 25;
  const plannedEnd = clock(clockMinutes(before.startTime) + planned + extra);

  await expect(meeting.timing).not.toContainText('efter mötets sluttid');

  // "+ Ny punkt" lands last, numbered, with its title field focused.
  await meeting.addItem();
  const title = 'Hjälpmedel i hemmet – gemensam riktlinje';
  await page.keyboard.type(title);
  const item = meeting.item(String(count + 1), title);
  await expect(item).toBeVisible();

  const fields = await meeting.openItemFields(item);
  await fields.getByRole('combobox', { name: /^Typ för punkt/ }).selectOption({ label: 'Beslut' });
  await fields.getByRole('textbox', { name: /^Minuter för punkt/ }).fill(String(extra));
  await fields.getByRole('checkbox', { name: /^Bilaga/ }).check();
  await fields.getByLabel('Namn', { exact: true }).fill('Eva Lindqvist');
  await fields.getByLabel('Organisation', { exact: true }).fill('Region Norrvik');
  await fields.getByRole('button', { name: 'Lägg till föredragande' }).click();

  // Only http, https and mailto links are taken.
  await fields.getByLabel('Länktext').fill('Riktlinjen');
  await fields.getByLabel('Adress').fill('javascript:alert(1)');
  await fields.getByRole('button', { name: 'Lägg till länk' }).click();
  await expect(fields.getByLabel('Adress')).toHaveAttribute('aria-invalid', 'true');
  await expect(fields.getByText('Länken måste börja med http://, https:// eller mailto:.', { exact: false })).toBeVisible();
  await fields.getByLabel('Adress').fill('https://example.org/riktlinje.pdf');
  await fields.getByRole('button', { name: 'Lägg till länk' }).click();
  await expect(fields.getByLabel('Adress')).not.toHaveAttribute('aria-invalid', 'true');

  await expect(item.locator('.item-type')).toHaveText(`Beslut (${extra} minuter, bilaga)`);
  await expect(item.locator('.item-presenters')).toHaveText('Föredragande: Eva Lindqvist, Region Norrvik.');
  await expect(item.getByRole('link', { name: 'Riktlinjen' })).toHaveAttribute('href', 'https://example.org/riktlinje.pdf');

  // Over time: the warning says when the agenda ends and by how much.
  await expect(meeting.timing).toContainText(
    `Dagordningen slutar ${plannedEnd} – 25 minuter efter mötets sluttid`,
  );

  // Alt+↑ on the item moves it above the last one; both are renumbered.
  await meeting.titleField(item).focus();
  await page.keyboard.press('Alt+ArrowUp');
  const moved = meeting.item(String(count), title);
  await expect(moved).toBeVisible();
  await expect(meeting.item(String(count + 1), last.item.title)).toBeVisible();
  await expect(meeting.titleField(moved)).toBeFocused();
  await meeting.waitUntilAgendaSaved();

  await page.reload();
  await meeting.waitUntilReady(summary.title);
  const again = meeting.item(String(count), title);
  await expect(again.locator('.item-type')).toHaveText(`Beslut (${extra} minuter, bilaga)`);
  await expect(again.locator('.item-presenters')).toHaveText('Föredragande: Eva Lindqvist, Region Norrvik.');
  await expect(again.getByRole('link', { name: 'Riktlinjen' })).toBeVisible();
  await expect(meeting.item(String(count + 1), last.item.title)).toBeVisible();
  await expect(meeting.timing).toContainText(`Dagordningen slutar ${plannedEnd} – 25 minuter efter mötets sluttid`);

  const stored = numberAgenda((await app.api('meetings:get', { id: summary.id })).agenda).filter((e) => e.depth === 0);
  expect(stored.map((e) => e.item.title).slice(-2)).toEqual([title, last.item.title]);
  expect(stored.at(-2)!.item).toMatchObject({
    kind: 'decision',
    minutes: extra,
    attachment: true,
    presenters: [{ name: 'Eva Lindqvist', organisation: 'Region Norrvik' }],
    links: [{ title: 'Riktlinjen', url: 'https://example.org/riktlinje.pdf' }],
  });
});

test('an item becomes a sub-item and back by keyboard, and is removed after confirmation', async ({ page, app }) => {
  // A long flow through a busy page; each step waits on the app's own signals.
  test.slow();
  const { summary, before, meeting } = await openDemoDraft(page, app);
  const top = numberAgenda(before.agenda).filter((e) => e.depth === 0);
  const count = top.length;

  await meeting.addItem();
  await page.keyboard.type('Tillfällig punkt');
  await page.keyboard.press('Alt+ArrowRight');
  const sub = page.getByRole('region', { name: 'a) Tillfällig punkt', exact: true });
  await expect(sub).toBeVisible();
  await expect(sub).toHaveAttribute('data-item-number', 'a)');
  await meeting.waitUntilAgendaSaved();
  let stored = await app.api('meetings:get', { id: summary.id });
  const parentId = stored.agenda.find((i) => i.title === 'Tillfällig punkt')?.parentId;
  expect(parentId).toBe(top.at(-1)!.item.id);

  await page.keyboard.press('Alt+ArrowLeft');
  const back = meeting.item(String(count + 1), 'Tillfällig punkt');
  await expect(back).toBeVisible();

  // The question opens on "Avbryt", never on the destructive button; Esc returns to where it was asked.
  const remove = back.getByRole('button', { name: 'Ta bort punkten' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Ta bort punkt ${count + 1}.?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.click();
  await dialog.getByRole('button', { name: 'Ta bort punkten' }).click();
  await expect(back).toHaveCount(0);
  await meeting.waitUntilAgendaSaved();
  stored = await app.api('meetings:get', { id: summary.id });
  expect(stored.agenda.some((i) => i.title === 'Tillfällig punkt')).toBe(false);
});

test('an item dragged by its handle onto the top half of another lands before it, renumbered and saved', async ({ page, app }) => {
  test.slow();
  const { summary, before, meeting } = await openDemoDraft(page, app);
  const top = numberAgenda(before.agenda).filter((e) => e.depth === 0);
  const [second, third] = [top[1]!, top[2]!];

  const dragged = meeting.item('3', third.item.title);
  const target = meeting.item('2', second.item.title);
  const moved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/agenda:move');
  // The mouse, step by step: the target's top below the sticky bars (which may hold a notice),
  // the dragged item's handle above the window's bottom edge.
  // (Placed by coordinates: scrollIntoView keeps clear of the sticky bars by the page's scroll-padding.)
  await target.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200));
  // Items coming into view are laid out at the next frame (content-visibility): measure after it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const from = (await dragged.locator('.drag-handle').boundingBox())!;
  const to = (await target.boundingBox())!;
  // Both points are on the screen and not under a sticky bar: what the mouse will press and drop on.
  const pressed = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const dropped = { x: to.x + 200, y: to.y + 12 };
  expect(await dragged.locator('.drag-handle').evaluate((h, p) => h.contains(document.elementFromPoint(p.x, p.y)), pressed)).toBe(true);
  expect(await target.evaluate((t, p) => t.contains(document.elementFromPoint(p.x, p.y)), dropped)).toBe(true);
  await page.mouse.move(pressed.x, pressed.y);
  await page.mouse.down();
  await page.mouse.move(dropped.x, to.y + 40, { steps: 6 });
  await page.mouse.move(dropped.x, dropped.y, { steps: 4 });
  await page.mouse.up();
  expect((await moved).ok()).toBe(true);
  await expect(meeting.item('2', third.item.title)).toBeVisible();
  await expect(meeting.item('3', second.item.title)).toBeVisible();
  await meeting.waitUntilAgendaSaved();
  const stored = numberAgenda((await app.api('meetings:get', { id: summary.id })).agenda).filter((e) => e.depth === 0);
  expect(stored.slice(1, 3).map((e) => e.item.id)).toEqual([third.item.id, second.item.id]);
});
