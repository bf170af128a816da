import type { ItemKind, NameForm } from '../model/domain';
import { formatLongDate } from '../format/date';
import { agreeingForm, parseAdjective } from './inflect';

/**
 * Standpoint phrases the secretary reuses from meeting to meeting. The text
 * holds placeholders in braces that are filled from the body and the meeting
 * when the phrase is inserted; after that it is ordinary, editable text.
 */

export const PLACEHOLDERS = {
  '{organ}': "the body's short name (\"PSN\")",
  '{organet}': 'the body\'s name in definite form ("Samrådsorganet"); the short name where none is set',
  '{organ formellt}': "the body's formal name (\"Det politiska samrådsorganet PSN\")",
  '{nästa möte}': 'the next planned meeting date ("21 januari 2027")',
  '{grupp}': 'a named group or person given a task ("UG SAMSA")',
  '{positiv}':
    'an adjective that agrees with the body\'s name: "positiv", "positivt" or "positiva" as the body is an en-word, ' +
    'an ett-word or a plural. Any adjective in lower case works ("{enig}", "{nöjd}"); ' +
    'an irregular one is written with its three forms ("{liten/litet/små}"). See inflect.ts',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
/** The placeholders that take a value from the body or the meeting (the adjective is inflected instead). */
export type ValuePlaceholder = Exclude<Placeholder, '{positiv}'>;

export type StandingPhrase = 'agendaApproved' | 'noOtherQuestions' | 'noRemarksOnPreviousMinutes';

export interface StandpointTemplateSeed {
  label: string;
  text: string;
  /** Item kinds this phrase is suggested for, best match first. */
  kinds: ItemKind[];
  standing: StandingPhrase | null;
}

/** A phrase suggested for subject items of `kinds`, best match first. */
function phrase(label: string, kinds: ItemKind[], text: string): StandpointTemplateSeed {
  return { label, text, kinds, standing: null };
}

/** The phrase that answers a standing item; its name is the sentence without the full stop. */
function standingPhrase(standing: StandingPhrase, text: string): StandpointTemplateSeed {
  return { label: text.replace(/\.$/, ''), text, kinds: ['other'], standing };
}

/** The phrases of DOMAIN.md, which every new body starts with. */
export const DEFAULT_STANDPOINT_TEMPLATES: readonly StandpointTemplateSeed[] = [
  phrase('Noterar informationen', ['information', 'information_dialog'], '{organ formellt} noterar informationen.'),
  phrase('Fortsätter dialogen', ['dialog', 'information_dialog'], '{organ formellt} noterar informationen och fortsätter dialogen på nästa möte.'),
  phrase('Skriftlig information till nästa möte', ['information', 'dialog', 'information_dialog'],
    '{organ formellt} noterar informationen och vill att {grupp} sammanställer skriftlig information till nästa möte.'),
  phrase('Bereds till nästa möte', ['information_dialog', 'dialog', 'standpoint'],
    '{organ formellt} noterar informationen och ger {grupp} i uppdrag att bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den {nästa möte}.'),
  phrase('Ställer sig bakom och rekommenderar', ['standpoint', 'decision'],
    '{organ} ställer sig bakom förslaget och rekommenderar huvudmännen att besluta i enlighet med förslaget:'),
  phrase('Beslutar att', ['decision', 'standpoint'], '{organ formellt} beslutar att'),
  phrase('Positiv till förslaget', ['standpoint', 'decision'], '{organ} ställer sig {positiv} till förslaget att'),
  phrase('Bakom förslaget, uppdrag till grupp', ['standpoint', 'decision'], '{organ} ställer sig bakom förslaget och ger {grupp} i uppdrag att'),
  standingPhrase('agendaApproved', 'Dagens agenda godkändes.'),
  standingPhrase('noOtherQuestions', 'Inga övriga frågor.'),
  standingPhrase('noRemarksOnPreviousMinutes', 'Inga synpunkter på föregående mötesanteckning.'),
];

export interface TemplateContext {
  shortName: string;
  formalName: string;
  /** How the body's name agrees: "ställer sig positiv / positivt / positiva". */
  nameForm: NameForm;
  /** "Styrgruppen"; empty: the short name. */
  definiteName: string;
  /** ISO date of the body's next planned meeting after this one, if any. */
  nextMeetingDate: string | null;
  /** Who is given the task; empty when the secretary has not said. */
  group: string;
}

/** What stands in the text where a value is missing, so the gap is seen and filled. */
export const GAP = {
  '{organ}': '[organets kortnamn]',
  '{organet}': '[organets kortnamn]',
  '{organ formellt}': '[organets formella namn]',
  '{nästa möte}': '[datum för nästa möte]',
  '{grupp}': '[grupp eller person]',
} as const satisfies Record<ValuePlaceholder, string>;

export interface FilledTemplate {
  text: string;
  /** Placeholders that had no value and were left as a visible gap. */
  gaps: ValuePlaceholder[];
}

/**
 * Phrases stored before adjectives agreed with the body ("{organ} ställer sig
 * positiva", the default phrase every body was given) read as if they used the
 * agreeing adjective, so existing bodies need no data migration: the plural
 * still comes out for a body whose name is plural.
 */
export function upgradeLegacyTemplate(template: string): string {
  return template.replace(/(\{organ(?: formellt|et)?\} ställer sig )(positiva|negativa)\b/g, (_match, lead: string, word: string) => {
    return `${lead}{${word.slice(0, -1)}}`;
  });
}

export function fillTemplate(template: string, context: TemplateContext): FilledTemplate {
  const values: Record<ValuePlaceholder, string> = {
    '{organ}': context.shortName.trim(),
    '{organet}': context.definiteName.trim() || context.shortName.trim(),
    // A body without a formal name is still named; sentence-initial phrases read well either way.
    '{organ formellt}': context.formalName.trim() || context.shortName.trim(),
    '{nästa möte}': context.nextMeetingDate ? formatLongDate(context.nextMeetingDate) : '',
    '{grupp}': context.group.trim(),
  };
  const gaps = new Set<ValuePlaceholder>();
  const text = upgradeLegacyTemplate(template).replace(/\{([^{}\n]{1,80})\}/g, (match, inner: string) => {
    if (Object.hasOwn(values, match)) {
      const key = match as ValuePlaceholder;
      const value = values[key];
      if (value) return value;
      gaps.add(key);
      return GAP[key];
    }
    const adjective = parseAdjective(inner);
    // Anything else in braces is the secretary's own text and stays as written.
    return adjective ? agreeingForm(adjective, context.nameForm) : match;
  });
  return { text, gaps: [...gaps] };
}

/** Templates for an item of this kind, best match first; the rest follow. */
export function suggestTemplates<T extends { kinds: readonly ItemKind[] }>(templates: readonly T[], kind: ItemKind): T[] {
  const rank = (t: T) => {
    const index = t.kinds.indexOf(kind);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return templates
    .map((template, order) => ({ template, order }))
    .sort((a, b) => rank(a.template) - rank(b.template) || a.order - b.order)
    .map((entry) => entry.template);
}
