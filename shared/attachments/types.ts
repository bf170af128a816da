import { MAX_ATTACHMENT_BYTES } from '../model/invitation';
import { formatBytes } from '../format/datetime';

/**
 * The kinds of file an agenda item can have attached (bilagor), what the
 * secretary calls them, and the words for refusals that both the renderer
 * (before a byte is read) and main (before a byte is decoded) use.
 */

export const ATTACHMENT_TYPES = [
  { mediaType: 'application/pdf', label: 'PDF', noun: 'en PDF-fil', extensions: ['pdf'] },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word',
    noun: 'ett Word-dokument',
    extensions: ['docx'],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel',
    noun: 'en Excel-fil',
    extensions: ['xlsx'],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint',
    noun: 'en PowerPoint-presentation',
    extensions: ['pptx'],
  },
  { mediaType: 'image/png', label: 'PNG-bild', noun: 'en PNG-bild', extensions: ['png'] },
  { mediaType: 'image/jpeg', label: 'JPEG-bild', noun: 'en JPEG-bild', extensions: ['jpg', 'jpeg'] },
] as const;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export type AttachmentMediaType = AttachmentType['mediaType'];

export const ATTACHMENT_ACCEPTED = 'En bilaga kan vara en PDF, ett Word-dokument (.docx), en Excel-fil (.xlsx), en PowerPoint-presentation (.pptx) eller en bild (PNG eller JPEG).';

/** For the file chooser's `accept`: by name; main checks the content. */
export const ATTACHMENT_ACCEPT_ATTRIBUTE = ATTACHMENT_TYPES.flatMap((type) => type.extensions.map((e) => `.${e}`)).join(',');

const MAX_NAME_LENGTH = 255;

export function attachmentTypeOf(mediaType: string): AttachmentType | null {
  return ATTACHMENT_TYPES.find((type) => type.mediaType === mediaType) ?? null;
}

/** The type a file name claims by its extension, or null for an extension we do not take. */
export function attachmentTypeByName(fileName: string): AttachmentType | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  return ATTACHMENT_TYPES.find((type) => (type.extensions as readonly string[]).includes(extension)) ?? null;
}

/** "Filen ”Budget 2027.pdf”": how a message names the file it is about. */
export function theFile(fileName: string): string {
  return `Filen ”${fileName}”`;
}

/** Why a file cannot be a bilaga by its name alone, or null when its extension is one we take. */
export function unsupportedNameMessage(fileName: string): string | null {
  if (attachmentTypeByName(fileName) !== null) return null;
  const extension = /\.([^.]+)$/.exec(fileName)?.[1];
  return extension === undefined
    ? `${theFile(fileName)} har ingen filändelse. ${ATTACHMENT_ACCEPTED}`
    : `Filer som slutar på .${extension} kan inte läggas till. ${ATTACHMENT_ACCEPTED}`;
}

export function attachmentTooLargeMessage(fileName: string): string {
  return `${theFile(fileName)} är större än ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB och kan inte läggas till som bilaga.`;
}

/** How many base64 characters a file of the largest allowed size becomes. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/**
 * The name a file is kept under: no folder parts (a browser or a hostile
 * caller may send "C:\\x\\Budget.pdf"), no control characters, trimmed, and
 * shortened before its extension to 255 characters. Empty when nothing is left.
 */
export function attachmentFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, MAX_NAME_LENGTH - extension.length).trimEnd() + extension;
}

/** "PDF, 1,2 MB": the type and size as the list of bilagor shows them. */
export function attachmentDescription(mediaType: string, size: number): string {
  return `${attachmentTypeOf(mediaType)?.label ?? 'Fil'}, ${formatBytes(size)}`;
}
