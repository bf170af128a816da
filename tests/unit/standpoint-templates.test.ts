import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANDPOINT_TEMPLATES,
  fillTemplate,
  suggestTemplates,
  upgradeLegacyTemplate,
  type TemplateContext,
} from '../../shared/standpoints/templates';
import { adjectiveForms } from '../../shared/standpoints/inflect';

const psn: TemplateContext = {
  shortName: 'PSN',
  formalName: 'Det politiska samrådsorganet PSN',
  nameForm: 'neuter',
  definiteName: 'Samrådsorganet',
  nextMeetingDate: '2027-01-21',
  group: 'tjänstepersonerna',
};

function template(label: string): string {
  const found = DEFAULT_STANDPOINT_TEMPLATES.find((t) => t.label === label);
  if (!found) throw new Error(`no template ${label}`);
  return found.text;
}

describe('standpoint templates', () => {
  it('fills the body names, the next meeting date and the group', () => {
    expect(fillTemplate(template('Noterar informationen'), psn).text).toBe(
      'Det politiska samrådsorganet PSN noterar informationen.',
    );
    expect(fillTemplate(template('Bereds till nästa möte'), psn)).toEqual({
      text: 'Det politiska samrådsorganet PSN noterar informationen och ger tjänstepersonerna i uppdrag att bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den 21 januari 2027.',
      gaps: [],
    });
    expect(fillTemplate(template('Positiv till förslaget'), psn).text).toBe('PSN ställer sig positivt till förslaget att');
  });

  it('leaves a visible gap, never "undefined", when the body has no next planned date', () => {
    const filled = fillTemplate(template('Bereds till nästa möte'), { ...psn, nextMeetingDate: null, group: '' });
    expect(filled.text).toContain('till nästa möte den [datum för nästa möte].');
    expect(filled.text).toContain('ger [grupp eller person] i uppdrag');
    expect(filled.text).not.toMatch(/undefined|null|\{/);
    expect(filled.gaps.sort()).toEqual(['{grupp}', '{nästa möte}']);
  });

  it('uses the short name where a body has no formal name', () => {
    expect(fillTemplate('{organ formellt} noterar informationen.', { ...psn, formalName: '' }).text).toBe(
      'PSN noterar informationen.',
    );
  });

  it('suggests phrases that fit the item kind first', () => {
    expect(suggestTemplates(DEFAULT_STANDPOINT_TEMPLATES, 'information')[0]?.label).toBe('Noterar informationen');
    expect(suggestTemplates(DEFAULT_STANDPOINT_TEMPLATES, 'dialog')[0]?.label).toBe('Fortsätter dialogen');
    expect(suggestTemplates(DEFAULT_STANDPOINT_TEMPLATES, 'decision')[0]?.kinds[0]).toBe('decision');
    expect(suggestTemplates(DEFAULT_STANDPOINT_TEMPLATES, 'information')).toHaveLength(DEFAULT_STANDPOINT_TEMPLATES.length);
  });

  it('has the standard phrases for the standing items', () => {
    const standing = DEFAULT_STANDPOINT_TEMPLATES.filter((t) => t.standing !== null).map((t) => t.text);
    expect(standing).toEqual([
      'Dagens agenda godkändes.',
      'Inga övriga frågor.',
      'Inga synpunkter på föregående mötesanteckning.',
    ]);
  });

  it('makes "ställer sig positiv" agree with the body: an en-word, an ett-word or a plural', () => {
    const positive = template('Positiv till förslaget');
    const sgs = { ...psn, shortName: 'Styrgrupp HSA', nameForm: 'common', definiteName: '' } as const;
    expect(fillTemplate(positive, sgs).text).toBe('Styrgrupp HSA ställer sig positiv till förslaget att');
    expect(fillTemplate(positive, psn).text).toBe('PSN ställer sig positivt till förslaget att');
    expect(fillTemplate(positive, { ...psn, shortName: 'LGS-N', nameForm: 'plural' }).text).toBe(
      'LGS-N ställer sig positiva till förslaget att',
    );
    // No default phrase holds a fixed form that could disagree with the body.
    for (const t of DEFAULT_STANDPOINT_TEMPLATES) expect(t.text).not.toMatch(/positiva|positivt/);
  });

  it('names the body in definite form with {organet}, or by its short name when it has none', () => {
    expect(fillTemplate('{organet} ställer sig {positiv} till förslaget.', psn).text).toBe(
      'Samrådsorganet ställer sig positivt till förslaget.',
    );
    const sgs = { ...psn, shortName: 'SGS', nameForm: 'common', definiteName: '  ' } as const;
    expect(fillTemplate('{organet} ställer sig {positiv} till förslaget.', sgs).text).toBe('SGS ställer sig positiv till förslaget.');
    expect(fillTemplate('{organet} noterar.', { ...sgs, shortName: '' })).toEqual({ text: '[organets kortnamn] noterar.', gaps: ['{organet}'] });
  });

  it('inflects any adjective in braces by the regular rules, and takes three forms for an irregular one', () => {
    const forms = (word: string) => Object.values(adjectiveForms(word));
    expect(forms('positiv')).toEqual(['positiv', 'positivt', 'positiva']);
    expect(forms('enig')).toEqual(['enig', 'enigt', 'eniga']);
    expect(forms('kritisk')).toEqual(['kritisk', 'kritiskt', 'kritiska']);
    expect(forms('nöjd')).toEqual(['nöjd', 'nöjt', 'nöjda']);
    expect(forms('beredd')).toEqual(['beredd', 'berett', 'beredda']);
    expect(forms('glad')).toEqual(['glad', 'glatt', 'glada']);
    expect(forms('informerad')).toEqual(['informerad', 'informerat', 'informerade']);
    expect(forms('tveksam')).toEqual(['tveksam', 'tveksamt', 'tveksamma']);
    expect(forms('öppen')).toEqual(['öppen', 'öppet', 'öppna']);
    expect(forms('angelägen')).toEqual(['angelägen', 'angeläget', 'angelägna']);
    expect(forms('säker')).toEqual(['säker', 'säkert', 'säkra']);
    expect(forms('ny')).toEqual(['ny', 'nytt', 'nya']);
    expect(forms('tyst')).toEqual(['tyst', 'tyst', 'tysta']);
    expect(forms('överens')).toEqual(['överens', 'överens', 'överens']);
    expect(forms('ense')).toEqual(['ense', 'ense', 'ense']);

    const lgs = { ...psn, shortName: 'LGS', nameForm: 'plural' } as const;
    expect(fillTemplate('{organ} är {enig} och {beredd} att {liten/litet/små}', lgs).text).toBe('LGS är eniga och beredda att små');
    expect(fillTemplate('{organ} är {enig} och {beredd}', psn).text).toBe('PSN är enigt och berett');
  });

  it('leaves the secretary\'s own text in braces as written', () => {
    const text = '{organ} noterar {Bilaga 2} och {två ord} samt {} och {ärende/ärenden}.';
    expect(fillTemplate(text, psn).text).toBe('PSN noterar {Bilaga 2} och {två ord} samt {} och {ärende/ärenden}.');
  });

  it('reads a phrase stored with "ställer sig positiva" as agreeing with the body, so stored phrases need no migration', () => {
    const stored = '{organ} ställer sig positiva till förslaget att';
    expect(upgradeLegacyTemplate(stored)).toBe('{organ} ställer sig {positiv} till förslaget att');
    const hsa = { ...psn, shortName: 'Styrgrupp HSA', nameForm: 'common', definiteName: '' } as const;
    expect(fillTemplate(stored, hsa).text).toBe('Styrgrupp HSA ställer sig positiv till förslaget att');
    expect(fillTemplate(stored, { ...hsa, nameForm: 'plural' }).text).toBe('Styrgrupp HSA ställer sig positiva till förslaget att');
    expect(fillTemplate('{organ formellt} ställer sig negativa till', psn).text).toBe('Det politiska samrådsorganet PSN ställer sig negativt till');
    // Plain text that only happens to say "positiva" is the secretary's and is left alone.
    expect(fillTemplate('Medlemmarna ställer sig positiva.', hsa).text).toBe('Medlemmarna ställer sig positiva.');
  });
});
