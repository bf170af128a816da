import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, type Finding } from '../../shared/publication/findings';
import { parseRoute, publicationHref } from '../../renderer/app/router';
import {
  contextParts,
  decidedText,
  findingKindLabel,
  groupByPlace,
  notPublishableReason,
  remainingKeys,
  savedText,
  withDecision,
} from '../../renderer/publication/publicationModel';

function finding(key: string, itemId: number | null, where: string, decision: Finding['decision'] = null): Finding {
  return { key, kind: 'email', text: 'x@exempel.example', itemId, where, context: 'Skriv till x@exempel.example i dag.', count: 1, decision, replacement: '' };
}

describe('the publication view model', () => {
  it('names every kind of finding in Swedish, each differently', () => {
    const labels = FINDING_KINDS.map(findingKindLabel);
    expect(labels).toEqual([
      'Personnummer',
      'Samordningsnummer',
      'Telefonnummer',
      'E-postadress',
      'Adress',
      'Namn som inte finns bland de kallade',
      'Hälsa eller sociala förhållanden',
    ]);
  });

  it('groups findings by item in the order they stand, the meeting’s own parts apart', () => {
    const groups = groupByPlace([
      finding('a', null, 'Mötesuppgifter'),
      finding('b', 12, '3. Ekonomi'),
      finding('c', 14, '4. Lokaler'),
      finding('d', 12, '3. Ekonomi'),
    ]);
    expect(groups.map((g) => [g.where, g.findings.map((f) => f.key)])).toEqual([
      ['Mötesuppgifter', ['a']],
      ['3. Ekonomi', ['b', 'd']],
      ['4. Lokaler', ['c']],
    ]);
  });

  it('counts decided findings and lists the remaining ones; a saved decision changes both', () => {
    const all = [finding('a', 1, '1.', 'keep'), finding('b', 1, '1.'), finding('c', 2, '2.', 'remove'), finding('d', 2, '2.')];
    expect(decidedText(all)).toBe('2 av 4 avgjorda');
    expect(remainingKeys(all)).toEqual(['b', 'd']);
    const after = withDecision(all, 'b', 'rewrite', 'en anhörig');
    expect(decidedText(after)).toBe('3 av 4 avgjorda');
    expect(after[1]).toMatchObject({ decision: 'rewrite', replacement: 'en anhörig' });
    expect(decidedText(withDecision(after, 'a', null, ''))).toBe('2 av 4 avgjorda');
  });

  it('splits the context around the text found, or leaves it whole when the text is not in it', () => {
    expect(contextParts('Ring 070-123 45 67 senast fredag.', '070-123 45 67')).toEqual({ before: 'Ring ', found: '070-123 45 67', after: ' senast fredag.' });
    expect(contextParts('Något annat.', '070-123 45 67')).toEqual({ before: 'Något annat.', found: '', after: '' });
  });

  it('publishes approved minutes only and says why not otherwise', () => {
    expect(notPublishableReason('approved')).toBeNull();
    expect(notPublishableReason('draft')).toMatch(/^Mötesanteckningen är ett utkast\. Bara justerade/);
    expect(notPublishableReason('review')).toMatch(/^Mötesanteckningen är ute för justering\. Bara justerade/);
  });

  it('says the saved file’s name, its folder and how many were removed', () => {
    const path = '/hem/sekreterare/Export/2026-10-15 Mötesanteckning PSN publicerad.html';
    expect(savedText('html', { fileName: '2026-10-15 Mötesanteckning PSN publicerad.html', path, removed: 3, undecided: 1 })).toBe(
      'Webbsidan 2026-10-15 Mötesanteckning PSN publicerad.html är sparad i /hem/sekreterare/Export. 3 uppgifter togs bort eller skrevs om; 1 av dem var inte avgjord och togs bort.',
    );
    expect(savedText('pdf', { fileName: 'a publicerad.pdf', path: '/x/a publicerad.pdf', removed: 0, undecided: 0 })).toBe(
      'PDF-filen a publicerad.pdf är sparad i /x. Inga uppgifter togs bort.',
    );
  });

  it('has its own address under the meeting', () => {
    expect(publicationHref(7)).toBe('#/meeting/7/publicera');
    expect(parseRoute(publicationHref(7))).toEqual({ view: 'publication', meetingId: 7 });
    expect(parseRoute('#/meeting/0/publicera')).toEqual({ view: 'notFound', hash: '/meeting/0/publicera' });
  });
});
