import { describe, expect, it } from 'vitest';
import { matchesName } from '../../shared/format/sort';

describe('matchesName: Swedish search', () => {
  it('finds part of a name regardless of case', () => {
    expect(matchesName('hälso', 'Hälso- och sjukvårdsavtalet')).toBe(true);
    expect(matchesName('HÄLSO', 'Uppföljning av hälso- och sjukvård')).toBe(true);
    expect(matchesName('samråd', 'Politiskt samrådsorgan PSN')).toBe(true);
    expect(matchesName('styrgrupp', 'Politiskt samrådsorgan PSN')).toBe(false);
  });

  it('ignores accents such as é, è and ü, in the query and in the name', () => {
    expect(matchesName('helen', 'Helén Eliasson')).toBe(true);
    expect(matchesName('Helén', 'HELEN ELIASSON')).toBe(true);
    expect(matchesName('therese', 'Thérèse Ahl')).toBe(true);
    expect(matchesName('muller', 'Anna Müller')).toBe(true);
  });

  it('treats å, ä and ö as letters of their own', () => {
    expect(matchesName('åsa', 'Åsa Jackson')).toBe(true);
    expect(matchesName('åsa', 'ÅSA JACKSON')).toBe(true);
    expect(matchesName('asa', 'Åsa Jackson')).toBe(false);
    expect(matchesName('halso', 'Hälso- och sjukvård')).toBe(false);
    expect(matchesName('orgard', 'Carina Örgård')).toBe(false);
    expect(matchesName('örgård', 'Carina Örgård')).toBe(true);
  });

  it('finds å, ä and ö however they were typed: composed, decomposed or the Danish/Norwegian letters', () => {
    expect(matchesName('a\u030asa', 'Åsa Jackson')).toBe(true);
    expect(matchesName('åsa', 'A\u030asa Jackson')).toBe(true);
    expect(matchesName('kjær', 'Anna Kjär')).toBe(true);
    expect(matchesName('sørby', 'Per Sörby')).toBe(true);
  });

  it('needs every word of the query, in any order, and ignores extra or non-breaking spaces', () => {
    expect(matchesName('eliasson helén', 'Helén Eliasson (S)')).toBe(true);
    expect(matchesName('  helen\u00a0 eli ', 'Helén Eliasson')).toBe(true);
    expect(matchesName('helen andersson', 'Helén Eliasson')).toBe(false);
  });

  it('lets an empty query match everything', () => {
    expect(matchesName('', 'Åsa Jackson')).toBe(true);
    expect(matchesName('   ', '')).toBe(true);
  });
});
