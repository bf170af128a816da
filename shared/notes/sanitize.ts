/**
 * Notes keep only what Anteckna's own editor writes. Lexical puts a text
 * node's `style`, an element's `textStyle`, a link's `target`/`title` and a
 * table cell's `backgroundColor` on the page as they are, so notes that came
 * from a meeting file or a crafted save could carry CSS (a full-window
 * overlay link) into the editor. Every node keeps its own fields only, with
 * the values the editor itself produces; the rest is dropped. Text is never
 * touched. Used by the notes schema on every save, import and read.
 */

const ELEMENT_KEYS = ['type', 'version', 'children', 'direction', 'format', 'indent', 'textFormat', 'textStyle'];
const TEXT_KEYS = ['type', 'version', 'text', 'format', 'detail', 'mode', 'style'];
const OWN_KEYS: Record<string, readonly string[]> = {
  root: ELEMENT_KEYS,
  paragraph: ELEMENT_KEYS,
  quote: ELEMENT_KEYS,
  heading: [...ELEMENT_KEYS, 'tag'],
  list: [...ELEMENT_KEYS, 'listType', 'start', 'tag'],
  listitem: [...ELEMENT_KEYS, 'checked', 'value'],
  link: [...ELEMENT_KEYS, 'url', 'rel', 'target', 'title'],
  autolink: [...ELEMENT_KEYS, 'url', 'rel', 'target', 'title', 'isUnlinked'],
  table: [...ELEMENT_KEYS, 'colWidths', 'frozenColumnCount', 'frozenRowCount', 'rowStriping'],
  tablerow: [...ELEMENT_KEYS, 'height'],
  tablecell: [...ELEMENT_KEYS, 'backgroundColor', 'colSpan', 'headerState', 'rowSpan', 'verticalAlign', 'width'],
  text: TEXT_KEYS,
  tab: TEXT_KEYS,
  linebreak: ['type', 'version'],
};

const ALIGNMENTS = new Set(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
const MAX_INDENT = 10;
const MAX_SIZE = 5000;

type Json = Record<string, unknown>;

function size(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_SIZE ? value : undefined;
}

/** One field's value as the editor would write it; undefined drops the field. */
function clean(type: string, key: string, value: unknown): unknown {
  switch (key) {
    case 'style':
    case 'textStyle':
      return typeof value === 'string' ? '' : undefined;
    case 'target':
    case 'title':
    case 'rel':
    case 'backgroundColor':
      return value === undefined ? undefined : null;
    case 'direction':
      return value === 'ltr' || value === 'rtl' ? value : null;
    case 'indent':
      return typeof value === 'number' && Number.isInteger(value) ? Math.min(Math.max(value, 0), MAX_INDENT) : 0;
    case 'format':
      // Elements: an alignment; text: the bit field the schema checks.
      if (type === 'text' || type === 'tab') return value;
      return typeof value === 'string' && ALIGNMENTS.has(value) ? value : '';
    case 'mode':
      return value === 'token' || value === 'segmented' ? value : 'normal';
    case 'detail':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3 ? value : 0;
    case 'tag':
      if (type === 'list') return value === 'ol' ? 'ol' : 'ul';
      return value;
    case 'width':
    case 'height':
      return size(value);
    case 'colWidths':
      return Array.isArray(value) && value.length <= 100 && value.every((w) => size(w) !== undefined) ? [...value] : undefined;
    case 'verticalAlign':
      return value === 'top' || value === 'middle' || value === 'bottom' ? value : undefined;
    case 'frozenColumnCount':
    case 'frozenRowCount':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100 ? value : undefined;
    case 'rowStriping':
    case 'isUnlinked':
    case 'checked':
      return typeof value === 'boolean' ? value : undefined;
    default:
      return value;
  }
}

function node<T>(raw: T): T {
  const source = raw as unknown as Json;
  const type = String(source.type);
  const keys = OWN_KEYS[type] ?? ['type'];
  const out: Json = {};
  for (const key of keys) {
    if (!(key in source)) continue;
    if (key === 'children') {
      out.children = (source.children as unknown[]).map((child) => node(child));
      continue;
    }
    const value = clean(type, key, source[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/**
 * Notes the schema has checked (shared/notes/schema.ts calls this on every
 * parse), typed by their shape alone so that this file and the schema do not
 * import each other.
 */
export function sanitizeNotes<T extends { root: object }>(doc: T): T {
  return { root: node(doc.root) } as T;
}
