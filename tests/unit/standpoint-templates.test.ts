import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANDPOINT_TEMPLATES,
  fillTemplate,
  suggestTemplates,
  type TemplateContext,
} from '../../shared/standpoints/templates';

const psn: TemplateContext = {
  shortName: 'PSN',
  formalName: 'Det politiska samrådsorganet PSN',
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
    expect(fillTemplate(template('Positiva till förslaget'), psn).text).toBe('PSN ställer sig positiva till förslaget att');
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
});
