import { formatLongDate } from '../format/date';
import { anchorId, escapeHtml, headingTag, MINUTES_CSS, renderBlock, renderInlines } from './html';
import { joinSwedish, paragraph, plain, text } from './inline';
import type { DocBlock, MinutesDocument } from './model';

/**
 * The public version ("publicerad") of approved minutes: one self-contained
 * page for the body's web site, made from the already redacted document.
 * No script, no external resource, the stylesheet inline; a skip link, a
 * contents list and real headings, and it reflows down to 320 px (tables
 * scroll inside their own labelled region, long words wrap).
 */

/** Which approved version is published, said on the page and in the PDF. */
export interface PublicVersion {
  /** The meeting's date, ISO. */
  date: string;
  approvedOn: string | null;
  /** The reviewers' names, as they signed. */
  reviewers: readonly string[];
  version: number;
}

/** "Justerad 20 oktober 2026 av Anna Berg och Per Ek, version 1." */
export function publicVersionLine(version: PublicVersion): string {
  const when = version.approvedOn ? ` ${formatLongDate(version.approvedOn)}` : '';
  const names = version.reviewers.map((n) => n.trim()).filter(Boolean);
  const by = names.length ? ` av ${joinSwedish(names)}` : '';
  return `Justerad${when}${by}, version ${version.version}.`;
}

/** Why some words read "[uppgift borttagen]". */
export const PUBLIC_NOTICE = 'Publicerad version: personuppgifter som inte ska publiceras är ersatta med [uppgift borttagen].';

/** "Mötesanteckning PSN 15 oktober 2026 (publicerad)": the page's and the PDF's title. */
export function publicTitle(doc: MinutesDocument, version: PublicVersion): string {
  return `${doc.title} ${formatLongDate(version.date)} (publicerad)`;
}

/**
 * The document the public PDF prints: no draft marker, the public title in
 * its metadata, and the version line and notice first, under the heading.
 */
export function publicPrintDocument(doc: MinutesDocument, version: PublicVersion): MinutesDocument {
  return {
    ...doc,
    title: publicTitle(doc, version),
    draftMarker: null,
    blocks: [paragraph('normal', [text(publicVersionLine(version))]), paragraph('normal', [text(PUBLIC_NOTICE)]), ...doc.blocks],
  };
}

/** One line of the contents list: a main section, or a sub-item under the one before it. */
export interface ContentsEntry {
  id: string;
  label: string;
  sub: ContentsEntry[];
}

/** The id each heading gets on the page: its anchor where it has one, else "avsnitt-N"; never twice the same. */
function headingIds(blocks: readonly DocBlock[]): Map<number, string> {
  const ids = new Map<number, string>();
  const used = new Set<string>(['innehall', 'innehallsforteckning']);
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    let id = block.anchor ? anchorId(block.anchor) : `avsnitt-${index + 1}`;
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);
    ids.set(index, id);
  });
  return ids;
}

/** The contents list: every top-level heading, and the agenda's sub-items (the headings with an anchor) under their item. */
export function contentsOf(doc: MinutesDocument): ContentsEntry[] {
  const ids = headingIds(doc.blocks);
  const entries: ContentsEntry[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const id = ids.get(index);
    const label = plain(block.children).replace(/\s+/g, ' ').trim();
    if (id === undefined || !label) return;
    const last = entries[entries.length - 1];
    if (block.level === 1) entries.push({ id, label, sub: [] });
    else if (block.level === 2 && block.anchor && last) last.sub.push({ id, label, sub: [] });
  });
  return entries;
}

function renderContents(entries: readonly ContentsEntry[]): string {
  const items = entries.map((entry) => {
    const sub = entry.sub.length ? renderContents(entry.sub) : '';
    return `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.label)}</a>${sub}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The page for the web site, from the redacted document. */
export function renderPublicHtml(doc: MinutesDocument, version: PublicVersion): string {
  const title = publicTitle(doc, version);
  const ids = headingIds(doc.blocks);
  let tables = 0;
  const main = doc.blocks.map((block, index) => {
    if (block.kind === 'heading') {
      const tag = headingTag(block.level);
      return `<${tag} id="${escapeHtml(ids.get(index) ?? '')}">${renderInlines(block.children)}</${tag}>`;
    }
    if (block.kind === 'table') {
      // A wide table scrolls inside its own region, so the page itself never scrolls sideways at 320 px.
      tables += 1;
      return `<div class="table-region" role="region" aria-label="Tabell ${tables}" tabindex="0">${renderBlock(block)}</div>`;
    }
    return renderBlock(block);
  });
  const contents = contentsOf(doc);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    doc.author ? `<meta name="author" content="${escapeHtml(doc.author)}">` : '',
    `<meta name="description" content="${escapeHtml(`${doc.subtitle} – ${publicVersionLine(version)}`)}">`,
    `<style>${MINUTES_CSS}${PUBLIC_CSS}</style>`,
  ].filter(Boolean);
  const body = [
    '<a class="skip-link" href="#innehall">Hoppa till innehållet</a>',
    '<header class="doc-header">',
    `<h1 class="doc-title">${escapeHtml(doc.title)} ${escapeHtml(formatLongDate(version.date))}</h1>`,
    doc.subtitle ? `<p class="doc-subtitle">${escapeHtml(doc.subtitle)}</p>` : '',
    `<p class="version-line">${escapeHtml(publicVersionLine(version))}</p>`,
    `<p class="public-notice">${escapeHtml(PUBLIC_NOTICE)}</p>`,
    '</header>',
    contents.length
      ? `<nav aria-label="Innehåll"><h2 id="innehallsforteckning">Innehåll</h2>${renderContents(contents)}</nav>`
      : '',
    '<main id="innehall" tabindex="-1">',
    ...main,
    '</main>',
  ].filter(Boolean);
  return ['<!DOCTYPE html>', '<html lang="sv">', `<head>\n${head.join('\n')}\n</head>`, '<body class="minutes public">', ...body, '</body>', '</html>', ''].join(
    '\n',
  );
}

const PUBLIC_CSS = `
html { font-size: 100%; line-height: 1.5; }
body { max-width: 46rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
.doc-title { font-size: 1.6rem; line-height: 1.25; }
.version-line { font-weight: 700; }
.public-notice { font-style: italic; }
nav { margin: 1rem 0 1.5rem; padding: 0.5rem 1rem; border: 1px solid #777; }
nav ul { margin: 0; padding-left: 1.25rem; }
nav li { margin: 0.25rem 0; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; color: #0b4f8a; padding: 0.5rem; border: 2px solid #0b4f8a; }
.skip-link:focus { top: 0.5rem; }
a:focus-visible, .table-region:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.table-region { overflow-x: auto; max-width: 100%; margin: 0 0 10pt; }
.table-region table { margin: 0; }
`;
