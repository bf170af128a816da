import { readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { VERIFY_MAX_BYTES } from '../../../shared/ipc/contract-archive';
import { AppError } from '../../../shared/ipc/result';
import type { VerifyResult } from '../../../shared/model/issued';
import { verifyIssuedFile } from '../../services/archive/verify';
import { writeArchiveCopy } from '../../services/archive/write';
import { closeDatabase, openDatabase } from '../../services/storage/database';
import { type Options, VERSION, databasePath, parseMeetingId, printJson, requireOption, withPrintingDatabase } from '../support';

/**
 * `archive`: the archive copy of approved minutes as a folder inside --out,
 * as "Arkivera" writes it; the files are recorded, so it takes the writer lock.
 * `verify`: a file checked against everything issued, with an exit code a
 * script can act on (VERIFY_EXIT).
 */
export async function archiveCommand(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const out = resolvePath(requireOption(options.out, '--out MAPP'));
  const path = databasePath(options);
  return withPrintingDatabase(path, async (db, printPdf) => {
    const copy = await writeArchiveCopy(
      { db, printPdf, parentDir: out, appVersion: VERSION, now: new Date() },
      meetingId,
      options.force === true,
    ).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'conflict' && error.field === 'overwrite') {
        throw new AppError('conflict', `Arkivmappen finns redan i ${out}. Ange --force för att ersätta den.`);
      }
      throw error;
    });
    printJson({
      path: copy.path,
      folderName: copy.folderName,
      issueId: copy.files[0]?.issueId ?? null,
      files: copy.files.map((f) => ({ kind: f.kind, fileName: f.fileName, size: f.size, sha256: f.sha256 })),
    });
    return 0;
  });
}

/** Exit codes of `verify`: 1 and 2 stay "failed" and "wrong use", as for every command. */
export const VERIFY_EXIT = { unchanged: 0, changed: 3, unknown: 4 } as const satisfies Record<VerifyResult['status'], number>;

export async function verifyCommand(options: Options): Promise<number> {
  const file = resolvePath(requireOption(options.file, '--file FIL.pdf'));
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > VERIFY_MAX_BYTES) throw new AppError('validation', `Filen ${file} är för stor (högst 100 MB).`);
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not_found', `Filen ${file} kunde inte läsas.`);
  }
  const db = openDatabase(databasePath(options));
  try {
    const result = await verifyIssuedFile(db, bytes);
    printJson({ file, ...result });
    return VERIFY_EXIT[result.status];
  } finally {
    closeDatabase(db);
  }
}
