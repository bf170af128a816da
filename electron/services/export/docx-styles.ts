import type { IParagraphStyleOptions } from 'docx';
import type { HeadingLevel, ParagraphRole } from '../../../shared/document/model';

/**
 * The styles of the DOCX minutes. Word's built-in styles where Word has one
 * (Title, Subtitle, Heading 1–4, Quote, Table Grid, header, footer, List
 * Paragraph, Hyperlink), so an organisation restyles the minutes the way it
 * restyles any document; a few "Anteckna …" paragraph styles, based on
 * Normal, for the lines that have no built-in counterpart (header fields,
 * type line, presenters, standpoint, roster lines, signatures).
 *
 * With an organisation's template, the template's styles win: ours only fill
 * in the ids the template does not define (see `mergeTemplateStyles`).
 */

export const LANGUAGE = 'sv-SE';
export const FONT = 'Calibri';
/** A4 portrait with 2.5 cm margins: the text is this many twips wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' },
  rosterHeading: { 1: 'AntecknaRosterSide', 2: 'AntecknaRosterCategory' },
  quote: 'Quote',
  listParagraph: 'ListParagraph',
  header: 'Header',
  footer: 'Footer',
  draft: 'AntecknaDraft',
  table: 'TableGrid',
  hyperlink: 'Hyperlink',
} as const;

/** The paragraph style of each role; `normal` is Word's Normal. */
export const ROLE_STYLE: Record<ParagraphRole, string | undefined> = {
  normal: undefined,
  field: 'AntecknaField',
  typeLine: 'AntecknaTypeLine',
  presenters: 'AntecknaPresenters',
  standpoint: 'AntecknaStandpoint',
  person: 'AntecknaPerson',
  signature: 'AntecknaSignature',
};

const ACCENT = '1F3864';
const GREY = '595959';

function builtIn(id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...rest };
}

/** Size (half-points), space before and after (twips) of each heading level. */
const HEADING_LOOK: Record<HeadingLevel, { size: number; before: number; after: number; italics: boolean }> = {
  1: { size: 28, before: 360, after: 120, italics: false },
  2: { size: 24, before: 240, after: 80, italics: false },
  3: { size: 22, before: 200, after: 60, italics: false },
  4: { size: 22, before: 160, after: 40, italics: true },
};

function heading(level: HeadingLevel): IParagraphStyleOptions {
  const { size, before, after, italics } = HEADING_LOOK[level];
  return builtIn(STYLE.heading[level], `heading ${level}`, {
    uiPriority: 9,
    run: { size, bold: true, italics, color: ACCENT },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });
}

/**
 * A roster side or category: a heading of its level in the outline (Word's
 * navigation pane, the PDF's tags), so the first heading is a level 1, but
 * printed as the level below, so the list of those called keeps its look.
 */
function rosterHeading(level: 1 | 2, name: string): IParagraphStyleOptions {
  const { size, before, after } = HEADING_LOOK[level === 1 ? 2 : 3];
  return {
    id: STYLE.rosterHeading[level],
    name,
    basedOn: STYLE.heading[level],
    next: 'Normal',
    quickFormat: true,
    uiPriority: 9,
    run: { size },
    paragraph: { spacing: { before, after }, outlineLevel: level - 1 },
  };
}

function role(id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'> = {}): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, uiPriority: 20, ...rest };
}

/** Our paragraph styles, in the order they appear in Word's style list. */
export const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  builtIn(STYLE.title, 'Title', {
    uiPriority: 10,
    run: { size: 48, color: ACCENT },
    paragraph: { spacing: { before: 0, after: 80 }, keepNext: true },
  }),
  builtIn(STYLE.subtitle, 'Subtitle', {
    uiPriority: 11,
    run: { size: 28, color: GREY },
    paragraph: { spacing: { after: 320 }, keepNext: true },
  }),
  heading(1),
  heading(2),
  heading(3),
  heading(4),
  rosterHeading(1, 'Anteckna kallade, sida'),
  rosterHeading(2, 'Anteckna kallade, kategori'),
  builtIn(STYLE.quote, 'Quote', {
    uiPriority: 29,
    run: { italics: true, color: '404040' },
    paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 120, after: 120 } },
  }),
  // Consecutive list items without the space between paragraphs, as Word does.
  { id: STYLE.listParagraph, name: 'List Paragraph', basedOn: 'Normal', uiPriority: 34, quickFormat: true, paragraph: { contextualSpacing: true, indent: { left: 720 } } },
  { id: STYLE.header, name: 'header', basedOn: 'Normal', uiPriority: 99, unhideWhenUsed: true, run: { size: 18, color: GREY }, paragraph: { spacing: { after: 0 } } },
  { id: STYLE.footer, name: 'footer', basedOn: 'Normal', uiPriority: 99, unhideWhenUsed: true, run: { size: 18, color: GREY }, paragraph: { spacing: { after: 0 } } },
  { id: STYLE.draft, name: 'Anteckna utkastmarkering', basedOn: STYLE.header, uiPriority: 21, run: { bold: true, color: 'C00000', size: 20 } },
  role('AntecknaField', 'Anteckna fält', { paragraph: { spacing: { after: 40 } } }),
  role('AntecknaTypeLine', 'Anteckna ärendetyp', { paragraph: { spacing: { after: 60 }, keepNext: true } }),
  role('AntecknaPresenters', 'Anteckna föredragande', { paragraph: { spacing: { after: 120 } } }),
  role('AntecknaStandpoint', 'Anteckna ställningstagande', { run: { italics: true }, paragraph: { spacing: { before: 60, after: 160 } } }),
  role('AntecknaPerson', 'Anteckna person', { paragraph: { spacing: { after: 0 } } }),
  role('AntecknaSignature', 'Anteckna underskrift', { paragraph: { spacing: { before: 240, after: 0 }, keepNext: true, keepLines: true } }),
];

const RUN_DEFAULTS =
  `<w:rFonts w:ascii="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>` +
  `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${LANGUAGE}" w:eastAsia="en-US" w:bidi="ar-SA"/>`;

/** Calibri 11 pt, Swedish proofing, Word's usual spacing. */
export const DOC_DEFAULTS_XML =
  `<w:docDefaults><w:rPrDefault><w:rPr>${RUN_DEFAULTS}</w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`;

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';
/** Word's "Table Grid": thin borders everywhere, no spacing after in cells. */
export const TABLE_GRID_XML =
  `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
  `<w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>` +
  `<w:tblPr><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
  `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders></w:tblPr></w:style>`;

const NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';

/** The styles part we start from without a template: defaults and the table style (docx adds the rest). */
export const BASE_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NAMESPACES}>${DOC_DEFAULTS_XML}${TABLE_GRID_XML}</w:styles>`;

/**
 * The next opening tag `<name …>` (or `<name …/>`) at or after `from`: its
 * start and the index just past its `>`, or null. Found with indexOf, never
 * a backtracking regular expression, so a hostile styles part with many
 * unclosed tags is read in one linear pass instead of hanging the export.
 */
export function nextTag(xml: string, name: string, from = 0): { start: number; end: number; text: string } | null {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const after = xml.charCodeAt(at + open.length);
    // A space, tab, newline, '>' or '/' ends the name: "<w:style " is not "<w:styles".
    if (after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d && after !== 0x3e && after !== 0x2f) continue;
    const close = xml.indexOf('>', at + open.length);
    if (close < 0) return null;
    return { start: at, end: close + 1, text: xml.slice(at, close + 1) };
  }
  return null;
}

/** The value of one attribute in a tag's text, or null (linear: no nested quantifiers). */
function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

export function styleIdsOf(stylesXml: string): Set<string> {
  const ids = new Set<string>();
  for (let tag = nextTag(stylesXml, 'w:style'); tag !== null; tag = nextTag(stylesXml, 'w:style', tag.end)) {
    const id = attribute(tag.text, 'w:styleId');
    if (id !== null) ids.add(id);
  }
  return ids;
}

export class TemplateStylesError extends Error {}

/**
 * A template's styles.xml, made fit for the minutes: the template's own
 * styles and defaults stay as they are, its document language becomes
 * Swedish, and the table style is added if the template lacks it. Returns
 * the styles part and which of our paragraph styles it still needs.
 */
export function mergeTemplateStyles(templateXml: string): { stylesXml: string; missing: IParagraphStyleOptions[] } {
  const root = nextTag(templateXml, 'w:styles');
  const end = templateXml.lastIndexOf('</w:styles>');
  if (root === null || end < 0) throw new TemplateStylesError('Mallens formatmallar (word/styles.xml) saknar w:styles.');
  const ids = styleIdsOf(templateXml);
  let xml = withSwedishDefaults(templateXml, root.end);
  if (!ids.has(STYLE.table)) {
    const close = xml.lastIndexOf('</w:styles>');
    xml = `${xml.slice(0, close)}${TABLE_GRID_XML}${xml.slice(close)}`;
  }
  return { stylesXml: xml, missing: PARAGRAPH_STYLES.filter((s) => !ids.has(s.id)) };
}

/** Sets (or adds) `<w:lang w:val="sv-SE"/>` in the document defaults, keeping everything else. */
function withSwedishDefaults(xml: string, afterRoot: number): string {
  const start = xml.indexOf('<w:docDefaults');
  if (start < 0) return `${xml.slice(0, afterRoot)}${DOC_DEFAULTS_XML}${xml.slice(afterRoot)}`;
  const selfClosed = /^<w:docDefaults\s*\/>/.exec(xml.slice(start));
  if (selfClosed) return `${xml.slice(0, start)}${DOC_DEFAULTS_XML}${xml.slice(start + selfClosed[0].length)}`;
  const close = xml.indexOf('</w:docDefaults>', start);
  if (close < 0) throw new TemplateStylesError('Mallens dokumentstandard (w:docDefaults) är ofullständig.');
  const defaults = xml.slice(start, close);
  return `${xml.slice(0, start)}${swedishRunDefaults(defaults)}${xml.slice(close)}`;
}

const LANG = `<w:lang w:val="${LANGUAGE}"/>`;

function swedishRunDefaults(defaults: string): string {
  const start = defaults.indexOf('<w:rPrDefault');
  if (start < 0) {
    const open = nextTag(defaults, 'w:docDefaults');
    if (open === null) return defaults;
    return `${defaults.slice(0, open.end)}<w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault>${defaults.slice(open.end)}`;
  }
  const selfClosed = /^<w:rPrDefault\s*\/>/.exec(defaults.slice(start));
  const close = defaults.indexOf('</w:rPrDefault>', start);
  const end = selfClosed ? start + selfClosed[0].length : close < 0 ? defaults.length : close + '</w:rPrDefault>'.length;
  const before = defaults.slice(0, start);
  const after = defaults.slice(end);
  const segment = defaults.slice(start, end);
  return `${before}${swedishRunProperties(segment, selfClosed !== null)}${after}`;
}

/** One `<w:rPrDefault …>…</w:rPrDefault>` (or `<w:rPrDefault/>`), with w:lang set to Swedish. */
function swedishRunProperties(segment: string, selfClosed: boolean): string {
  if (selfClosed) return `<w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault>`;
  const lang = nextTag(segment, 'w:lang');
  if (lang && lang.text.endsWith('/>')) {
    const tag = lang.text;
    const replaced = /\bw:val="[^"]*"/.test(tag)
      ? tag.replace(/\bw:val="[^"]*"/, `w:val="${LANGUAGE}"`)
      : tag.replace('<w:lang', `<w:lang w:val="${LANGUAGE}"`);
    return segment.replace(tag, () => replaced);
  }
  if (/<w:rPr\s*\/>/.test(segment)) return segment.replace(/<w:rPr\s*\/>/, `<w:rPr>${LANG}</w:rPr>`);
  const rPrClose = segment.indexOf('</w:rPr>');
  if (rPrClose < 0) {
    const open = nextTag(segment, 'w:rPrDefault');
    return open === null ? segment : `${segment.slice(0, open.end)}<w:rPr>${LANG}</w:rPr>${segment.slice(open.end)}`;
  }
  // Schema order puts w:lang after the fonts, sizes and colours; before the few East Asian extras.
  const extra = /<w:(eastAsianLayout|specVanish|oMath)\b/.exec(segment.slice(0, rPrClose));
  const at = extra ? extra.index : rPrClose;
  return `${segment.slice(0, at)}${LANG}${segment.slice(at)}`;
}
