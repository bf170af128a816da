/**
 * Marks what a page draws outside the tagged content as artifacts, in the
 * page's content stream. Chromium tags the document's own text but draws the
 * running header ("UTKAST – ej justerad"), the footer ("Sida 1 av 3") and the
 * page's white background outside any marked content, and PDF/UA wants every
 * mark on a page to be either tagged content or an artifact, so a screen
 * reader neither reads "Sida 1 av 3" in the middle of a sentence nor finds
 * text it cannot place.
 *
 * The stream is scanned as PDF content tokens (ISO 32000-1, 7.2 and 8.2):
 * strings, names, numbers, arrays, dictionaries and operators. Runs of drawing
 * at marked-content depth 0 are wrapped in `/Artifact BMC … EMC`, each from
 * its first operand to the operator that ends it, so a text object (BT … ET)
 * or an inline image (BI … EI) is never split.
 */

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** Operators that put marks on the page (or clip what later marks show). */
const DRAWING = new Set([
  // path construction and painting
  'm', 'l', 'c', 'v', 'y', 'h', 're', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n',
  // text objects, XObjects, shadings, inline images
  'BT', 'Do', 'sh', 'BI',
]);

interface Operator {
  name: string;
  /** Where its first operand starts (or the operator itself, without operands). */
  start: number;
  /** Just after the operator. */
  end: number;
}

/** The operators of a content stream with where each starts and ends. */
export function scanOperators(bytes: Uint8Array): Operator[] {
  const out: Operator[] = [];
  let operandsStart = -1;
  let i = 0;
  const n = bytes.length;
  const at = (k: number) => bytes[k] ?? 0;
  while (i < n) {
    const c = at(i);
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25 /* % */) {
      while (i < n && at(i) !== 0x0a && at(i) !== 0x0d) i++;
      continue;
    }
    const tokenStart = i;
    if (c === 0x28 /* ( */) {
      let depth = 0;
      for (; i < n; i++) {
        const d = at(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
      }
      i++;
    } else if (c === 0x3c /* < */ && at(i + 1) === 0x3c) {
      i += 2;
    } else if (c === 0x3e /* > */ && at(i + 1) === 0x3e) {
      i += 2;
    } else if (c === 0x3c) {
      while (i < n && at(i) !== 0x3e) i++;
      i++;
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i++;
    } else if (c === 0x2f /* / */) {
      i++;
      while (i < n && !WHITESPACE.has(at(i)) && !DELIMITERS.has(at(i))) i++;
    } else {
      while (i < n && !WHITESPACE.has(at(i)) && !DELIMITERS.has(at(i))) i++;
      if (i === tokenStart) i++; // a stray ")" or ">": step over it
      const word = String.fromCharCode(...bytes.subarray(tokenStart, i));
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        out.push({ name: word, start: operandsStart === -1 ? tokenStart : operandsStart, end: i });
        operandsStart = -1;
        if (word === 'ID') i = skipInlineImageData(bytes, i);
        continue;
      }
    }
    if (operandsStart === -1) operandsStart = tokenStart;
  }
  return out;
}

/** Past an inline image's data: to the "EI" that stands alone after whitespace. */
function skipInlineImageData(bytes: Uint8Array, from: number): number {
  for (let k = from + 1; k + 1 < bytes.length; k++) {
    const before = bytes[k - 1] ?? 0;
    const after = bytes[k + 2];
    if (bytes[k] === 0x45 && bytes[k + 1] === 0x49 && WHITESPACE.has(before) && (after === undefined || WHITESPACE.has(after))) return k;
  }
  return bytes.length;
}

/** Operators that end a unit of drawing: a painted (or clipping) path, a text object, an XObject, a shading, an inline image. */
const DRAWING_ENDS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'ET', 'Do', 'sh', 'EI']);

const encoder = new TextEncoder();
const OPEN = encoder.encode('/Artifact BMC\n');
const CLOSE = encoder.encode('\nEMC');

/**
 * The content stream with each unit of drawing outside marked content
 * wrapped as an artifact; the stream itself if there is none.
 */
export function markUntaggedAsArtifacts(bytes: Uint8Array): Uint8Array {
  const inserts: { at: number; bytes: Uint8Array }[] = [];
  let depth = 0;
  let open = false;
  for (const op of scanOperators(bytes)) {
    const { name } = op;
    if (name === 'BDC' || name === 'BMC') depth++;
    else if (name === 'EMC') depth = Math.max(0, depth - 1);
    else if (!open && depth === 0 && DRAWING.has(name)) {
      inserts.push({ at: op.start, bytes: OPEN });
      open = true;
    }
    if (open && DRAWING_ENDS.has(name)) {
      inserts.push({ at: op.end, bytes: CLOSE });
      open = false;
    }
  }
  if (open) inserts.push({ at: bytes.length, bytes: CLOSE });
  if (inserts.length === 0) return bytes;
  const size = bytes.length + inserts.reduce((sum, ins) => sum + ins.bytes.length, 0);
  const out = new Uint8Array(size);
  let read = 0;
  let write = 0;
  for (const ins of inserts) {
    out.set(bytes.subarray(read, ins.at), write);
    write += ins.at - read;
    read = ins.at;
    out.set(ins.bytes, write);
    write += ins.bytes.length;
  }
  out.set(bytes.subarray(read), write);
  return out;
}
