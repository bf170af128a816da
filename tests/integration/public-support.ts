import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Body } from '../../shared/model/body';
import type { Meeting } from '../../shared/model/meeting';
import { detectAddresses } from '../../shared/publication/detect-address';
import { detectEmails, detectPhones } from '../../shared/publication/detect-contact';
import { detectHealth } from '../../shared/publication/detect-health';
import { detectIdentityNumbers } from '../../shared/publication/detect-identity';
import { detectUnknownNames } from '../../shared/publication/detect-names';
import { knownNamesOf } from '../../shared/publication/known-names';
import type { Span } from '../../shared/publication/span';

/** Reading the public version back: its text, and the publication check's detectors run over it again. */

const STRUCTURE = resolve(__dirname, 'html-structure.py');

/** What a reader of the web page sees (body, not head), read with Python's HTML parser: all of it, and block by block. */
export function htmlText(file: string): { text: string; blocks: string[] } {
  return JSON.parse(execFileSync('/usr/bin/python3', [STRUCTURE, file], { encoding: 'utf8' })) as { text: string; blocks: string[] };
}

/** Every kind of personal data the check looks for, found again in each block of text (a paragraph, a list item, a cell). */
export function findingsInText(blocks: readonly string[], meeting: Meeting, body: Body): { kind: Span['kind']; text: string }[] {
  const known = knownNamesOf(meeting, body);
  return blocks.flatMap((text) => {
    const phones = detectPhones(text);
    const spans = [
      ...detectIdentityNumbers(text, phones),
      ...phones,
      ...detectEmails(text),
      ...detectAddresses(text),
      ...detectUnknownNames(text, known),
      ...detectHealth(text, known),
    ];
    return spans.map((s) => ({ kind: s.kind, text: text.slice(s.start, s.end) }));
  });
}
