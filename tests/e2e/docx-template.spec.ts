import { Document, Packer, Paragraph } from 'docx';
import { expect, test } from './fixtures';

/** A template the way an organisation makes one: Heading 1 in Georgia. */
async function organisationTemplate(): Promise<Buffer> {
  const template = new Document({
    styles: { default: { heading1: { run: { font: 'Georgia', size: 36, bold: true } } } },
    sections: [{ children: [new Paragraph('Organisationens mall')] }],
  });
  return Packer.toBuffer(template);
}

test('the Word template of a body: a wrong file is refused at the field, a .docx is saved at once and can be removed', async ({
  page,
  app,
}) => {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');
  expect((await app.api('bodies:get', { id: psn.id })).docxTemplateName).toBeNull();

  await page.goto(`${app.url}#/body/${psn.id}`);
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  const section = page.getByRole('region', { name: 'Wordmall för export' });
  await expect(section).toHaveAttribute('data-template-state', 'saved');
  await expect(section).toContainText('Ingen mall vald');
  const input = section.getByLabel('Välj .docx-fil …');

  // A text file dressed up as .docx: the server reads it first and refuses it.
  await input.setInputFiles({ name: 'anteckningar.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('Ingen Word-fil') });
  await expect(section).toHaveAttribute('data-template-state', 'error');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(section.locator('.field-error')).toHaveText('Mallen kunde inte läsas. Välj ett Word-dokument (.docx eller .dotx).');
  expect((await app.api('bodies:get', { id: psn.id })).docxTemplateName).toBeNull();

  await input.setInputFiles({
    name: 'Region Norrvik mall.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await organisationTemplate(),
  });
  await expect(section).toHaveAttribute('data-template-state', 'saved');
  await expect(section.locator('.field-error')).toHaveCount(0);
  await expect(section.locator('.docx-template-current')).toContainText('Region Norrvik mall.docx');
  expect((await app.api('bodies:get', { id: psn.id })).docxTemplateName).toBe('Region Norrvik mall.docx');

  // Still there after a reload.
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  await expect(section.locator('.docx-template-current')).toContainText('Region Norrvik mall.docx');

  await section.getByRole('button', { name: 'Ta bort mallen' }).click();
  await expect(section).toHaveAttribute('data-template-state', 'saved');
  await expect(section).toContainText('Ingen mall vald');
  await expect(section.getByRole('button', { name: 'Ta bort mallen' })).toHaveCount(0);
  expect((await app.api('bodies:get', { id: psn.id })).docxTemplateName).toBeNull();
});
