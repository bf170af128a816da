import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/**
 * The id of an issued file (archive copy, public version), written into the
 * PDF's document information so "Kontrollera en PDF" can tell which issued
 * file a changed copy claims to be. The SHA-256 says whether it is changed;
 * this says what it was.
 */

export const ISSUE_ID_KEY = 'AntecknaIssueId';

/** The PDF with the id in its document information; everything else as it was. */
export async function stampIssueId(pdf: Uint8Array, issueId: string): Promise<Uint8Array> {
  const file = await PDFDocument.load(pdf, { updateMetadata: false });
  infoDict(file).set(PDFName.of(ISSUE_ID_KEY), PDFString.of(issueId));
  return file.save({ updateFieldAppearances: false });
}

/** The id a PDF carries, or null (not issued by Anteckna, damaged, or encrypted). */
export async function readIssueId(pdf: Uint8Array): Promise<string | null> {
  try {
    const file = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: false });
    const value = infoDict(file).get(PDFName.of(ISSUE_ID_KEY));
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
    return null;
  } catch {
    return null;
  }
}

/** The trailer's /Info dictionary, made when the file has none. */
function infoDict(file: PDFDocument): PDFDict {
  const existing = file.context.trailerInfo.Info ? file.context.lookup(file.context.trailerInfo.Info) : undefined;
  if (existing instanceof PDFDict) return existing;
  const dict = file.context.obj({});
  file.context.trailerInfo.Info = file.context.register(dict);
  return dict;
}
