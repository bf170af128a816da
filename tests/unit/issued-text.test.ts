import { describe, expect, it } from 'vitest';
import { archivedLine, archiveFolderOf, verifyResultText } from '../../shared/archive/issued-text';
import type { IssuedFile } from '../../shared/model/issued';

/** What the secretary reads after "Arkivera" and "Kontrollera en PDF". */

const file = (over: Partial<IssuedFile> = {}): IssuedFile => ({
  id: 7,
  meetingId: 1,
  kind: 'archive-pdfa',
  fileName: '2027-01-21 Mötesanteckning SGS arkiv v2/2027-01-21 Mötesanteckning SGS (PDF-A).pdf',
  sha256: 'a'.repeat(64),
  size: 1000,
  issueId: 'arkiv-2027-01-21-v2-0badf00d',
  // Noon UTC: the same day in Sweden whatever the season.
  issuedAt: '2027-02-03T12:00:00.000Z',
  summary: {
    bodyName: 'Samverkansgrupp Strandby',
    bodyShortName: 'SGS',
    title: 'Mötesanteckning SGS',
    date: '2027-01-21',
    diaryNumber: 'SGS 2027-4',
    version: 2,
    approvedOn: '2027-01-28',
    reviewers: [
      { name: 'Åsa Öberg', role: 'ordförande' },
      { name: 'Björn Ärlig', role: 'vice ordförande' },
      { name: 'Märta Lund', role: 'justerare' },
    ],
  },
  ...over,
});

describe('the archive and verify texts', () => {
  it('names the archive copy by day, version and folder', () => {
    expect(archiveFolderOf(file())).toBe('2027-01-21 Mötesanteckning SGS arkiv v2');
    expect(archivedLine(file())).toBe('Arkiverad 3 februari 2027 (version 2) – mappen 2027-01-21 Mötesanteckning SGS arkiv v2');
  });

  it('says unchanged with version, approval and reviewers; changed with what the file claims; unknown plainly', () => {
    expect(verifyResultText({ status: 'unchanged', file: file(), sha256: 'a'.repeat(64) })).toBe(
      'Oförändrad: justerad version 2 av Mötesanteckning SGS 21 januari 2027, justerad 28 januari 2027 av Åsa Öberg, Björn Ärlig och Märta Lund, arkiverad 3 februari 2027 (arkivexemplaret, PDF/A).',
    );
    expect(verifyResultText({ status: 'changed', file: file({ kind: 'public-pdf' }), sha256: 'b'.repeat(64) })).toBe(
      'Ändrad: filen säger sig vara justerad version 2 av Mötesanteckning SGS 21 januari 2027, publicerad 3 februari 2027 (den publicerade PDF:en), men innehållet skiljer sig från det som utfärdades. Använd den utfärdade filen i stället.',
    );
    expect(verifyResultText({ status: 'unknown', sha256: 'c'.repeat(64) })).toBe('Okänd: filen kommer inte från arkivet i Anteckna.');
  });

  it('names one reviewer without "och", and leaves out a missing approval day', () => {
    const one = file({ summary: { ...file().summary, reviewers: [{ name: 'Åsa Öberg', role: '' }], approvedOn: null } });
    expect(verifyResultText({ status: 'unchanged', file: one, sha256: 'a'.repeat(64) })).toContain(', justerad av Åsa Öberg, arkiverad');
  });
});
