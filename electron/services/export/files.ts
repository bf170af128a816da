import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportFormat } from '../../../shared/ipc/contract';
import type { MinutesDocument } from '../../../shared/document/model';
import { AppError } from '../../../shared/ipc/result';

/**
 * Exported files on disk: their names, and writing them so a file is either
 * complete or not there at all.
 */

export interface WriteFileOptions {
  /** Replace an existing file; without it an existing file is refused. */
  overwrite: boolean;
}

/**
 * Writes a file so that it is either complete or not there at all: the data
 * goes to `PATH.tmp-<random>` in the same folder, is flushed to disk, and is
 * then renamed into place (or hard-linked, when overwriting is not allowed, so
 * a file that appeared in the meantime is never replaced). Errors are
 * AppErrors with a Swedish message; no temporary file is left behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteFileOptions): void {
  const folder = dirname(path);
  const temp = join(folder, `${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o644);
  } catch (error) {
    throw writeError(error, path, folder);
  }
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite) {
      renameSync(temp, path);
    } else {
      publishWithoutReplacing(temp, path);
    }
    syncFolder(folder);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created.
    }
    throw writeError(error, path, folder);
  }
}

/**
 * link() fails with EEXIST instead of replacing, unlike rename(). Where hard
 * links are not supported (FAT/exFAT memory sticks, some network shares) the
 * file is checked for and renamed.
 */
function publishWithoutReplacing(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST' || code === 'EACCES' || code === 'EROFS' || code === 'ENOSPC') throw error;
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, path);
    return;
  }
  unlinkSync(temp);
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported on every platform (Windows); the rename itself is durable enough there.
  }
}

function writeError(error: unknown, path: string, folder: string): AppError {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'EEXIST':
      return new AppError('conflict', `Filen ${path} finns redan. Välj ett annat namn eller ange --force för att skriva över den.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('internal', `Det går inte att skriva i mappen ${folder}. Kontrollera att du har behörighet att spara där.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('internal', `Mappen ${folder} finns inte.`);
    case 'ENOSPC':
      return new AppError('internal', `Det finns inte tillräckligt med utrymme för att spara ${path}.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new AppError('internal', `Filen ${path} kunde inte sparas: ${detail}`);
    }
  }
}

/** The file name for a format; PDF and PDF/A side by side must not collide. */
export function exportFileName(doc: MinutesDocument, format: ExportFormat): string {
  const base = safeFileName(doc.fileBaseName) || 'Mötesanteckning';
  switch (format) {
    case 'docx':
      return `${base}.docx`;
    case 'pdf':
      return `${base}.pdf`;
    case 'pdfa':
      return `${base} (PDF-A).pdf`;
    case 'html':
      return `${base}.html`;
    case 'json':
      return `${base}.anteckna.json`;
  }
}

/** Characters no file system likes, and leading dots, go. */
export function safeFileName(name: string): string {
  return name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').trim();
}

export const OVERWRITE_QUESTION = 'Filen finns redan. Vill du ersätta den?';

/** Writes the bytes into the export folder; an existing file only with `overwrite`. */
export function writeExport(
  exportDir: string,
  fileName: string,
  data: Uint8Array | string,
  overwrite: boolean,
): { path: string; fileName: string; bytes: number } {
  const path = join(exportDir, fileName);
  if (!overwrite && existsSync(path)) throw new AppError('conflict', OVERWRITE_QUESTION, 'overwrite');
  try {
    mkdirSync(exportDir, { recursive: true });
  } catch {
    throw new AppError('internal', `Exportmappen ${exportDir} kunde inte skapas.`);
  }
  try {
    writeFileAtomic(path, data, { overwrite });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') throw new AppError('conflict', OVERWRITE_QUESTION, 'overwrite');
    throw error;
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
  return { path, fileName, bytes };
}
