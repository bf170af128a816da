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

/**
 * The id a PDF carries, or null (not issued by Anteckna, or encrypted). A
 * copy damaged so that it no longer loads still names the file it claims to
 * be when its info dictionary is plain text (the archive copy is written so).
 */
export async function readIssueId(pdf: Uint8Array): Promise<string | null> {
  try {
    const file = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: false });
    const value = infoDict(file).get(PDFName.of(ISSUE_ID_KEY));
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  } catch {
    // Damaged: the plain-text look-up below may still find it.
  }
  return issueIdInText(pdf);
}

const ISSUE_ID_TEXT = new RegExp(`/${ISSUE_ID_KEY}\\s*\\(([\\x20-\\x27\\x2a-\\x5b\\x5d-\\x7e]{1,200})\\)`);

/** The id as it stands in an uncompressed info dictionary of a file that starts as a PDF. */
function issueIdInText(pdf: Uint8Array): string | null {
  const head = Buffer.from(pdf.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return null;
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return ISSUE_ID_TEXT.exec(text)?.[1] ?? null;
}

/** The trailer's /Info dictionary, made when the file has none. */
function infoDict(file: PDFDocument): PDFDict {
  const existing = file.context.trailerInfo.Info ? file.context.lookup(file.context.trailerInfo.Info) : undefined;
  if (existing instanceof PDFDict) return existing;
  const dict = file.context.obj({});
  file.context.trailerInfo.Info = file.context.register(dict);
  return dict;
}
