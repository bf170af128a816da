import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/ipc/result';

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
