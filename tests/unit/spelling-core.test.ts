import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpeller, type LoadedSpeller } from '../../electron/services/spelling/engine';
import { SpellCheck } from '../../shared/spelling/check';
import { suggestionsFor } from '../../shared/spelling/suggest';

// Issue 23, point 6: the engine with the real Swedish dictionary.

let speller: LoadedSpeller;
beforeAll(async () => {
  speller = await loadSpeller();
});
afterAll(() => speller.dispose());

const unknownWords = (text: string, known: string[] = []) => new SpellCheck(speller, known).unknownIn(text).map((u) => u.word);

describe('the spelling check of a text', () => {
  it.each([
    ['refleksion', 'reflektion'],
    ['samanträde', 'sammanträde'],
    ['tjänstepersonner', 'tjänstepersoner'],
    ['Samanträde', 'Sammanträde'],
  ])('flags "%s" and suggests "%s" first', (typed, right) => {
    expect(unknownWords(`Vi hade en ${typed} om saken.`)).toEqual([typed]);
    expect(suggestionsFor(speller, typed)[0]).toBe(right);
  });

  it('accepts compounds, inflections and suspended compounds', () => {
    expect(unknownWords('Hälso- och sjukvårdsavtalet, regionbildningsavtalet och ställningstagandena godkändes.')).toEqual([]);
  });

  it('leaves links, e-mail addresses, numbers, dates, abbreviations and known names alone', () => {
    const text =
      'Se https://norrvik.example/handlingar/xqzw eller skriv till qwrtz.blomqvist@norrvik.example senast 2026-12-03 kl. 13.00, dvs. Dnr RS 2024/1234, t.ex. PSN:s och SKR:s eHälsa, bl.a. Xyzzelius förslag.';
    expect(unknownWords(text, ['Xyzzelius'])).toEqual([]);
    expect(unknownWords('Xyzzelius förslag', [])).toEqual(['Xyzzelius']);
  });

  it('gives each unknown word with its place in the text', () => {
    const text = 'Mötet tog upp refleksion.';
    const [found] = new SpellCheck(speller).unknownIn(text);
    expect(found && text.slice(found.start, found.end)).toBe('refleksion');
  });
});

describe('words of minutes and common slips', () => {
  it('knows months shortened without a full stop in tables and budget lines', () => {
    expect(unknownWords('Utfall jan–okt, prognos nov och dec; sept enligt plan.')).toEqual([]);
  });

  it('suggests the common word a letter away before rarer ones ("Viket" → "Vilket", "ocn" → "och")', () => {
    expect(suggestionsFor(speller, 'Viket')[0]).toBe('Vilket');
    expect(suggestionsFor(speller, 'ocn')[0]).toBe('och');
  });
});
