import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../electron/main/policy';
import { linkOrText } from '../../shared/document/inline';
import { renderMinutesHtml } from '../../shared/document/html';
import { isSafeLink } from '../../shared/security/links';
import { validateLinkUrl } from '../../renderer/notes/config';
import { handMadeDocument } from './document-support';

// One rule for links everywhere: what the app refuses to open is never a link in an export either.

const SAFE = [
  'https://vardsamverkan.se/anteckningar/2026',
  'http://example.org/a?b=1&c=2',
  'mailto:eva.berg@strandby.se',
  'mailto:eva.berg@strandby.se?subject=F%C3%B6rhinder&body=Hej',
  'MAILTO:eva.berg@strandby.se?CC=per@strandby.se',
];
const UNSAFE = [
  'mailto:eva.berg@strandby.se?attach=/home/eva/.ssh/id_rsa',
  'mailto:eva.berg@strandby.se?subject=x&attachment=file:///etc/passwd',
  'mailto:eva.berg@strandby.se?%61ttach=/etc/passwd',
  'mailto:?subject=utan mottagare',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://user:pass@example.org/',
  'https:///ingen-värd',
  'data:text/html,<script>',
  'https://exa mple.org/',
];

describe('the link rule', () => {
  it.each(SAFE)('accepts %s, in exports and for opening', (url) => {
    expect(isSafeLink(url)).toBe(true);
    expect(externalUrlToOpen(url)).not.toBeNull();
    expect(linkOrText(url, [{ kind: 'text', text: 'länk' }])).toMatchObject({ kind: 'link' });
  });

  it.each(UNSAFE)('refuses %s: not opened, not made a link in the editor, and printed as text in exports', (url) => {
    expect(isSafeLink(url)).toBe(false);
    expect(externalUrlToOpen(url)).toBeNull();
    // The editor's link dialog and auto-links take the same rule.
    expect(validateLinkUrl(url)).toBe(false);
    expect(linkOrText(url, [{ kind: 'text', text: 'bilagan' }])).toEqual({ kind: 'text', text: 'bilagan' });
  });

  it('writes no href for a mailto with attach= into the HTML export', () => {
    const doc = handMadeDocument([
      {
        kind: 'paragraph',
        role: 'normal',
        children: [linkOrText('mailto:eva@strandby.se?attach=/etc/passwd', [{ kind: 'text', text: 'Skicka filen' }])],
      },
    ]);
    const html = renderMinutesHtml(doc, { forPrint: false });
    expect(html).toContain('Skicka filen');
    expect(html).not.toContain('attach=');
  });
});
