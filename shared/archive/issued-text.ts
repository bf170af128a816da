import { localDate } from '../format/clock';
import { formatLongDate } from '../format/date';
import type { IssuedFile, IssuedSummary, VerifyResult } from '../model/issued';

/** What the secretary reads about an issued file and about a checked PDF, in plain Swedish. */

/** "A", "A och B", "A, B och C". */
function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} och ${list.at(-1)!}`;
}

/** "justerad version 1 av Mötesanteckning PSN 15 oktober 2026". */
export function issuedVersionText(summary: IssuedSummary): string {
  const title = summary.title.trim() || `Mötesanteckning ${summary.bodyShortName}`;
  return `justerad version ${summary.version} av ${title} ${formatLongDate(summary.date)}`;
}

/** "justerad 20 oktober 2026 av Birgitta Sjöholm". */
export function approvedText(summary: IssuedSummary): string {
  const when = summary.approvedOn ? ` ${formatLongDate(summary.approvedOn)}` : '';
  const who = summary.reviewers.length > 0 ? ` av ${names(summary.reviewers.map((r) => r.name))}` : '';
  return `justerad${when}${who}`;
}

/** The day a file was issued, in the secretary's time zone. */
export function issuedDay(file: Pick<IssuedFile, 'issuedAt'>): string {
  return formatLongDate(localDate(new Date(file.issuedAt)));
}

/** "arkiverad 7 december 2026" or "publicerad 7 december 2026", with which file of the set it is. */
export function issuedAsText(file: IssuedFile): string {
  const day = issuedDay(file);
  switch (file.kind) {
    case 'archive-pdfa':
      return `arkiverad ${day} (arkivexemplaret, PDF/A)`;
    case 'archive-docx':
      return `arkiverad ${day} (Word-filen i arkivexemplaret)`;
    case 'archive-meeting-file':
      return `arkiverad ${day} (mötesfilen i arkivexemplaret)`;
    case 'archive-metadata':
      return `arkiverad ${day} (metadata.json i arkivexemplaret)`;
    case 'public-pdf':
      return `publicerad ${day} (den publicerade PDF:en)`;
    case 'public-html':
      return `publicerad ${day} (den publicerade webbsidan)`;
    default: {
      const never: never = file.kind;
      return String(never);
    }
  }
}

/** The folder of an archive copy, from the name it was recorded under ("<mapp>/<fil>"). */
export function archiveFolderOf(file: Pick<IssuedFile, 'fileName'>): string {
  const slash = file.fileName.indexOf('/');
  return slash === -1 ? file.fileName : file.fileName.slice(0, slash);
}

/** "Arkiverad 7 december 2026 (version 1) – mappen 2026-10-15 Mötesanteckning PSN arkiv v1". */
export function archivedLine(file: IssuedFile): string {
  return `Arkiverad ${issuedDay(file)} (version ${file.summary.version}) – mappen ${archiveFolderOf(file)}`;
}

/** The result of "Kontrollera en PDF" as one sentence (or two). */
export function verifyResultText(result: VerifyResult): string {
  switch (result.status) {
    case 'unchanged': {
      const { file } = result;
      return `Oförändrad: ${issuedVersionText(file.summary)}, ${approvedText(file.summary)}, ${issuedAsText(file)}.`;
    }
    case 'changed': {
      const { file } = result;
      return (
        `Ändrad: filen säger sig vara ${issuedVersionText(file.summary)}, ${issuedAsText(file)}, ` +
        'men innehållet skiljer sig från det som utfärdades. Använd den utfärdade filen i stället.'
      );
    }
    case 'unknown':
      return 'Okänd: filen kommer inte från arkivet i Anteckna.';
    default: {
      const never: never = result;
      return String(never);
    }
  }
}
