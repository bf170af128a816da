import { createHash, randomUUID } from 'node:crypto';
import { publicPrintDocument, renderPublicHtml, type PublicVersion } from '../../../shared/document/public-html';
import { AppError } from '../../../shared/ipc/result';
import type { Body } from '../../../shared/model/body';
import type { IssuedFileKind } from '../../../shared/model/issued';
import type { MeetingStatus } from '../../../shared/model/kinds';
import type { Meeting } from '../../../shared/model/meeting';
import { notPublishableReason } from '../../../shared/publication/publishable';
import { publicDocument, type Decisions } from '../../../shared/publication/check';
import { safeFileName } from './files';
import { stampIssueId } from './issue-id';
import type { PdfPrinter } from './pdf-printer';
import { finishPdfUa } from './pdf-ua';
import { printHtml } from './render';

/**
 * The public version ("publicerad") of approved minutes: the checked text
 * (removed and undecided findings read "[uppgift borttagen]", rewrites their
 * new words) as a self-contained web page or a tagged PDF. The PDF carries
 * an issue id so "Kontrollera en PDF" knows it for the public copy.
 */

export type PublicFormat = 'html' | 'pdf';

export interface PublicFile {
  kind: IssuedFileKind;
  fileName: string;
  data: Uint8Array | string;
  sha256: string;
  size: number;
  issueId: string;
  /** Findings removed or rewritten in the public version (decided or not). */
  removed: number;
  /** Of those, the findings nobody had decided yet (removed to be safe). */
  undecided: number;
}

/** Only approved minutes are published: a draft or minutes out for review are refused with why. */
export function assertPublishable(status: MeetingStatus): void {
  const reason = notPublishableReason(status);
  if (reason !== null) throw new AppError('conflict', reason);
}

/** Which version is published, from the meeting. */
export function publicVersionOf(meeting: Meeting): PublicVersion {
  return {
    date: meeting.date,
    approvedOn: meeting.approvedOn,
    reviewers: meeting.reviewers.map((r) => r.name),
    version: meeting.version,
  };
}

/** "2026-10-15 Mötesanteckning PSN publicerad.html". */
export function publicFileName(fileBaseName: string, format: PublicFormat): string {
  const base = safeFileName(fileBaseName) || 'Mötesanteckning';
  return `${base} publicerad.${format}`;
}

/** The public file's bytes, name and hash; nothing is written or recorded here. */
export async function renderPublicFile(
  meeting: Meeting,
  body: Body,
  decisions: Decisions,
  format: PublicFormat,
  options: { redactAll: boolean; printPdf: PdfPrinter },
): Promise<PublicFile> {
  assertPublishable(meeting.status);
  const { doc, removed, undecided } = publicDocument(meeting, body, decisions, { redactAll: options.redactAll });
  const version = publicVersionOf(meeting);
  const issueId = randomUUID();
  let kind: IssuedFileKind;
  let data: Uint8Array | string;
  switch (format) {
    case 'html':
      kind = 'public-html';
      data = renderPublicHtml(doc, version);
      break;
    case 'pdf': {
      kind = 'public-pdf';
      const print = publicPrintDocument(doc, version);
      const tagged = await finishPdfUa(await options.printPdf(printHtml(print), { draftMarker: null }), print);
      data = await stampIssueId(tagged, issueId);
      break;
    }
    default: {
      const never: never = format;
      throw new Error(`Unhandled format ${String(never)}`);
    }
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    kind,
    fileName: publicFileName(doc.fileBaseName, format),
    data,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
    issueId,
    removed,
    undecided,
  };
}
