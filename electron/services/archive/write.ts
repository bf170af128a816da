import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildMinutesDocument } from '../../../shared/document/build';
import { exportMeetingFile } from '../../../shared/meetingfile/schema';
import { AppError } from '../../../shared/ipc/result';
import type { IssuedFile } from '../../../shared/model/issued';
import { renderMinutesDocx } from '../export/docx';
import { exportFileName, safeFileName, writeFileAtomic } from '../export/files';
import type { PdfPrinter } from '../export/pdf-printer';
import { renderPdfA } from '../export/render';
import { getBody, getDocxTemplate } from '../storage/bodies';
import type { Db } from '../storage/db';
import { issuedSummaryOf, recordIssuedFiles, type IssuedFileInput } from '../storage/issued-files';
import { getMeeting } from '../storage/meetings';
import { assertNotDatabaseFile } from '../storage/protected-files';
import { archiveMetadataJson, type ArchiveContentKind } from './metadata';

/**
 * "Arkivera": the approved minutes as a folder in the export folder, with the
 * PDF/A-2b (carrying the issue id), the DOCX, the meeting file and
 * metadata.json. The folder appears whole or not at all: it is written under
 * a temporary name and renamed into place. The files are recorded (with
 * their SHA-256) so "Kontrollera en PDF" knows them.
 */

export const ARCHIVE_EXISTS = 'Arkivmappen finns redan. Vill du ersätta den?';
export const METADATA_FILE_NAME = 'metadata.json';

export interface ArchiveCopyDeps {
  db: Db;
  printPdf: PdfPrinter;
  /** Where the folder goes (the export folder, or the CLI's --out). */
  parentDir: string;
  appVersion: string;
  now: Date;
}

export interface ArchiveCopy {
  path: string;
  folderName: string;
  files: IssuedFile[];
}

/** "2026-10-15 Mötesanteckning PSN arkiv v1": the version in the name, so two versions sit side by side. */
export function archiveFolderName(fileBaseName: string, version: number): string {
  return `${safeFileName(fileBaseName) || 'Mötesanteckning'} arkiv v${version}`;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const bytesOf = (data: Uint8Array | string) => (typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data);

export async function writeArchiveCopy(deps: ArchiveCopyDeps, meetingId: number, overwrite: boolean): Promise<ArchiveCopy> {
  const { db } = deps;
  // Refuses minutes that are not approved before anything is made.
  const summary = issuedSummaryOf(db, meetingId);
  const meeting = getMeeting(db, meetingId);
  const body = getBody(db, meeting.bodyId);
  const doc = buildMinutesDocument(meeting, body);
  const folderName = archiveFolderName(doc.fileBaseName, summary.version);
  const path = join(deps.parentDir, folderName);
  assertNotDatabaseFile(path, db.name);
  if (!overwrite && existsSync(path)) throw new AppError('conflict', ARCHIVE_EXISTS, 'overwrite');

  const issueId = `arkiv-${summary.date}-v${summary.version}-${randomBytes(4).toString('hex')}`;
  const pdfa = await renderPdfA(doc, deps.printPdf, issueId);
  const template = getDocxTemplate(db, body.id);
  const docx = await renderMinutesDocx(doc, template === null ? {} : { templateDocx: template });
  const meetingFile = bytesOf(`${JSON.stringify(exportMeetingFile(meeting, body, deps.now), null, 2)}\n`);

  const entry = (kind: ArchiveContentKind, name: string, data: Uint8Array) => ({
    file: { kind, name, size: data.byteLength, sha256: sha256(data) },
    data,
  });
  const content = [
    entry('archive-pdfa', exportFileName(doc, 'pdfa'), pdfa),
    entry('archive-docx', exportFileName(doc, 'docx'), docx),
    entry('archive-meeting-file', exportFileName(doc, 'json'), meetingFile),
  ];
  const created = deps.now.toISOString();
  const metadata = bytesOf(
    archiveMetadataJson({ issueId, created, appVersion: deps.appVersion, summary, files: content.map((c) => c.file) }),
  );

  const written = [
    ...content.map(({ file, data }) => ({ kind: file.kind, name: file.name, data })),
    { kind: 'archive-metadata' as const, name: METADATA_FILE_NAME, data: metadata },
  ];
  publishFolder(deps.parentDir, folderName, written, overwrite);

  // Recorded by folder and name, so the list can point at the folder again.
  const records: IssuedFileInput[] = written.map(({ kind, name, data }) => ({
    kind,
    fileName: `${folderName}/${name}`,
    sha256: sha256(data),
    size: data.byteLength,
  }));
  try {
    return { path, folderName, files: recordIssuedFiles(db, meetingId, issueId, records, created) };
  } catch (error) {
    // A folder nobody can verify is worse than none: it goes, and the secretary tries again.
    rmSync(path, { recursive: true, force: true });
    throw error;
  }
}

/** Writes the files into a temporary folder beside the target, then renames it into place. */
function publishFolder(parentDir: string, folderName: string, files: { name: string; data: Uint8Array }[], overwrite: boolean): void {
  const suffix = randomBytes(6).toString('hex');
  const temp = join(parentDir, `.${folderName}.tmp-${suffix}`);
  const target = join(parentDir, folderName);
  try {
    mkdirSync(parentDir, { recursive: true });
  } catch {
    throw new AppError('internal', `Mappen ${parentDir} kunde inte skapas.`);
  }
  try {
    mkdirSync(temp);
    for (const file of files) writeFileAtomic(join(temp, file.name), file.data, { overwrite: false });
    if (existsSync(target)) {
      if (!overwrite) throw new AppError('conflict', ARCHIVE_EXISTS, 'overwrite');
      const old = join(parentDir, `.${folderName}.old-${suffix}`);
      renameSync(target, old);
      renameSync(temp, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, target);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', `Arkivmappen ${target} kunde inte skrivas: ${detail}`);
  }
}
