import type { IssuedFileKind, IssuedSummary } from '../../../shared/model/issued';

/**
 * metadata.json of an archive copy: what the folder holds and how to check
 * it, in the spirit of Riksarkivet's common specifications for submission
 * packages (FGS): a package id, who made it with what system, each file with
 * its media type, size and checksum with the algorithm named. It is not a
 * METS/FGS package; `claims` says so in the file itself.
 */

export const ARCHIVE_METADATA_FORMAT = 'anteckna-arkivexemplar';
export const ARCHIVE_METADATA_VERSION = 1;
export const CHECKSUM_TYPE = 'SHA-256';

/** The three content files of an archive copy, with the words the README and the UI use. */
export const ARCHIVE_FILE_ROLES = {
  'archive-pdfa': { role: 'arkivexemplar PDF/A-2b', mimeType: 'application/pdf' },
  'archive-docx': {
    role: 'redigerbar DOCX',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'archive-meeting-file': { role: 'mötesfil', mimeType: 'application/json' },
} as const satisfies Partial<Record<IssuedFileKind, { role: string; mimeType: string }>>;
export type ArchiveContentKind = keyof typeof ARCHIVE_FILE_ROLES;

export interface ArchiveContentFile {
  kind: ArchiveContentKind;
  name: string;
  size: number;
  sha256: string;
}

export interface ArchiveMetadataInput {
  issueId: string;
  created: string;
  appVersion: string;
  summary: IssuedSummary;
  files: readonly ArchiveContentFile[];
}

/** The metadata as JSON text (two-space indent, final newline). */
export function archiveMetadataJson(input: ArchiveMetadataInput): string {
  const { summary } = input;
  const metadata = {
    format: ARCHIVE_METADATA_FORMAT,
    formatVersion: ARCHIVE_METADATA_VERSION,
    // FGS: paketets id (OBJID); the same id stands in the PDF/A as AntecknaIssueId.
    packageId: input.issueId,
    issueId: input.issueId,
    // FGS: skapad (CREATED), ISO 8601 UTC.
    created: input.created,
    // FGS: skapare / producerande system.
    creator: { software: 'Anteckna', softwareVersion: input.appVersion },
    body: { name: summary.bodyName, shortName: summary.bodyShortName },
    record: {
      title: summary.title,
      date: summary.date,
      diaryNumber: summary.diaryNumber,
      version: summary.version,
      status: 'approved',
      statusLabel: 'justerad',
      approvedOn: summary.approvedOn,
      reviewers: summary.reviewers.map((r) => ({ name: r.name, role: r.role })),
    },
    checksumType: CHECKSUM_TYPE,
    files: input.files.map((file) => ({
      name: file.name,
      kind: file.kind,
      role: ARCHIVE_FILE_ROLES[file.kind].role,
      mimeType: ARCHIVE_FILE_ROLES[file.kind].mimeType,
      size: file.size,
      checksum: file.sha256,
      checksumType: CHECKSUM_TYPE,
    })),
    claims: {
      pdfa: 'PDF/A-2b (nivå b, visuellt utseende). Inte PDF/A-2a: strukturen (taggarna) följer inte med; den taggade PDF:en är den publicerade.',
      package: 'I andan av Riksarkivets förvaltningsgemensamma specifikationer (FGS) men inte ett FGS/METS-paket och inte en leverans till e-arkiv.',
      signature: 'Ingen elektronisk underskrift. Kontrollsummorna visar att filerna är oförändrade sedan arkiveringen, inte vem som justerade.',
    },
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
