import { createHash } from 'node:crypto';
import type { VerifyResult } from '../../../shared/model/issued';
import { readIssueId } from '../export/issue-id';
import type { Db } from '../storage/db';
import { issuedFileByHash, issuedFileById } from '../storage/issued-files';

/**
 * "Kontrollera en PDF": the bytes' SHA-256 against every file issued. Same
 * hash: unchanged, and which one. Otherwise the id the PDF carries names the
 * issued PDF it claims to be: changed. Otherwise (another PDF, not a PDF at
 * all, damaged beyond reading) unknown. Never throws for the file's content.
 */
export async function verifyIssuedFile(db: Db, bytes: Uint8Array): Promise<VerifyResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const same = issuedFileByHash(db, sha256);
  if (same) return { status: 'unchanged', file: same, sha256 };
  const issueId = await readIssueId(bytes);
  const claimed = issueId === null ? null : issuedFileById(db, issueId, ['archive-pdfa', 'public-pdf']);
  if (claimed) return { status: 'changed', file: claimed, sha256 };
  return { status: 'unknown', sha256 };
}
