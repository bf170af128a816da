import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpeller, type LoadedSpeller } from '../../electron/services/spelling/engine';
import { SpellCheck } from '../../shared/spelling/check';
import { suggestionsFor } from '../../shared/spelling/suggest';
import { wordTokens } from '../../shared/spelling/tokens';
import { REFERENCE_MISSPELLINGS } from './fixtures/reference-misspellings';
import { FICTIONAL_ROSTER, REFERENCE_SENTENCES, REFERENCE_WORDS } from './fixtures/reference-words';

// Issue 23, point 6: real minutes are not flagged, their real slips are.

let speller: LoadedSpeller;
beforeAll(async () => {
  speller = await loadSpeller();
});
afterAll(() => speller.dispose());

const flagged = (text: string, known: readonly string[] = []) => new SpellCheck(speller, known).unknownIn(text).map((u) => u.word);

describe('real Swedish from the reference minutes', () => {
  it('has a few hundred distinct words to compare', () => {
    expect(new Set(REFERENCE_WORDS).size).toBe(REFERENCE_WORDS.length);
    expect(REFERENCE_WORDS.length).toBeGreaterThanOrEqual(300);
  });

  it('flags none of the real words, each on its own', () => {
    const check = new SpellCheck(speller);
    expect(REFERENCE_WORDS.filter((word) => check.unknownIn(word).length > 0)).toEqual([]);
  });

  it.each(REFERENCE_SENTENCES)('flags nothing in "%s" with the roster known', (sentence) => {
    expect(flagged(sentence, FICTIONAL_ROSTER)).toEqual([]);
  });

  it('flags the fictional names when no roster knows them', () => {
    expect(flagged(REFERENCE_SENTENCES.join(' '))).toEqual(['Qvarnbrink', 'Tallmyr', 'Kolada', 'Tallmyr', 'Västkoms']);
  });
});

describe('the misspellings in the reference minutes', () => {
  it.each(REFERENCE_MISSPELLINGS)('flags "$written" in its sentence', ({ written }) => {
    expect(flagged(`Vi noterar ${written} i texten.`)).toEqual([written]);
  });

  it.each(REFERENCE_MISSPELLINGS.filter((m) => m.suggested === 'first'))('suggests "$right" first for "$written"', ({ written, right }) => {
    expect(suggestionsFor(speller, written)[0]).toBe(right);
  });

  it.each(REFERENCE_MISSPELLINGS.filter((m) => m.suggested === 'listed'))('suggests "$right" for "$written"', ({ written, right }) => {
    expect(suggestionsFor(speller, written)).toContain(right);
  });
});

describe('the words of minutes that are never misspellings', () => {
  const roster = ['Åsa-Lena', 'Åsa', 'Lena', 'Brännvik', 'Per', 'Lövsund', 'Bengt', 'Ströbeck'];

  it('knows roster names, their genitive and the parts of a hyphenated name', () => {
    expect(flagged('Åsa-Lena Brännviks förslag, Lövsunds fråga och Ströbecks svar; Åsa-Lena och Lena instämde.', roster)).toEqual([]);
    expect(flagged('Åsa-Lena Brännviks förslag och Ströbecks svar')).toEqual(['Brännviks', 'Ströbecks']);
    // A double surname as knownWordsOf gives it: whole and each part.
    const double = ['Tallmyr-Qvarnbrink', 'Tallmyr', 'Qvarnbrink'];
    expect(flagged('Tallmyr-Qvarnbrinks förslag; Qvarnbrink instämde.', double)).toEqual([]);
    expect(flagged('Tallmyr-Qvarnbrinks förslag')).toEqual(['Tallmyr-Qvarnbrinks']);
  });

  it('knows "e-post", "t.ex.", "bl.a.", "dvs." and other abbreviations with their full stop', () => {
    expect(flagged('Svar via e-post, t.ex. om ärendet, bl.a. förslaget, dvs. beslutet, m.m.')).toEqual([]);
  });

  it('leaves ordinals, times, dates and diarienummer alone', () => {
    expect(flagged('Den 1:a punkten, kl. 13.00–15.30 den 2026-12-03, Dnr RS 2024/1234 och 3:e kvartalet.')).toEqual([]);
  });

  it('leaves links, e-mail addresses, bare site names and file names alone', () => {
    const text = 'Se https://norrvik.example/xqzwrt, www.xqzwrt.se, xqzwrt.se, qwrtz@xqzwrt.example och bilagan Xqzwrt-plan.pdf.';
    expect(flagged(text)).toEqual([]);
    expect(wordTokens(text).map((t) => t.text)).toEqual(['Se', 'och', 'bilagan']);
  });

  it('leaves words in capitals and words with a capital inside alone, not their lower-case slips', () => {
    expect(flagged('PSN:s och SKR:s beslut om eHälsa och McXqzwrt')).toEqual([]);
    expect(flagged('Xqzwrt och ehälsa')).toEqual(['Xqzwrt', 'ehälsa']);
  });
});
