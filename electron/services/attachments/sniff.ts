import { AppError } from '../../../shared/ipc/result';
import {
  ATTACHMENT_ACCEPTED,
  attachmentTypeByName,
  attachmentTypeOf,
  theFile,
  unsupportedNameMessage,
  type AttachmentMediaType,
} from '../../../shared/attachments/types';
import { compoundFileNames, zipEntryNames } from '../import/sniff';

/**
 * What an attached file really is, read from its bytes; a file whose name
 * says something else is refused, since the system's program chosen by the
 * name would fail to open it at the meeting.
 */

const OLD_OFFICE = {
  WordDocument: 'ett äldre Word-dokument (.doc). Spara det som .docx i Word',
  Workbook: 'en äldre Excel-fil (.xls). Spara den som .xlsx i Excel',
  Book: 'en äldre Excel-fil (.xls). Spara den som .xlsx i Excel',
  'PowerPoint Document': 'en äldre PowerPoint-presentation (.ppt). Spara den som .pptx i PowerPoint',
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function sniffAttachment(bytes: Uint8Array, fileName: string): AttachmentMediaType {
  const claimed = attachmentTypeByName(fileName);
  // An old Office file gets its own advice (save as .docx …), whatever its name.
  const byName = unsupportedNameMessage(fileName);
  if (byName !== null && !startsWith(bytes, OLE_MAGIC)) throw new AppError('validation', byName);
  const found = contentType(bytes, fileName);
  if (claimed === null || found !== claimed.mediaType) {
    const extension = /\.([^.]+)$/.exec(fileName)?.[1] ?? '';
    throw new AppError('validation', `Filen heter .${extension.toLowerCase()} men är ${attachmentTypeOf(found)?.noun ?? 'något annat'}.`);
  }
  return found;
}

function contentType(bytes: Uint8Array, fileName: string): AttachmentMediaType {
  if (bytes.byteLength === 0) throw new AppError('validation', `${theFile(fileName)} är tom.`);
  if (pdfHeaderWithin(bytes, 1024)) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes, fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    const names = compoundFileNames(bytes);
    if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
      throw new AppError('validation', `${theFile(fileName)} är lösenordsskyddad. Spara den utan lösenord och försök igen.`);
    }
    for (const [stream, what] of Object.entries(OLD_OFFICE)) {
      if (names.has(stream)) throw new AppError('validation', `${theFile(fileName)} är ${what} och försök igen.`);
    }
  }
  throw new AppError('validation', `${theFile(fileName)} är ingen fil som kan läggas till. ${ATTACHMENT_ACCEPTED}`);
}

/** An Office file is a zip whose main part says which program it belongs to. */
function officeType(bytes: Uint8Array, fileName: string): AttachmentMediaType {
  let names: string[];
  try {
    names = zipEntryNames(bytes);
  } catch {
    throw new AppError('validation', `${theFile(fileName)} är skadad och kunde inte läsas. Spara den på nytt och försök igen.`);
  }
  const parts = new Set(names);
  if (parts.has('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (parts.has('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (parts.has('ppt/presentation.xml')) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  throw new AppError('validation', `${theFile(fileName)} är ingen fil som kan läggas till. ${ATTACHMENT_ACCEPTED}`);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Readers accept a PDF whose header comes after some junk within the first kilobyte. */
function pdfHeaderWithin(bytes: Uint8Array, within: number): boolean {
  const limit = Math.min(bytes.byteLength - 5, within);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes.subarray(i), [0x25, 0x50, 0x44, 0x46, 0x2d])) return true;
  return false;
}
