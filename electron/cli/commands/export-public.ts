import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/ipc/result';
import { writeFileAtomic } from '../../services/export/files';
import { createChromiumPrinter } from '../../services/export/pdf-printer';
import { assertPublishable, renderPublicFile, type PublicFile, type PublicFormat } from '../../services/export/public';
import { getBody } from '../../services/storage/bodies';
import { recordIssuedFiles } from '../../services/storage/issued-files';
import { getMeeting } from '../../services/storage/meetings';
import { listPublicationDecisions } from '../../services/storage/publication-decisions';
import { withDatabase, withWritableDatabase } from '../support';
import { publicResultText } from '../../../shared/publication/publishable';

/** The export formats of the public version, by the name `--format` takes. */
export const PUBLIC_FORMATS: Record<string, PublicFormat> = { 'public-html': 'html', 'public-pdf': 'pdf' };

/**
 * `anteckna export --format public-html|public-pdf`: the public version with
 * the decisions made in the publication check (undecided findings removed;
 * every finding with --redact-all), written to --out and recorded as issued.
 * Says on stderr how many findings were removed and how many of them were not decided.
 */
export async function exportPublicVersion(
  dbPath: string,
  meetingId: number,
  format: PublicFormat,
  out: string,
  options: { force: boolean; redactAll: boolean },
): Promise<void> {
  const { meeting, body, decisions } = withDatabase(dbPath, (db) => {
    const meeting = getMeeting(db, meetingId);
    assertPublishable(meeting.status);
    return { meeting, body: getBody(db, meeting.bodyId), decisions: listPublicationDecisions(db, meetingId) };
  });
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  // Chromium only for the PDF; the web page is never printed.
  const printer = format === 'pdf' ? createChromiumPrinter() : null;
  let file: PublicFile;
  try {
    file = await renderPublicFile(meeting, body, decisions, format, {
      redactAll: options.redactAll,
      printPdf: printer ? printer.print : () => Promise.reject(new Error('The public web page is never printed.')),
    });
  } finally {
    await printer?.close();
  }
  // Written under the writer lock, so a public file is never left on disk without its record.
  withWritableDatabase(dbPath, (db) => {
    writeFileAtomic(out, file.data, { overwrite: options.force });
    recordIssuedFiles(db, meetingId, file.issueId, [{ kind: file.kind, fileName: file.fileName, sha256: file.sha256, size: file.size }], new Date().toISOString());
  });
  process.stderr.write(`${publicResultText(file.removed, file.undecided)}\n`);
}
