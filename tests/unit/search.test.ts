import { describe, expect, it } from 'vitest';
import { matchesName } from '../../shared/format/sort';

/** Each rule of the search, with queries and names that show it: [query, name, whether it matches]. */
const RULES: Record<string, [query: string, name: string, matches: boolean][]> = {
  'finds part of a name regardless of case': [
    ['hälso', 'Hälso- och sjukvårdsavtalet', true],
    ['HÄLSO', 'Uppföljning av hälso- och sjukvård', true],
    ['samråd', 'Politiskt samrådsorgan PSN', true],
    ['styrgrupp', 'Politiskt samrådsorgan PSN', false],
  ],
  'ignores accents such as é, è and ü, in the query and in the name': [
    ['helen', 'Helén Eliasson', true],
    ['Helén', 'HELEN ELIASSON', true],
    ['therese', 'Thérèse Ahl', true],
    ['muller', 'Anna Müller', true],
  ],
  'treats å, ä and ö as letters of their own': [
    ['åsa', 'Åsa Jackson', true],
    ['åsa', 'ÅSA JACKSON', true],
    ['asa', 'Åsa Jackson', false],
    ['halso', 'Hälso- och sjukvård', false],
    ['orgard', 'Carina Örgård', false],
    ['örgård', 'Carina Örgård', true],
  ],
  'finds å, ä and ö however they were typed: composed, decomposed or the Danish/Norwegian letters': [
    ['a\u030asa', 'Åsa Jackson', true],
    ['åsa', 'A\u030asa Jackson', true],
    ['kjær', 'Anna Kjär', true],
    ['sørby', 'Per Sörby', true],
  ],
  'needs every word of the query, in any order, and ignores extra or non-breaking spaces': [
    ['eliasson helén', 'Helén Eliasson (S)', true],
    ['  helen\u00a0 eli ', 'Helén Eliasson', true],
    ['helen andersson', 'Helén Eliasson', false],
  ],
  'lets an empty query match everything': [
    ['', 'Åsa Jackson', true],
    ['   ', '', true],
  ],
};

describe('matchesName: Swedish search', () => {
  describe.each(Object.entries(RULES))('%s', (_rule, cases) => {
    it.each(cases)('%j in %j → %s', (query, name, matches) => {
      expect(matchesName(query, name)).toBe(matches);
    });
  });
});
