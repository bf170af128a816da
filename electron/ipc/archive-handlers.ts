import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { VERIFY_MAX_BYTES } from '../../shared/ipc/contract-archive';
import { writeArchiveCopy } from '../services/archive/write';
import { verifyIssuedFile } from '../services/archive/verify';
import type { Db } from '../services/storage/database';
import { listIssuedFiles } from '../services/storage/issued-files';
import type { Handlers } from './dispatch';
import { decodedUpload, noExporter, type ExporterDeps } from './export-handlers';

/** Where a recorded file is now, if it is in the export folder (never a path outside it). */
function pathInExportDir(exportDir: string | undefined, fileName: string): string | null {
  if (exportDir === undefined) return null;
  const path = resolve(join(exportDir, fileName));
  const rel = relative(resolve(exportDir), path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return existsSync(path) ? path : null;
}

/** "Arkivera" (the archive folder of approved minutes) and "Kontrollera en PDF". */
export function archiveHandlers(
  db: Db,
  exporter: ExporterDeps | undefined,
  clock: () => Date,
  appVersion: string,
): Pick<Handlers, 'archive:write' | 'archive:issued' | 'archive:verify'> {
  return {
    'archive:write': async ({ meetingId, overwrite }) => {
      if (!exporter) return noExporter();
      const copy = await writeArchiveCopy(
        { db, printPdf: exporter.printPdf, parentDir: exporter.exportDir, appVersion, now: clock() },
        meetingId,
        overwrite === true,
      );
      return { path: copy.path, folderName: copy.folderName, files: copy.files };
    },
    'archive:issued': ({ meetingId }) =>
      listIssuedFiles(db, meetingId).map((file) => ({ ...file, path: pathInExportDir(exporter?.exportDir, file.fileName) })),
    'archive:verify': ({ contentBase64 }) => verifyIssuedFile(
        db,
        decodedUpload(contentBase64, {
          maxBytes: VERIFY_MAX_BYTES,
          unreadable: 'Filen kunde inte läsas. Välj PDF-filen igen.',
          tooLarge: 'Filen är för stor (högst 100 MB).',
        }),
      ),
  };
}
