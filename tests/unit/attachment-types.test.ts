import { describe, expect, it } from 'vitest';
import {
  attachmentDescription,
  attachmentFileName,
  attachmentTooLargeMessage,
  unsupportedNameMessage,
} from '../../shared/attachments/types';

describe('how a bilaga is named and described', () => {
  it('keeps the file name without folders or control characters, trimmed, at most 255 characters with its extension', () => {
    expect(attachmentFileName('C:\\Users\\eva\\Dokument\\ Budget 2027.pdf ')).toBe('Budget 2027.pdf');
    expect(attachmentFileName('/home/eva/Plan\u0007.docx')).toBe('Plan.docx');
    const long = attachmentFileName(`${'Rapport '.repeat(60)}.pdf`);
    expect(long).toHaveLength(255);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(attachmentFileName('  /  ')).toBe('');
  });

  it('says type and size in Swedish', () => {
    expect(attachmentDescription('application/pdf', 1_258_291)).toBe('PDF, 1,2 MB');
    expect(attachmentDescription('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 12_800)).toBe('Excel, 13 kB');
    expect(attachmentDescription('image/jpeg', 830)).toBe('JPEG-bild, 830 byte');
  });

  it('refuses by name what cannot be a bilaga, and names the limit and the file when it is too large', () => {
    expect(unsupportedNameMessage('Budget.PDF')).toBeNull();
    expect(unsupportedNameMessage('Foto.jpeg')).toBeNull();
    expect(unsupportedNameMessage('Film.mp4')).toMatch(/^Filer som slutar på \.mp4 kan inte läggas till\. En bilaga kan vara/);
    expect(unsupportedNameMessage('README')).toMatch(/^Filen ”README” har ingen filändelse\./);
    expect(attachmentTooLargeMessage('Film.pdf')).toBe('Filen ”Film.pdf” är större än 50 MB och kan inte läggas till som bilaga.');
  });
});
