import { expect, test } from './fixtures';

test('the phrase library of a body: add, edit and remove a phrase', async ({ page, app }) => {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');
  const seeded = await app.api('templates:list', { bodyId: psn.id });
  expect(seeded.length).toBeGreaterThan(5);

  await page.goto(`${app.url}#/body/${psn.id}`);
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  const library = page.getByRole('region', { name: 'Standardfraser för ställningstaganden' });
  await expect(library.locator('[data-template-label]')).toHaveCount(seeded.length);
  // Placeholders are explained and gaps shown.
  await library.getByText('Platshållare i fraserna').click();
  await expect(library.getByText('{grupp}', { exact: true })).toBeVisible();

  await library.getByRole('button', { name: 'Ny fras' }).click();
  const form = library.getByRole('form', { name: 'Ny fras' });
  await form.getByLabel('Namn').fill('Återrapport till nästa möte');
  await form.getByLabel('Text').fill('{organ} vill att {grupp} återrapporterar till nästa möte den {nästa möte}.');
  await form.getByLabel('Information', { exact: true }).check();
  await form.getByRole('button', { name: 'Spara frasen' }).click();
  const row = library.locator('[data-template-label="Återrapport till nästa möte"]');
  await expect(row).toBeVisible();
  await expect(row.locator('.template-gap')).toHaveText(['[grupp eller person]', '[datum för nästa möte]']);

  let stored = await app.api('templates:list', { bodyId: psn.id });
  const added = stored.find((t) => t.label === 'Återrapport till nästa möte');
  expect(added).toMatchObject({ kinds: ['information'], text: '{organ} vill att {grupp} återrapporterar till nästa möte den {nästa möte}.' });

  await row.getByRole('button', { name: 'Ändra Återrapport till nästa möte' }).click();
  const edit = library.getByRole('form', { name: 'Ändra Återrapport till nästa möte' });
  await edit.getByLabel('Namn').fill('Återrapport');
  await edit.getByLabel('Dialog', { exact: true }).check();
  await edit.getByRole('button', { name: 'Spara frasen' }).click();
  await expect(library.locator('[data-template-label="Återrapport"]')).toBeVisible();
  stored = await app.api('templates:list', { bodyId: psn.id });
  expect(stored.find((t) => t.id === added?.id)).toMatchObject({ label: 'Återrapport', kinds: ['information', 'dialog'] });

  const edited = library.locator('[data-template-label="Återrapport"]');
  await edited.getByRole('button', { name: 'Ta bort Återrapport' }).click();
  await edited.getByRole('button', { name: 'Ta bort frasen' }).click();
  await expect(edited).toHaveCount(0);
  stored = await app.api('templates:list', { bodyId: psn.id });
  expect(stored.some((t) => t.id === added?.id)).toBe(false);
  expect(stored).toHaveLength(seeded.length);
});
