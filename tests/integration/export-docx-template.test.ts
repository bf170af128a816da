import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from '../../electron/services/export/docx';
import { mergeTemplateStyles, PARAGRAPH_STYLES } from '../../electron/services/export/docx-styles';
import { AppError } from '../../shared/ipc/result';
import {
  demoDocuments,
  expectedLines,
  missingInOrder,
  organisationTemplate,
  readText,
  sofficeConvert,
  zipParts,
} from './export-docx-support';

// An organisation's own Word template: its styles win, ours fill in the rest,
// and the minutes stay Swedish.

function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? '';
}

describe('DOCX with an organisation template', () => {
  it("takes the template's styles and defaults, and adds the styles it lacks", async () => {
    const [demo] = demoDocuments().filter((d) => d.meeting.status === 'approved');
    if (!demo) throw new Error('ingen justerad demo');
    const bytes = await renderMinutesDocx(demo.doc, { templateDocx: await organisationTemplate() });
    const parts = zipParts(bytes);
    const styles = parts['word/styles.xml'] ?? '';

    const heading1 = styleXml(styles, 'Heading1');
    expect(heading1).toContain('w:ascii="Georgia"');
    expect(heading1).toContain('<w:color w:val="8B0000"/>');
    expect(styles.match(/w:styleId="Heading1"/g)?.length).toBe(1);
    // The template's defaults stay (Garamond), with Swedish as the language.
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Garamond".*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="sv-SE"\/>.*<\/w:docDefaults>/);
    expect(styles).not.toMatch(/<w:docDefaults>.*w:ascii="Calibri"/);
    // What the template lacks comes from us.
    for (const id of ['Subtitle', 'Quote', 'AntecknaStandpoint', 'AntecknaTypeLine', 'TableGrid']) {
      expect(styles.match(new RegExp(`w:styleId="${id}"`, 'g'))?.length, id).toBe(1);
    }
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    // The theme (what "Headings"/"Body" fonts and accent colours mean) is the template's too.
    expect(parts['word/theme/theme1.xml']).toContain('name="Norrviks tema"');
    expect(parts['word/theme/theme1.xml']).toMatch(/<a:majorFont><a:latin typeface="Georgia"/);

    // And the file is still whole: LibreOffice reads every line back in order.
    const dir = await mkdtemp(join(tmpdir(), 'anteckna-docx-template-'));
    try {
      const file = join(dir, 'med-mall.docx');
      await writeFile(file, bytes);
      const [txt] = await sofficeConvert([file], 'txt:Text', dir);
      expect(missingInOrder(await readText(txt as string), expectedLines(demo.doc))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses a file that is not a Word document, in Swedish', async () => {
    const [demo] = demoDocuments();
    if (!demo) throw new Error('ingen demo');
    const notZip = strToU8('det här är ingen docx');
    await expect(renderMinutesDocx(demo.doc, { templateDocx: notZip })).rejects.toThrow(AppError);
    const noStyles = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    await expect(renderMinutesDocx(demo.doc, { templateDocx: noStyles })).rejects.toThrow(/formatmallar/);
    const brokenStyles = zipSync({ 'word/styles.xml': strToU8('<html></html>') });
    await expect(renderMinutesDocx(demo.doc, { templateDocx: brokenStyles })).rejects.toThrow(/Mallen kunde inte användas/);
  });
});

describe('mergeTemplateStyles', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const heading = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>';

  it("replaces Word's English proofing language in the defaults with Swedish", () => {
    const xml =
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/>` +
      `<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>${heading}</w:styles>`;
    const { stylesXml, missing } = mergeTemplateStyles(xml);
    expect(stylesXml).toContain('<w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>');
    expect(stylesXml).toContain('<w:rFonts w:ascii="Arial"/>');
    expect(missing.map((s) => s.id)).not.toContain('Heading1');
    expect(missing.length).toBe(PARAGRAPH_STYLES.length - 1);
    expect(stylesXml).toContain('w:styleId="TableGrid"');
  });

  it('adds the language where the defaults have none, in every shape Word and others write them', () => {
    const cases = [
      `<w:styles ${W}>${heading}</w:styles>`,
      `<w:styles ${W}><w:docDefaults/>${heading}</w:styles>`,
      `<w:styles ${W}><w:docDefaults><w:pPrDefault/></w:docDefaults></w:styles>`,
      `<w:styles ${W}><w:docDefaults><w:rPrDefault/></w:docDefaults></w:styles>`,
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults></w:styles>`,
      `<w:styles ${W}><w:docDefaults><w:rPrDefault></w:rPrDefault></w:docDefaults></w:styles>`,
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
    ];
    for (const xml of cases) {
      const { stylesXml } = mergeTemplateStyles(xml);
      expect(stylesXml, xml).toMatch(/<w:docDefaults>.*<w:rPrDefault><w:rPr>.*<w:lang w:val="sv-SE"[^>]*\/>.*<\/w:rPr><\/w:rPrDefault>.*<\/w:docDefaults>/);
      expect(stylesXml.match(/<w:docDefaults/g)?.length, xml).toBe(1);
      expect(stylesXml.match(/<w:lang /g)?.length, xml).toBe(1);
    }
    // Schema order: w:lang after the size.
    expect(mergeTemplateStyles(cases[6] ?? '').stylesXml).toContain('<w:sz w:val="20"/><w:lang w:val="sv-SE"/>');
  });

  it('keeps a template table style of our id', () => {
    const own = '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>';
    const { stylesXml } = mergeTemplateStyles(`<w:styles ${W}>${own}</w:styles>`);
    expect(stylesXml.match(/w:styleId="TableGrid"/g)?.length).toBe(1);
    expect(stylesXml).toContain(own);
  });
});
