import { sourceFromText } from '../../../shared/import/text-source';
import type { SourceDocument } from '../../../shared/import/source';
import { readDocx } from './docx';
import { readPdf } from './pdf';
import { sniffImportFile } from './sniff';

/**
 * Reads a file of earlier minutes into a source document, or refuses it with
 * a Swedish message that says what to do. What the file is comes from its
 * bytes (sniff.ts), so a renamed file is read, or refused, for what it is.
 * Nothing is written anywhere.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const kind = sniffImportFile(bytes, fileName);
  switch (kind) {
    case 'docx':
      return readDocx(bytes, fileName);
    case 'pdf':
      return readPdf(bytes, fileName);
    case 'txt':
      return sourceFromText(decodeText(bytes), fileName, 'txt');
    default: {
      const never: never = kind;
      throw new Error(`unknown import file kind ${String(never)}`);
    }
  }
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
