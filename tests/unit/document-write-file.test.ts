import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/services/export/files';
import { AppError } from '../../shared/ipc/result';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anteckna-write-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes and leaves no temporary file', () => {
    writeFileAtomic(join(dir, 'a.html'), 'åäö', { overwrite: false });
    writeFileAtomic(join(dir, 'b.pdf'), new Uint8Array([37, 80, 68, 70]), { overwrite: false });
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('åäö');
    expect(readFileSync(join(dir, 'b.pdf'), 'latin1')).toBe('%PDF');
    expect(readdirSync(dir).sort()).toEqual(['a.html', 'b.pdf']);
  });

  it('refuses to replace an existing file unless overwrite is set', () => {
    const path = join(dir, 'a.html');
    writeFileSync(path, 'gammalt');
    expect(() => writeFileAtomic(path, 'nytt', { overwrite: false })).toThrow(/finns redan/);
    expect(readFileSync(path, 'utf8')).toBe('gammalt');
    writeFileAtomic(path, 'nytt', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('nytt');
    expect(readdirSync(dir)).toEqual(['a.html']);
  });

  it('gives a Swedish error and writes nothing when the folder is missing or not writable', () => {
    expect(() => writeFileAtomic(join(dir, 'saknas', 'a.html'), 'x', { overwrite: false })).toThrow(/Mappen .* finns inte/);
    if (process.getuid?.() === 0) return;
    const locked = join(dir, 'låst');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    let error: unknown;
    try {
      writeFileAtomic(join(locked, 'a.html'), 'x', { overwrite: true });
    } catch (e) {
      error = e;
    }
    chmodSync(locked, 0o755);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('Det går inte att skriva i mappen');
    expect(readdirSync(locked)).toEqual([]);
  });
});
