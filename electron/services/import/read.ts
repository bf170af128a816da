import { AppError } from '../../../shared/ipc/result';
import { sourceFromText } from '../../../shared/import/text-source';
import { MAX_IMPORT_BYTES, type SourceDocument } from '../../../shared/import/source';

/**
 * Reads a file of earlier minutes into a source document, or refuses it with
 * a Swedish message that says what to do. Nothing is written anywhere.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError('validation', `Filen är större än ${MAX_IMPORT_BYTES / 1024 / 1024} MB och kan inte läsas in.`);
  }
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.txt')) return sourceFromText(decodeText(bytes), fileName, 'txt');
  throw new AppError('validation', 'Filtypen kan inte läsas in. Välj en .docx-, .pdf- eller .txt-fil.');
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (what Notepad wrote for years). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
