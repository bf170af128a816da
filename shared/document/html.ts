import { placeCells, type PlacedCell } from './table';
import type { DocBlock, DocInline, DocList, DocTableCell, HeadingLevel, MinutesDocument, ParagraphRole } from './model';

/**
 * The minutes as one self-contained, accessible HTML document: the in-app
 * preview and what Chromium prints to PDF. No scripts, no external resources;
 * every text is escaped and links go only to http(s) or mailto.
 */

export interface HtmlOptions {
  /** Include the stylesheet (default true). */
  embedCss?: boolean;
  /** Print layout (A4 page rules) rather than the on-screen preview. */
  forPrint: boolean;
  /**
   * For a print dialog: the draft marker and "Sida X av Y" as the page's own
   * margin boxes, where the PDF export gets them from Chromium's header and
   * footer templates instead (so a printed copy looks like the PDF).
   */
  pageBoxes?: boolean;
}

export function renderMinutesHtml(doc: MinutesDocument, options: HtmlOptions): string {
  const embedCss = options.embedCss ?? true;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    doc.author ? `<meta name="author" content="${escapeAttr(doc.author)}">` : '',
    doc.subject ? `<meta name="keywords" content="${escapeAttr(doc.subject)}">` : '',
    `<meta name="description" content="${escapeAttr(doc.subtitle)}">`,
    embedCss ? `<style>${MINUTES_CSS}${options.forPrint ? PRINT_CSS : SCREEN_CSS}</style>` : '',
    embedCss && options.forPrint && options.pageBoxes ? `<style>${pageBoxesCss(doc.draftMarker)}</style>` : '',
  ].filter(Boolean);

  const body: string[] = [];
  // On paper the page header carries it, on every page (PRINT_CSS hides this one); the preview shows this one.
  if (doc.draftMarker) body.push(`<p class="draft-marker" role="note">${escapeHtml(doc.draftMarker)}</p>`);
  body.push('<header class="doc-header">');
  body.push(`<h1 class="doc-title">${escapeHtml(doc.title)}</h1>`);
  if (doc.subtitle) body.push(`<p class="doc-subtitle">${escapeHtml(doc.subtitle)}</p>`);
  body.push('</header>');
  body.push('<main>');
  for (const block of doc.blocks) body.push(renderBlock(block));
  body.push('</main>');

  const classes = ['minutes', options.forPrint ? 'print' : 'screen', doc.draftMarker ? 'draft' : ''].filter(Boolean).join(' ');
  return [
    '<!DOCTYPE html>',
    '<html lang="sv-SE">',
    `<head>\n${head.join('\n')}\n</head>`,
    `<body class="${classes}">`,
    body.join('\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Text content: &, <, > and both quotes are escaped, so it is safe in text and attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function escapeAttr(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, ' ');
}

function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) && !/[\s<>"]/.test(url.trim());
}

// Document headings are h2–h5 under the one h1 title, so the outline is real.
export function headingTag(level: HeadingLevel): 'h2' | 'h3' | 'h4' | 'h5' {
  switch (level) {
    case 1:
      return 'h2';
    case 2:
      return 'h3';
    case 3:
      return 'h4';
    case 4:
      return 'h5';
    default: {
      const never: never = level;
      throw new Error(`Unhandled heading level ${String(never)}`);
    }
  }
}

function roleClass(role: ParagraphRole): string {
  switch (role) {
    case 'normal':
      return '';
    case 'field':
      return 'field';
    case 'typeLine':
      return 'type-line';
    case 'presenters':
      return 'presenters';
    case 'standpoint':
      return 'standpoint';
    case 'person':
      return 'person';
    case 'signature':
      return 'signature';
    default: {
      const never: never = role;
      throw new Error(`Unhandled paragraph role ${String(never)}`);
    }
  }
}

export function anchorId(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function renderBlock(block: DocBlock): string {
  switch (block.kind) {
    case 'heading': {
      const tag = headingTag(block.level);
      const id = block.anchor ? ` id="${escapeAttr(anchorId(block.anchor))}"` : '';
      const look = block.look === 'roster' ? ' class="roster"' : '';
      return `<${tag}${id}${look}>${renderInlines(block.children)}</${tag}>`;
    }
    case 'paragraph': {
      const cls = roleClass(block.role);
      return `<p${cls ? ` class="${cls}"` : ''}>${renderInlines(block.children)}</p>`;
    }
    case 'list':
      return renderList(block);
    case 'table':
      return renderTable(block.rows);
    case 'quote':
      return `<blockquote><p>${renderInlines(block.children)}</p></blockquote>`;
    default: {
      const never: never = block;
      throw new Error(`Unhandled block ${JSON.stringify(never)}`);
    }
  }
}

function renderList(list: DocList): string {
  const items = list.items.map((item) => {
    const sub = item.sublist ? renderList(item.sublist) : '';
    return `<li>${renderInlines(item.children)}${sub}</li>`;
  });
  if (!list.ordered) return `<ul>${items.join('')}</ul>`;
  const start = list.start === 1 ? '' : ` start="${list.start}"`;
  return `<ol${start}>${items.join('')}</ol>`;
}

function renderTable(rows: DocTableCell[][]): string {
  const headerRow = rows[0]?.length ? rows[0].every((c) => c.header) : false;
  const grid = placeCells(rows);
  const renderRow = (row: PlacedCell[], inHead: boolean) =>
    `<tr>${row
      .map(({ cell, column }) => {
        const span = cell.rowSpan !== undefined && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
        const content = cell.blocks.map(renderBlock).join('');
        if (!cell.header) return `<td${span}>${content}</td>`;
        const scope = inHead ? 'col' : column === 0 ? 'row' : 'col';
        return `<th scope="${scope}"${span}>${content}</th>`;
      })
      .join('')}</tr>`;
  const out: string[] = ['<table>'];
  if (headerRow && grid[0]) out.push(`<thead>${renderRow(grid[0], true)}</thead>`);
  const bodyRows = headerRow ? grid.slice(1) : grid;
  if (bodyRows.length) out.push(`<tbody>${bodyRows.map((r) => renderRow(r, false)).join('')}</tbody>`);
  out.push('</table>');
  return out.join('');
}

export function renderInlines(nodes: DocInline[]): string {
  return nodes.map(renderInline).join('');
}

function renderInline(node: DocInline): string {
  switch (node.kind) {
    case 'text': {
      let html = escapeHtml(node.text).replace(/\t/g, '<span class="tab">\t</span>');
      if (node.underline) html = `<u>${html}</u>`;
      if (node.italic) html = `<em>${html}</em>`;
      if (node.bold) html = `<strong>${html}</strong>`;
      return node.change ? changeMark(node.change, html) : html;
    }
    case 'break':
      return '<br>';
    case 'link': {
      const label = renderInlines(node.children) || escapeHtml(node.url);
      if (!isSafeUrl(node.url)) return label;
      return `<a href="${escapeAttr(node.url.trim())}">${label}</a>`;
    }
    default: {
      const never: never = node;
      throw new Error(`Unhandled inline ${JSON.stringify(never)}`);
    }
  }
}

/**
 * <ins>/<del> with the words said out: screen readers do not announce the
 * elements, and the visible marks (double underline, strike) do not rely on colour.
 */
function changeMark(change: 'added' | 'removed', html: string): string {
  switch (change) {
    case 'added':
      return `<ins><span class="change-said">tillagt: </span>${html}</ins>`;
    case 'removed':
      return `<del><span class="change-said">borttaget: </span>${html}</del>`;
    default: {
      const never: never = change;
      throw new Error(`Unhandled change ${String(never)}`);
    }
  }
}

export const MINUTES_CSS = `
:root { color-scheme: light; }
html { font-family: Carlito, Calibri, 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; }
body { margin: 0; }
.doc-title { font-size: 20pt; font-weight: 700; margin: 0 0 4pt; }
.doc-subtitle { font-size: 13pt; margin: 0 0 14pt; }
/* 3pt of the space above is padding: the ring of an Å or the dots of an Ä/Ö
   reach above a 1.2 line, and at the top of a page that ink was printed at the
   foot of the page before (a stray "Å") and the PDF bookmark repeated the title. */
h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; margin: 13pt 0 6pt; padding-top: 3pt; line-height: 1.2; }
h2 { font-size: 14pt; }
h3 { font-size: 12pt; }
h4, h5 { font-size: 11pt; }
h5 { font-style: italic; }
h2.roster { font-size: 12pt; }
h3.roster { font-size: 11pt; }
p { margin: 0 0 6pt; orphans: 2; widows: 2; }
p.field { margin: 0 0 4pt; }
p.person { margin: 0 0 2pt; }
p.type-line { margin-top: 4pt; }
p.standpoint em { font-style: italic; }
p.signature { margin-top: 14pt; }
ul, ol { margin: 0 0 8pt; padding-left: 22pt; }
li { margin: 0 0 2pt; }
li > ul, li > ol { margin: 2pt 0 0; }
blockquote { margin: 0 0 8pt 14pt; padding-left: 8pt; border-left: 2pt solid #999; }
table { border-collapse: collapse; margin: 4pt 0 10pt; width: 100%; break-inside: auto; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #777; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { font-weight: 700; background: #eee; }
th p, td p { margin: 0 0 2pt; }
a { color: #0b4f8a; text-decoration: underline; }
.tab { white-space: pre; }
ins { text-decoration: underline double; color: #0b5a1e; background: #e3f2e6; }
del { text-decoration: line-through; color: #8a1c1c; background: #fbeaea; }
.change-said { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.draft-marker { font-weight: 700; color: #8a1c1c; border: 1pt solid #8a1c1c; padding: 3pt 6pt; margin: 0 0 12pt; display: inline-block; letter-spacing: 0.03em; }
`;

const SCREEN_CSS = `
body { max-width: 170mm; margin: 24px auto; padding: 0 16px; }
`;

const PRINT_CSS = `
@page { size: A4; margin: 20mm 20mm 22mm 20mm; }
body { margin: 0; }
a { color: #000; }
/* On paper (and in the PDF's text and tags) the change is said in words too: a PDF reader does not announce strike or underline. */
.change-said { position: static; display: inline-block; width: auto; height: auto; margin: 0 0.2em 0 0; overflow: visible; clip-path: none; font-size: 0.8em; font-style: italic; text-decoration: none; }
`;

/** A CSS string literal: quotes, backslashes and line breaks escaped, nothing else can end it. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The PDF's running header (the draft marker) and footer ("Sida X av Y") as @page margin boxes. */
function pageBoxesCss(draftMarker: string | null): string {
  const font = "font-family: Carlito, Calibri, 'Liberation Sans', Arial, sans-serif; font-size: 9pt;";
  const header = draftMarker ? `@top-left { content: ${cssString(draftMarker)}; ${font} font-weight: 700; color: #8a1c1c; }` : '';
  return `@page { ${header} @bottom-right { content: "Sida " counter(page) " av " counter(pages); ${font} color: #333; } }`;
}
