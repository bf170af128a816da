import { describe, expect, it } from 'vitest';
import { matchesName } from '../../shared/format/sort';

describe('matchesName: Swedish search', () => {
  // Each row: the rule it shows, the query, the name, and whether the name is found.
  it.each<[rule: string, query: string, name: string, matches: boolean]>([
    ['part of a name, in any case', 'hälso', 'Hälso- och sjukvårdsavtalet', true],
    ['part of a name, in any case', 'HÄLSO', 'Uppföljning av hälso- och sjukvård', true],
    ['part of a name, in any case', 'samråd', 'Politiskt samrådsorgan PSN', true],
    ['part of a name, in any case', 'styrgrupp', 'Politiskt samrådsorgan PSN', false],
    ['accents such as é, è and ü ignored', 'helen', 'Helén Eliasson', true],
    ['accents such as é, è and ü ignored', 'Helén', 'HELEN ELIASSON', true],
    ['accents such as é, è and ü ignored', 'therese', 'Thérèse Ahl', true],
    ['accents such as é, è and ü ignored', 'muller', 'Anna Müller', true],
    ['å, ä and ö are letters of their own', 'åsa', 'Åsa Jackson', true],
    ['å, ä and ö are letters of their own', 'åsa', 'ÅSA JACKSON', true],
    ['å, ä and ö are letters of their own', 'asa', 'Åsa Jackson', false],
    ['å, ä and ö are letters of their own', 'halso', 'Hälso- och sjukvård', false],
    ['å, ä and ö are letters of their own', 'orgard', 'Carina Örgård', false],
    ['å, ä and ö are letters of their own', 'örgård', 'Carina Örgård', true],
    ['å, ä and ö however typed (composed, decomposed, æ/ø)', 'a\u030asa', 'Åsa Jackson', true],
    ['å, ä and ö however typed (composed, decomposed, æ/ø)', 'åsa', 'A\u030asa Jackson', true],
    ['å, ä and ö however typed (composed, decomposed, æ/ø)', 'kjær', 'Anna Kjär', true],
    ['å, ä and ö however typed (composed, decomposed, æ/ø)', 'sørby', 'Per Sörby', true],
    ['every word, in any order; extra spaces ignored', 'eliasson helén', 'Helén Eliasson (S)', true],
    ['every word, in any order; extra spaces ignored', '  helen\u00a0 eli ', 'Helén Eliasson', true],
    ['every word, in any order; extra spaces ignored', 'helen andersson', 'Helén Eliasson', false],
    ['an empty query matches everything', '', 'Åsa Jackson', true],
    ['an empty query matches everything', '   ', '', true],
  ])('%s: %j in %j → %s', (_rule, query, name, matches) => {
    expect(matchesName(query, name)).toBe(matches);
  });
});
