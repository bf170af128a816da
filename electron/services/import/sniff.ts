import { Inflate } from 'fflate';
import { AppError } from '../../../shared/ipc/result';
import { MAX_IMPORT_BYTES } from '../../../shared/import/source';

/**
 * What a file to import really is, decided from its bytes (the name only
 * breaks a tie for plain text), and every file we cannot or should not read
 * refused before a reader touches it, with a Swedish message that says what
 * to do. Reading writes nothing, so a refusal leaves everything as it was.
 */

export type ImportFileKind = 'docx' | 'pdf' | 'txt';

export const ACCEPTED = 'Välj en .docx-, .pdf- eller .txt-fil.';
const OLD_WORD = 'Filen är ett äldre Word-dokument (.doc). Spara filen som .docx i Word och försök igen.';
const PASSWORD = 'Filen är lösenordsskyddad. Spara den utan lösenord i Word och försök igen.';
const BOMB =
  'Filen packas upp till mer än vad ett Word-dokument med anteckningar rimligen innehåller och läses därför inte in. ' +
  'Öppna den i Word, spara den som en ny .docx och försök igen.';
const BROKEN_ZIP = 'Filen är skadad och kunde inte läsas som ett Word-dokument (.docx). Öppna den i Word, spara den som .docx och försök igen.';

/** Unpacked, a Word file of minutes is a few megabytes even with pictures. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Text and XML pack about 5–20 times; a part that packs more than this was made to explode. */
export const MAX_PACKING_RATIO = 200;
const RATIO_CHECKED_FROM = 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;

export function sniffImportFile(bytes: Uint8Array, fileName: string): ImportFileKind {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError('validation', `Filen är större än ${MAX_IMPORT_BYTES / 1024 / 1024} MB och kan inte läsas in. ${ACCEPTED}`);
  }
  const extension = /\.([^.\\/]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new AppError('validation', oleMessage(bytes));
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    checkZip(bytes);
    return 'docx';
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new AppError('validation', 'Filen är ett RTF-dokument. Spara filen som .docx i Word och försök igen.');
  }
  if (extension === 'docx' || extension === 'pdf') {
    throw new AppError('validation', `Filen heter .${extension} men är inte en ${extension === 'pdf' ? 'PDF-fil' : 'Word-fil'}. ${ACCEPTED}`);
  }
  if (extension === 'txt' && looksLikeText(bytes)) return 'txt';
  throw new AppError('validation', `Filtypen kan inte läsas in. ${ACCEPTED}`);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function indexOfAscii(bytes: Uint8Array, text: string, within: number): number {
  const limit = Math.min(bytes.byteLength - text.length, within);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Text has no NUL bytes (UTF-16 with a BOM aside) and few control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control <= sample.byteLength / 100;
}

/**
 * An OLE compound file is an old Word document, or a new one Word encrypted
 * with a password (then it holds the streams EncryptionInfo and
 * EncryptedPackage), or something else from Office.
 */
function oleMessage(bytes: Uint8Array): string {
  const names = compoundFileNames(bytes);
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return PASSWORD;
  if (names.has('WordDocument') || names.size === 0) return OLD_WORD;
  return `Filen är inget Word-dokument. ${ACCEPTED}`;
}

/** The names in a compound file's directory (MS-CFB), read through its FAT; empty when it cannot be read. */
export function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 512) return names;
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return names;
  const sectorSize = 1 << shift;
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(76 + i * 4, true);
    if (sector >= 0xfffffffa) break;
    fatSectors.push(sector);
  }
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return 0xfffffffe;
    const at = sectorAt(fatSector) + (sector % perSector) * 4;
    return at + 4 <= bytes.byteLength ? view.getUint32(at, true) : 0xfffffffe;
  };
  let sector = view.getUint32(48, true);
  for (let hops = 0; sector < 0xfffffffa && hops < 10_000; hops++) {
    const start = sectorAt(sector);
    if (start + sectorSize > bytes.byteLength) break;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const length = view.getUint16(entry + 64, true);
      if (length < 2 || length > 64) continue;
      names.add(new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + length - 2)));
    }
    sector = nextSector(sector);
  }
  return names;
}

interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/**
 * Refuses a zip that would unpack to far more than minutes can hold, from
 * its central directory and then by unpacking each part with a ceiling, so
 * a zip that lies about its sizes is stopped too, before mammoth unzips it.
 * Also refuses zips that are not Word documents (an .odt, an .xlsx).
 */
export function checkZip(bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) {
    if (names.has('mimetype') && names.has('content.xml')) {
      throw new AppError('validation', 'Filen är ett OpenDocument-dokument (.odt). Spara den som .docx (Word 2007–365) och försök igen.');
    }
    throw new AppError('validation', `Filen är inget Word-dokument. ${ACCEPTED}`);
  }
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressed;
    const ratio = entry.uncompressed / Math.max(1, entry.compressed);
    if (declared > MAX_UNPACKED_BYTES || (entry.uncompressed > RATIO_CHECKED_FROM && ratio > MAX_PACKING_RATIO)) {
      throw new AppError('validation', BOMB);
    }
  }
  let unpacked = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.localOffset + 30 > bytes.byteLength || view.getUint32(entry.localOffset, true) !== 0x04034b50) throw new AppError('validation', BROKEN_ZIP);
    const dataStart = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + entry.compressed);
    if (entry.method === 0) unpacked += data.byteLength;
    else if (entry.method === 8) unpacked += inflatedSize(data, Math.min(MAX_UNPACKED_BYTES - unpacked, entry.uncompressed + 1024));
    else throw new AppError('validation', BROKEN_ZIP);
    if (unpacked > MAX_UNPACKED_BYTES) throw new AppError('validation', BOMB);
  }
}

/** The size a deflated part unpacks to, stopping (and refusing) as soon as it passes `ceiling`. */
function inflatedSize(data: Uint8Array, ceiling: number): number {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.byteLength;
    if (size > ceiling) throw new AppError('validation', BOMB);
  });
  try {
    for (let at = 0; at < data.byteLength; at += 65536) inflate.push(data.subarray(at, at + 65536), at + 65536 >= data.byteLength);
    if (data.byteLength === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('validation', BROKEN_ZIP);
  }
  return size;
}

/** The names of the parts in a zip (an Office file), from its central directory; throws when it cannot be read. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return zipEntries(bytes).map((entry) => entry.name);
}

function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new AppError('validation', BROKEN_ZIP);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // ZIP64 (a count or offset of all ones) is never needed for minutes under the size limit.
  if (count === 0xffff || at === 0xffffffff || count > MAX_ZIP_ENTRIES) throw new AppError('validation', BOMB);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) throw new AppError('validation', BROKEN_ZIP);
    const nameLength = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw new AppError('validation', BOMB);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed,
      uncompressed,
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
