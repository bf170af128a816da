import { Inflate, strFromU8 } from 'fflate';
import { DOCX_TEMPLATE_MAX_BYTES } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';

/**
 * Reads the parts of an organisation's own .docx/.dotx that make its look:
 * word/styles.xml (fonts, colours, spacing of every style) and the theme
 * (the fonts and colours styles refer to as "Headings"/"Body" or accent
 * colours). Only those entries are inflated.
 *
 * The file comes from outside (a chosen file, a pasted path, the browser
 * host), so the zip is read by hand rather than with fflate's unzipSync:
 * unzipSync allocates whatever size the archive declares and keeps inflating
 * past it, so a small "zip bomb" could freeze or exhaust the app. Here each
 * part is inflated in slices and given up on as soon as it grows past
 * MAX_PART_BYTES, whatever the archive claims.
 */

export interface TemplateParts {
  styles: string;
  /** word/theme/theme1.xml, if the template has a theme. */
  theme: string | null;
}

/**
 * Far more than any real styles.xml or theme (a few hundred kB at most, a
 * heavy corporate template about one MB), and small enough that every part
 * is read in well under a second.
 */
export const MAX_TEMPLATE_PART_BYTES = 4 * 1024 * 1024;
const SLICE = 16 * 1024;

const THEME = /^word\/theme\/theme\d*\.xml$/;
const STYLES = 'word/styles.xml';
const CHOOSE = 'Välj ett Word-dokument (.docx eller .dotx).';

const MESSAGES = {
  empty: `Mallen kunde inte läsas: filen är tom. ${CHOOSE}`,
  tooLarge: `Mallen är för stor (högst ${DOCX_TEMPLATE_MAX_BYTES / 1024 / 1024} MB).`,
  notZip: `Mallen kunde inte läsas. ${CHOOSE}`,
  damaged: `Mallen kunde inte läsas: filen är skadad eller ofullständig. ${CHOOSE}`,
  noStyles: `Mallen saknar formatmallar (word/styles.xml). ${CHOOSE}`,
  tooBig: (name: string) =>
    `Mallen kunde inte läsas: ${name} i filen blir orimligt stor uppackad (över ${MAX_TEMPLATE_PART_BYTES / 1024 / 1024} MB). Välj ett annat Word-dokument.`,
} as const;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function readTemplate(templateDocx: Uint8Array): TemplateParts {
  if (templateDocx.length === 0) throw refused(MESSAGES.empty);
  if (templateDocx.length > DOCX_TEMPLATE_MAX_BYTES) throw refused(MESSAGES.tooLarge);
  if (!startsWithZipSignature(templateDocx)) throw refused(MESSAGES.notZip);
  const entries = centralDirectory(templateDocx);
  if (entries === null) throw refused(MESSAGES.damaged);
  const styles = entries.find((e) => e.name === STYLES);
  if (styles === undefined) throw refused(MESSAGES.noStyles);
  const theme = entries.filter((e) => THEME.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
  return {
    styles: strFromU8(entryData(templateDocx, styles)),
    theme: theme === undefined ? null : strFromU8(entryData(templateDocx, theme)),
  };
}

function refused(message: string): AppError {
  return new AppError('validation', message, 'templateDocx');
}

function startsWithZipSignature(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** The archive's table of contents, or null when it is missing or runs past the end (a cut file). */
function centralDirectory(data: Uint8Array): ZipEntry[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = data.length - 22; at >= 0 && at >= data.length - 22 - 0xffff; at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  const directoryOffset = u32(end + 16);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== 0x02014b50) return null;
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > end) return null;
    entries.push({
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    });
    at = next;
  }
  return entries;
}

/** One entry's bytes, inflated in slices and abandoned once past the limit. */
function entryData(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.size > MAX_TEMPLATE_PART_BYTES) throw refused(MESSAGES.tooBig(entry.name));
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = entry.localOffset;
  if (header + 30 > data.length || view.getUint32(header, true) !== 0x04034b50) throw refused(MESSAGES.damaged);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > data.length) throw refused(MESSAGES.damaged);
  const compressed = data.subarray(start, stop);
  if (entry.method === 0) {
    if (compressed.length > MAX_TEMPLATE_PART_BYTES) throw refused(MESSAGES.tooBig(entry.name));
    return compressed.slice();
  }
  if (entry.method !== 8) throw refused(MESSAGES.damaged);

  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_TEMPLATE_PART_BYTES) tooBig = true;
    else chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length && !tooBig; offset += SLICE) {
      const end = Math.min(offset + SLICE, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
  } catch {
    throw refused(MESSAGES.damaged);
  }
  if (tooBig) throw refused(MESSAGES.tooBig(entry.name));
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
