import { describe, expect, it } from 'vitest';
import { changedLines, diffWords, hasChanges } from '../../shared/review/diff';

const removed = (parts: ReturnType<typeof diffWords>) => parts.filter((p) => p.kind === 'removed').map((p) => p.text);
const added = (parts: ReturnType<typeof diffWords>) => parts.filter((p) => p.kind === 'added').map((p) => p.text);
/** The text as sent, and as it is now, read back out of the comparison. */
const sentText = (parts: ReturnType<typeof diffWords>) => parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
const nowText = (parts: ReturnType<typeof diffWords>) => parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');

describe('word-level comparison', () => {
  it('marks a word added', () => {
    const parts = diffWords('Gruppen ställer sig bakom förslaget.', 'Gruppen ställer sig enhälligt bakom förslaget.');
    expect(added(parts)).toEqual(['enhälligt ']);
    expect(removed(parts)).toEqual([]);
    expect(nowText(parts)).toBe('Gruppen ställer sig enhälligt bakom förslaget.');
  });

  it('marks a word removed', () => {
    const parts = diffWords('Frågan återkommer i januari.', 'Frågan återkommer.');
    expect(removed(parts)).toEqual([' i januari']);
    expect(added(parts)).toEqual([]);
  });

  it('shows a replaced word as removed then added, whole words only', () => {
    const parts = diffWords('Vi ser förändringar i planen.', 'Vi ser förändring i planen.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Vi ser ' },
      { kind: 'removed', text: 'förändringar' },
      { kind: 'added', text: 'förändring' },
      { kind: 'same', text: ' i planen.' },
    ]);
  });

  it('keeps Swedish letters inside words (å, ä, ö, é)', () => {
    const parts = diffWords('Åtgärden är klar för Östra området och Märta Lindé.', 'Åtgärden är klar för Västra området och Märta Lindé.');
    expect(removed(parts)).toEqual(['Östra']);
    expect(added(parts)).toEqual(['Västra']);
  });

  it('treats punctuation as its own change', () => {
    const parts = diffWords('Förslaget antas, med tillägg.', 'Förslaget antas med tillägg!');
    expect(removed(parts)).toEqual([',', '.']);
    expect(added(parts)).toEqual(['!']);
  });

  it('reads a phrase replaced as one removal and one addition, spaces included', () => {
    const parts = diffWords('Mötet beslutar att godkänna rapporten.', 'Mötet beslutar att återremittera ärendet rapporten.');
    expect(removed(parts)).toEqual(['godkänna']);
    expect(added(parts)).toEqual(['återremittera ärendet']);
    const phrase = diffWords('alfa beta gamma delta', 'alfa ett två delta');
    expect(removed(phrase)).toEqual(['beta gamma']);
    expect(added(phrase)).toEqual(['ett två']);
  });

  it('keeps both texts whole and merges neighbouring parts of one kind', () => {
    const sent = 'Rad ett.\nRad två har ord.\nRad tre.';
    const now = 'Rad ett.\nRad två har fler ord.\nRad fyra.\nRad tre.';
    const parts = diffWords(sent, now);
    expect(sentText(parts)).toBe(sent);
    expect(nowText(parts)).toBe(now);
    parts.slice(1).forEach((p, i) => expect(p.kind === 'same' && parts[i]!.kind === 'same').toBe(false));
  });

  it('says nothing changed for equal texts and handles empty ones', () => {
    expect(hasChanges(diffWords('Samma text.', 'Samma text.'))).toBe(false);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Ny text')).toEqual([{ kind: 'added', text: 'Ny text' }]);
    expect(diffWords('Gammal text', '')).toEqual([{ kind: 'removed', text: 'Gammal text' }]);
  });
});

describe('only the lines that changed', () => {
  it('leaves out unchanged paragraphs, one "…" for each run of them', () => {
    const sent = 'Första stycket.\nAndra stycket.\nTredje stycket har ett ord.\nFjärde stycket.\nFemte stycket.';
    const now = 'Första stycket.\nAndra stycket.\nTredje stycket har ett nytt ord.\nFjärde stycket.\nFemte stycket ändrat.';
    const parts = changedLines(diffWords(sent, now));
    const shown = parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
    expect(shown).toBe('…\nTredje stycket har ett nytt ord.\n…\nFemte stycket ändrat.');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['nytt ', ' ändrat']);
  });

  it('keeps a paragraph removed whole, and every line when all changed', () => {
    const parts = changedLines(diffWords('Kvar.\nBorttaget stycke.\nKvar igen.', 'Kvar.\nKvar igen.'));
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['Borttaget stycke.']);
    expect(changedLines(diffWords('a', 'b'))).toEqual([
      { kind: 'removed', text: 'a' },
      { kind: 'added', text: 'b' },
    ]);
  });
});
