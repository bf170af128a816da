import { describe, expect, it } from 'vitest';
import type { MeetingSpellingWord } from '../../shared/spelling/meeting-spelling';
import { focusAfter, inFormerOrder, itemLinks, replacedText, timesText, unknownCountText, wordDomId } from '../../renderer/spelling-check/spellingCheckModel';
import { parseRoute, spellingCheckHref } from '../../renderer/app/router';
import { demoMeetings } from './document-support';

const list = (...words: string[]): MeetingSpellingWord[] => words.map((word) => ({ word, count: 1, itemIds: [], suggestions: [] }));

describe('Stavningskontroll in words', () => {
  it('says counts the Swedish way', () => {
    expect([timesText(1), timesText(3)]).toEqual(['1 gång', '3 gånger']);
    expect([unknownCountText(0), unknownCountText(1), unknownCountText(7)]).toEqual(['Inga okända ord.', '1 okänt ord', '7 okända ord']);
    expect(replacedText('samanträde', 'sammanträde', 2)).toBe('”samanträde” ersatt med ”sammanträde” på 2 ställen.');
    expect(replacedText('samanträde', 'sammanträde', 1)).toBe('”samanträde” ersatt med ”sammanträde” på 1 ställe.');
    expect(replacedText('samanträde', 'sammanträde', 0)).toBe('”samanträde” fanns inte längre i mötet.');
    expect(replacedText('samanträde', 'sammanträde', 0, true)).toBe(
      '”samanträde” kunde inte ersättas här, eftersom ordet har olika formatering i olika delar. Rätta det i anteckningarna.',
    );
  });

  it('names the items as the minutes print them, in the order given', () => {
    const { meeting, body } = demoMeetings().find((m) => m.meeting.status === 'draft')!;
    // The demo's items 2 and 3 are sub-items of item 1 ("a) närvaro/presentation"): the sixth row is item 4.
    const [, second, , , , sixth, seventh] = meeting.agenda;
    const links = itemLinks(meeting, body, [seventh!.id, sixth!.id, second!.id, 999_999]);
    expect(links).toEqual([
      { itemId: seventh!.id, label: `5. ${seventh!.title}` },
      { itemId: sixth!.id, label: `4. ${sixth!.title}` },
      { itemId: second!.id, label: `1 a) ${second!.title}` },
    ]);
    expect(itemLinks(meeting, { numberedItems: false }, [sixth!.id])[0]?.label).toBe(sixth!.title);
  });

  it('moves focus to the word still there, else the next one, else the last, else the count', () => {
    const before = list('refleksion', 'samanträde', 'tjänstepersonner', 'Årshjul');
    expect(focusAfter(before, before, 'refleksion')).toBe('refleksion');
    expect(focusAfter(before, list('refleksion', 'tjänstepersonner', 'Årshjul'), 'samanträde')).toBe('tjänstepersonner');
    expect(focusAfter(before, list('Samanträde', 'Årshjul'), 'samanträde')).toBe('Samanträde');
    expect(focusAfter(before, list('refleksion', 'samanträde'), 'Årshjul')).toBe('samanträde');
    expect(focusAfter(before, [], 'refleksion')).toBeNull();
  });

  it('keeps the order she was reading in after a new check, new words last', () => {
    const before = list('refleksion', 'samanträde', 'tjänstepersonner');
    const after = inFormerOrder(before, list('samanträde', 'nyord', 'refleksion', 'tjänstepersonner'));
    expect(after.map((w) => w.word)).toEqual(['refleksion', 'samanträde', 'tjänstepersonner', 'nyord']);
  });

  it('has its own address under the meeting', () => {
    expect(parseRoute(spellingCheckHref(12))).toEqual({ view: 'spellingCheck', meetingId: 12 });
    expect(parseRoute('#/meeting/12/stavning/')).toEqual({ view: 'spellingCheck', meetingId: 12 });
  });

  it('gives each word an id of its own, å, ä and ö included', () => {
    expect(wordDomId('tjänstepersonner')).not.toBe(wordDomId('tjanstepersonner'));
    expect(wordDomId('Samanträde')).toBe(wordDomId('samanträde'));
  });
});
