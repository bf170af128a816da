import { describe, expect, it } from 'vitest';
import { AUTO_LINK_MATCHERS } from '../../renderer/notes/config';

/** What typing an address into the notes turns into a link, and what it never does. */
function firstLink(text: string): { text: string; url: string } | null {
  for (const matcher of AUTO_LINK_MATCHERS) {
    const match = matcher(text);
    if (match) return { text: match.text, url: match.url };
  }
  return null;
}

describe('auto-links in the notes', () => {
  it('links web addresses and e-mail addresses written in running text', () => {
    expect(firstLink('Se https://www.norrvik.se/samverkan för protokollen.')).toEqual({
      text: 'https://www.norrvik.se/samverkan',
      url: 'https://www.norrvik.se/samverkan',
    });
    expect(firstLink('Mer på www.norrvik.se i morgon.')?.text).toBe('www.norrvik.se');
    expect(firstLink('Frågor till anna.berg@norrvik.se senast fredag.')).toEqual({
      text: 'anna.berg@norrvik.se',
      url: 'mailto:anna.berg@norrvik.se',
    });
  });

  it('leaves ordinary text, and addresses of other kinds, as text', () => {
    expect(firstLink('Arbetsgruppen återkommer med ett förslag till nästa möte.')).toBeNull();
    expect(firstLink('Kl. 13.00 i sal 4 (plan 2).')).toBeNull();
    expect(firstLink('javascript:alert(1) och file:///etc/passwd')).toBeNull();
  });
});
