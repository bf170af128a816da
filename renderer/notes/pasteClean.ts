import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalNode,
} from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { MAX_JSON_DEPTH, NOTES_MAX_BLOCKS, NOTES_MAX_TEXT } from '../../shared/notes/schema';
import { isSafeLink } from '../../shared/security/links';

/**
 * Cleaning of pasted HTML (Word, web pages) down to what the notes keep:
 * paragraphs, headings, quotes, lists, links to the web or e-mail, tables and
 * bold/italic/underline. Two halves: `cleanPastedDocument` works on an inert
 * document made by DOMParser (never the live page), `$filterPastedNodes` on
 * the Lexical nodes generated from it.
 */

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script', 'style', 'link', 'meta', 'title', 'head', 'img', 'picture', 'svg', 'math', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area', 'form', 'input',
  'button', 'select', 'option', 'textarea', 'template', 'noscript', 'base', 'xml', 'dialog', 'portal',
]);

/** Elements kept (with no attributes but those listed in KEEP_ATTRIBUTES). */
const KEEP = new Set([
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'b', 'strong', 'i', 'em', 'u', 'body', 'html', 'div', 'span',
]);

const KEEP_ATTRIBUTES: Record<string, string[]> = { a: ['href'], ol: ['start'] };

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase();
}

interface MsoListInfo {
  id: string;
  level: number;
  ordered: boolean;
  /** The number Word prints before the item ("2." → 2), 1 when it prints none. */
  number: number;
}

/** Word's list paragraphs: `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>`. */
function msoListInfo(el: Element): MsoListInfo | null {
  const style = styleOf(el);
  const m = /mso-list:\s*(l\d+)\s+level(\d+)/.exec(style);
  if (!m) return null;
  // The marker Word prints ("1.", "a)", "·", "o", "§") sits in a span with mso-list:Ignore.
  let marker = '';
  for (const span of Array.from(el.querySelectorAll('span'))) {
    if (/mso-list:\s*ignore/.test(styleOf(span))) {
      marker = (span.textContent ?? '').trim();
      break;
    }
  }
  const ordered = /^(\(?[0-9]+[.)]|\(?[a-z][.)]|\(?[ivx]+[.)])$/i.test(marker);
  const number = Number(/^\(?([0-9]{1,5})[.)]$/.exec(marker)?.[1] ?? 1);
  return { id: m[1] ?? 'l0', level: Math.max(1, Number(m[2] ?? 1)), ordered, number };
}

/** A list element for Word's list paragraphs, starting at the number Word printed before the first. */
function listElement(doc: Document, first: MsoListInfo): Element {
  const list = doc.createElement(first.ordered ? 'ol' : 'ul');
  if (first.ordered && first.number !== 1) list.setAttribute('start', String(first.number));
  return list;
}

/** Turns runs of Word list paragraphs into real nested <ul>/<ol> lists. */
function convertMsoLists(doc: Document): void {
  const paragraphs = Array.from(doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).filter((p) => msoListInfo(p));
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: Element[] = [first];
    let next = first.nextElementSibling;
    while (next && msoListInfo(next)) {
      run.push(next);
      next = next.nextElementSibling;
    }
    const firstInfo = msoListInfo(first);
    if (!firstInfo) continue;
    const root = listElement(doc, firstInfo);
    first.before(root);
    let stack: { level: number; list: Element }[] = [{ level: firstInfo.level, list: root }];
    for (const p of run) {
      done.add(p);
      const info = msoListInfo(p);
      if (!info) continue;
      for (const span of Array.from(p.querySelectorAll('span'))) {
        if (/mso-list:\s*ignore/.test(styleOf(span))) span.remove();
      }
      let top = stack[stack.length - 1];
      while (top && info.level < top.level && stack.length > 1) {
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (top && stack.length === 1 && info.level <= top.level && info.ordered !== (top.list.localName === 'ol')) {
        // "1. Lagstiftning", bullets, "2. Eskaleringsmodell": three lists, the last starting at 2.
        const split = listElement(doc, info);
        p.before(split);
        stack = [{ level: info.level, list: split }];
        top = stack[0];
      } else if (top && info.level > top.level) {
        const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
        const nested = listElement(doc, info);
        parentItem.appendChild(nested);
        stack.push({ level: info.level, list: nested });
        top = stack[stack.length - 1];
      }
      const li = doc.createElement('li');
      while (p.firstChild) li.appendChild(p.firstChild);
      top?.list.appendChild(li);
      p.remove();
    }
  }
}

/** Inline styles that carry meaning become elements before all styles go. */
function styleToElements(doc: Document): void {
  for (const el of Array.from(doc.body.querySelectorAll('span, font, b, strong'))) {
    const style = styleOf(el);
    const tag = el.tagName.toLowerCase();
    // Google Docs wraps everything in <b style="font-weight:normal">.
    if ((tag === 'b' || tag === 'strong') && /font-weight:\s*(normal|[1-4]00)\b/.test(style)) {
      unwrap(el);
      continue;
    }
    if (tag !== 'span' && tag !== 'font') continue;
    let inner: Element = el;
    const wrapWith = (name: string) => {
      const wrapper = doc.createElement(name);
      while (inner.firstChild) wrapper.appendChild(inner.firstChild);
      inner.appendChild(wrapper);
      inner = wrapper;
    };
    if (/font-weight:\s*(bold|[6-9]00)\b/.test(style)) wrapWith('strong');
    if (/font-style:\s*italic\b/.test(style)) wrapWith('em');
    if (/text-decoration[^;]*underline/.test(style)) wrapWith('u');
  }
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** Removes everything the notes do not keep; runs on an inert DOMParser document. */
export function cleanPastedDocument(doc: Document): void {
  // Comments (Word's conditional comments among them) and processing instructions go first.
  const walker = doc.createTreeWalker(doc.body, 0x80 /* SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);

  convertMsoLists(doc);
  styleToElements(doc);

  // Depth-first, children before parents, so unwrapping never skips nodes.
  const elements = Array.from(doc.body.querySelectorAll('*')).reverse();
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if (DROP.has(tag)) {
      el.remove();
      continue;
    }
    if (tag === 'a') {
      const href = (el.getAttribute('href') ?? '').trim();
      if (!isSafeLink(href)) {
        unwrap(el);
        continue;
      }
    }
    if (!KEEP.has(tag)) {
      // Word's <o:p>, <font>, <section> …: keep the text, lose the element.
      unwrap(el);
      continue;
    }
    const keep = KEEP_ATTRIBUTES[tag] ?? [];
    for (const attr of Array.from(el.attributes)) {
      if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
    }
  }
  for (const attr of Array.from(doc.body.attributes)) doc.body.removeAttribute(attr.name);
}

const INLINE_FORMATS = ['bold', 'italic', 'underline', 'strikethrough'] as const;
const ALLOWED_TYPES = new Set([
  'paragraph', 'text', 'linebreak', 'tab', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink',
  'table', 'tablerow', 'tablecell',
]);

/**
 * The second half: generated nodes limited to our kinds and formats. Text
 * keeps bold/italic/underline (and strikethrough) and loses inline styles,
 * code, highlight, sub- and superscript; unsafe links become plain text;
 * blocks lose alignment. Must run inside an editor update.
 */
export function $filterPastedNodes(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const node of nodes) {
    const cleaned = $cleanNode(node);
    if (cleaned) out.push(...cleaned);
  }
  return out;
}

function $cleanNode(node: LexicalNode): LexicalNode[] | null {
  const type = node.getType();
  if ($isTextNode(node)) {
    if (type !== 'text') return [$createTextNode(node.getTextContent())];
    const text = $createTextNode(node.getTextContent());
    for (const f of INLINE_FORMATS) if (node.hasFormat(f)) text.toggleFormat(f);
    return [text];
  }
  if ($isLinkNode(node) && !isSafeLink(node.getURL())) {
    return $filterPastedNodes(node.getChildren());
  }
  if (!ALLOWED_TYPES.has(type)) {
    if ($isElementNode(node)) {
      const children = $filterPastedNodes(node.getChildren());
      if (node.isInline()) return children;
      const paragraph = $createParagraphNode();
      paragraph.append(...children);
      return [paragraph];
    }
    const text = node.getTextContent();
    return text ? [$createTextNode(text)] : null;
  }
  if ($isElementNode(node)) {
    const children = node.getChildren();
    for (const child of children) child.remove();
    const kept = $filterPastedNodes(children);
    if (kept.length > 0) node.append(...kept);
    if (!node.isInline() && type !== 'tablecell' && type !== 'table' && type !== 'tablerow') node.setFormat('');
    if (type === 'link' || type === 'autolink') {
      // Only the address survives; no target, rel or title from the page.
      if ($isLinkNode(node)) {
        node.setTarget(null);
        node.setTitle(null);
        node.setRel(null);
      }
    }
    if (type === 'tablecell' && node.getChildrenSize() === 0) node.append($createParagraphNode());
  }
  return [node];
}

/**
 * Text in one item's notes, all runs together: the stored JSON (about twice
 * this with Lexical's bookkeeping) must stay well under the browser host's
 * 16 MB request limit.
 */
const MAX_NOTES_CHARACTERS = 6_000_000;
/** Element levels a paste may nest; each is two levels of the stored JSON. */
const MAX_PASTE_DEPTH = Math.floor(MAX_JSON_DEPTH / 2) - 20;

const number = (n: number) => n.toLocaleString('sv-SE');
const ADVICE = 'Inget klistrades in. Klistra in en mindre del i taget.';

/**
 * Why the pasted nodes cannot be kept in these notes, in Swedish, or null.
 * Checked before anything is inserted: a paste the notes could never save
 * would otherwise sit in the editor with every autosave refused. Must run
 * inside an editor update.
 */
export function $pasteProblem(nodes: LexicalNode[]): string | null {
  const root = $getRoot();
  const tooMany = $blocksProblem(nodes.filter((n) => $isElementNode(n) && !n.isInline()).length);
  if (tooMany !== null) return tooMany;
  // Lexical joins neighbouring text of the same format into one run, so a
  // run's length is that of all the text directly inside one element.
  const runLength = (siblings: LexicalNode[]) =>
    siblings.reduce((sum, n) => sum + ($isTextNode(n) ? n.getTextContentSize() : 0), 0);
  const tooLong = (size: number) =>
    `Ett stycke i det inklistrade är för långt: ${number(size)} tecken, högst ${number(NOTES_MAX_TEXT)}. ${ADVICE}`;
  if (runLength(nodes) > NOTES_MAX_TEXT) return tooLong(runLength(nodes));
  let characters = root.getTextContentSize();
  const stack: { node: LexicalNode; depth: number }[] = nodes.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: LexicalNode; depth: number };
    if (depth > MAX_PASTE_DEPTH) {
      return `Det inklistrade är nästlat i för många nivåer (högst ${MAX_PASTE_DEPTH}). ${ADVICE}`;
    }
    if ($isTextNode(node)) characters += node.getTextContentSize();
    if ($isElementNode(node)) {
      const children = node.getChildren();
      const run = runLength(children);
      if (run > NOTES_MAX_TEXT) return tooLong(run);
      for (const child of children) stack.push({ node: child, depth: depth + 1 });
    }
  }
  if (characters > MAX_NOTES_CHARACTERS) {
    return `Det inklistrade blir för långt för en punkts anteckningar: ${number(characters)} tecken, högst ${number(MAX_NOTES_CHARACTERS)}. ${ADVICE}`;
  }
  return null;
}

/** Why `pasted` more blocks do not fit in these notes, or null. Must run inside an editor read or update. */
export function $blocksProblem(pasted: number): string | null {
  const blocks = $getRoot().getChildrenSize() + pasted;
  if (blocks <= NOTES_MAX_BLOCKS) return null;
  return `Det inklistrade blir för långt för en punkts anteckningar: ${number(blocks)} stycken, högst ${number(NOTES_MAX_BLOCKS)}. ${ADVICE}`;
}

/** The same limits for plain text, checked before it is read into paragraphs. Must run inside an editor read or update. */
export function $plainTextProblem(text: string): string | null {
  let longest = 0;
  for (const line of text.split(/\r?\n/)) longest = Math.max(longest, line.length);
  if (longest > NOTES_MAX_TEXT) {
    return `Ett stycke i det inklistrade är för långt: ${number(longest)} tecken, högst ${number(NOTES_MAX_TEXT)}. ${ADVICE}`;
  }
  const characters = $getRoot().getTextContentSize() + text.length;
  if (characters > MAX_NOTES_CHARACTERS) {
    return `Det inklistrade blir för långt för en punkts anteckningar: ${number(characters)} tecken, högst ${number(MAX_NOTES_CHARACTERS)}. ${ADVICE}`;
  }
  return null;
}
