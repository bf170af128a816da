import { describe, expect, it } from 'vitest';
import {
  allMinutesLink,
  earlierMeetings,
  isPreviousMinutesItem,
  minutesFileUrl,
  minutesPageProblem,
  minutesPatternProblem,
  minutesPublishing,
  previousMinutesLinks,
  withAddedLinks,
  type MinutesPublisher,
} from '../../shared/model/previous-minutes';
import { bodySettingsInputSchema, NEW_BODY_SETTINGS } from '../../shared/model/body';

const sro: MinutesPublisher = {
  name: 'Politiskt samrådsorgan',
  shortName: 'SRO',
  formalName: 'Politiskt samrådsorgan SRO',
  documentTitle: 'Mötesanteckning SRO',
  minutesPageUrl: 'https://www.vardsamverkan.se/organisation/politiskt-samradsorgan/motesanteckningar/',
  minutesFilePattern: 'https://www.vardsamverkan.se/dokument/{datum} Mötesanteckning {organ}.pdf',
};

const meeting = (id: number, date: string, title = '') => ({ id, date, title });

describe('links to the body’s earlier minutes', () => {
  it('makes the reference’s links: one per meeting, newest first, then the page with all minutes', () => {
    const links = previousMinutesLinks(sro, [meeting(1, '2023-05-03'), meeting(2, '2023-05-22')], true);
    expect(links).toEqual([
      {
        title: '2023-05-22 Mötesanteckning SRO',
        url: 'https://www.vardsamverkan.se/dokument/2023-05-22%20M%C3%B6tesanteckning%20Politiskt%20samr%C3%A5dsorgan%20SRO.pdf',
      },
      {
        title: '2023-05-03 Mötesanteckning SRO',
        url: 'https://www.vardsamverkan.se/dokument/2023-05-03%20M%C3%B6tesanteckning%20Politiskt%20samr%C3%A5dsorgan%20SRO.pdf',
      },
      { title: 'Alla mötesanteckningar - SRO (vardsamverkan.se)', url: sro.minutesPageUrl },
    ]);
  });

  it('fills every placeholder: {datum}, {år}, {organ}, {kortnamn}, {titel}', () => {
    const body = { ...sro, minutesFilePattern: 'https://exempel.se/{år}/{kortnamn}/{datum}/{titel}/{organ}.pdf' };
    expect(minutesFileUrl(body, meeting(3, '2026-09-24', 'Minnesanteckningar LGS'))).toBe(
      'https://exempel.se/2026/SRO/2026-09-24/Minnesanteckningar%20LGS/Politiskt%20samr%C3%A5dsorgan%20SRO.pdf',
    );
  });

  it('uses the full name for {organ} when the body has no formal name', () => {
    const body = { ...sro, formalName: '', minutesFilePattern: 'https://exempel.se/{organ}-{datum}.pdf' };
    expect(minutesFileUrl(body, meeting(1, '2026-01-02'))).toBe('https://exempel.se/Politiskt%20samr%C3%A5dsorgan-2026-01-02.pdf');
  });

  it('keeps å, ä and ö of Swedish names readable once decoded, and escapes what would break the address', () => {
    const body = { ...sro, shortName: 'Hälso/Sjukvård & Äldre?', minutesFilePattern: 'https://exempel.se/möten/{kortnamn} {datum}.pdf' };
    const url = minutesFileUrl(body, meeting(1, '2026-03-01'))!;
    expect(url).toBe('https://exempel.se/m%C3%B6ten/H%C3%A4lso%2FSjukv%C3%A5rd%20%26%20%C3%84ldre%3F%202026-03-01.pdf');
    expect(decodeURIComponent(url)).toBe('https://exempel.se/möten/Hälso/Sjukvård & Äldre? 2026-03-01.pdf');
  });

  it('does not encode again what the pattern already has encoded', () => {
    const body = { ...sro, minutesFilePattern: 'https://exempel.se/Alla%20protokoll/{datum}.pdf' };
    expect(minutesFileUrl(body, meeting(1, '2026-03-01'))).toBe('https://exempel.se/Alla%20protokoll/2026-03-01.pdf');
  });

  it('names the body after the printed title only when the title does not already name it', () => {
    const lgs = { ...sro, name: 'Ledningsgrupp för samverkan', shortName: 'LGS-N', formalName: '', documentTitle: 'Minnesanteckningar' };
    const [link, all] = previousMinutesLinks(lgs, [meeting(1, '2026-09-24')], true);
    expect(link?.title).toBe('2026-09-24 Minnesanteckningar LGS-N');
    expect(all?.title).toBe('Alla minnesanteckningar - LGS-N (vardsamverkan.se)');
    expect(previousMinutesLinks(sro, [meeting(1, '2026-09-24', 'Extra möte SRO')], false)[0]?.title).toBe('2026-09-24 Extra möte SRO');
  });

  it('without a file pattern gives only the page; without either, nothing', () => {
    const pageOnly = { ...sro, minutesFilePattern: '' };
    expect(previousMinutesLinks(pageOnly, [meeting(1, '2023-05-03')], true).map((l) => l.title)).toEqual([
      'Alla mötesanteckningar - SRO (vardsamverkan.se)',
    ]);
    expect(minutesPublishing(pageOnly)).toEqual({ files: false, page: true });
    const none = { ...sro, minutesFilePattern: '', minutesPageUrl: '' };
    expect(previousMinutesLinks(none, [meeting(1, '2023-05-03')], true)).toEqual([]);
    expect(minutesPublishing(none)).toEqual({ files: false, page: false });
    expect(allMinutesLink(none)).toBeNull();
  });

  it('lists the earlier meetings only, newest first', () => {
    const list = [meeting(1, '2026-01-10'), meeting(4, '2026-06-01'), meeting(2, '2026-03-05'), meeting(3, '2026-04-01'), meeting(5, '2026-04-01')];
    expect(earlierMeetings(list, { id: 3, date: '2026-04-01' }).map((m) => m.id)).toEqual([2, 1]);
  });

  it('adds links after the item’s own, never one whose address is already there', () => {
    const existing = [{ title: 'Bilaga', url: 'https://exempel.se/a.pdf' }];
    const added = [
      { title: 'Bilaga igen', url: 'https://exempel.se/a.pdf' },
      { title: 'Ny', url: 'https://exempel.se/b.pdf' },
    ];
    expect(withAddedLinks(existing, added)).toEqual([existing[0], added[1]]);
  });

  it('knows the standing item by its title, without case', () => {
    expect(isPreviousMinutesItem('Föregående mötesanteckning')).toBe(true);
    expect(isPreviousMinutesItem('  FÖREGÅENDE  minnesanteckningar ')).toBe(true);
    expect(isPreviousMinutesItem('Övriga frågor')).toBe(false);
  });
});

describe('the settings of where the minutes are published', () => {
  it('refuses an address that is not a web address, in Swedish', () => {
    expect(minutesPageProblem('')).toBeNull();
    expect(minutesPageProblem('https://www.exempel.se/möten')).toBeNull();
    expect(minutesPageProblem('www.exempel.se')).toMatch(/måste börja med http:\/\/ eller https:\/\//);
    expect(minutesPageProblem('javascript:alert(1)')).toMatch(/måste börja med/);
    expect(minutesPageProblem('https://exempel.se/alla möten')).toMatch(/mellanslag/);
  });

  it('refuses a pattern with an unknown placeholder, a lone brace or no {datum}', () => {
    expect(minutesPatternProblem('https://exempel.se/{datum} Mötesanteckning {organ}.pdf')).toBeNull();
    expect(minutesPatternProblem('https://exempel.se/{date}.pdf')).toBe('{date} känns inte igen. Använd {datum}, {år}, {organ}, {kortnamn} eller {titel}.');
    expect(minutesPatternProblem('https://exempel.se/{datum.pdf')).toMatch(/klammerparentes/);
    expect(minutesPatternProblem('https://exempel.se/{år}.pdf')).toMatch(/behöver \{datum\}/);
    expect(minutesPatternProblem('{datum}.pdf')).toMatch(/måste vara en webbadress/);
  });

  it('lets the body’s settings through only with usable values, the message at the field', () => {
    const base = { ...NEW_BODY_SETTINGS, name: 'Samrådsorganet', shortName: 'SRO' };
    expect(bodySettingsInputSchema.safeParse({ ...base, minutesPageUrl: ' https://exempel.se/a ' }).data?.minutesPageUrl).toBe('https://exempel.se/a');
    const bad = bodySettingsInputSchema.safeParse({ ...base, minutesPageUrl: 'exempel.se' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['minutesPageUrl']);
    expect(bad.error?.issues[0]?.message).toMatch(/^Webbadressen måste börja med/);
  });
});
