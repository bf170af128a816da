import { describe, expect, it } from 'vitest';
import { markUntaggedAsArtifacts, scanOperators } from '../../electron/services/export/pdf-artifacts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const ops = (content: string) => scanOperators(bytes(content)).map((op) => op.name);

describe('the content stream scanner', () => {
  it('reads operators past strings with parentheses and escapes, hex strings, names, arrays and dictionaries', () => {
    expect(ops('/F4 12 Tf (a \\) b (c) d) Tj <00ff> Tj [(x) -20 (y)] TJ /Span <</MCID 3 /Alt (ET)>> BDC EMC')).toEqual([
      'Tf', 'Tj', 'Tj', 'TJ', 'BDC', 'EMC',
    ]);
  });

  it('steps over an inline image’s data, even when it looks like operators', () => {
    expect(ops('q BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001ET Q\u0002 EI Q')).toEqual(['q', 'BI', 'ID', 'EI', 'Q']);
  });
});

describe('marking untagged drawing as artifacts', () => {
  it('wraps the header, the footer and the background, and leaves tagged content as it is', () => {
    const page = [
      '1 1 1 rg 0 0 595 842 re f',
      '/P <</MCID 0>> BDC BT /F1 11 Tf (Text) Tj ET EMC',
      'q 0 0 1 rg BT /F1 9 Tf (Sida 1 av 2) Tj ET Q',
    ].join('\n');
    expect(text(markUntaggedAsArtifacts(bytes(page)))).toBe(
      [
        '1 1 1 rg /Artifact BMC\n0 0 595 842 re f\nEMC',
        '/P <</MCID 0>> BDC BT /F1 11 Tf (Text) Tj ET EMC',
        'q 0 0 1 rg /Artifact BMC\nBT /F1 9 Tf (Sida 1 av 2) Tj ET\nEMC Q',
      ].join('\n'),
    );
  });

  it('keeps a text object whole, never closing the artifact inside it', () => {
    const marked = text(markUntaggedAsArtifacts(bytes('BT (a) Tj /Span <</MCID 1>> BDC (b) Tj EMC ET')));
    expect(marked.startsWith('/Artifact BMC\nBT')).toBe(true);
    expect(marked.endsWith('ET\nEMC')).toBe(true);
  });

  it('returns a fully tagged stream unchanged', () => {
    const tagged = bytes('/P <</MCID 0>> BDC BT (x) Tj ET EMC /Artifact BMC 0 0 1 1 re f EMC');
    expect(markUntaggedAsArtifacts(tagged)).toBe(tagged);
  });
});
