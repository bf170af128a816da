import type { AgendaItem, StandpointTemplate } from '../../shared/model/domain';
import { STANDING_TITLES } from '../../shared/model/standing-agenda';
import { DEFAULT_STANDPOINT_TEMPLATES, type StandingPhrase } from '../../shared/standpoints/templates';

/** The titles each standing phrase's item goes by (top-level items only). */
export const STANDING_PHRASE_ITEMS: Record<StandingPhrase, readonly string[]> = {
  agendaApproved: [STANDING_TITLES.agendaApproval],
  noOtherQuestions: [STANDING_TITLES.otherQuestions],
  noRemarksOnPreviousMinutes: [STANDING_TITLES.previousMinutes, 'Föregående mötesanteckningar', 'Föregående minnesanteckningar'],
};

function normalise(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

export interface StandingFill {
  itemId: number;
  text: string;
}

/**
 * The standing phrases to set: for each of the three standing items found by
 * title whose standpoint is empty, the body's phrase (or the default one).
 */
export function standingFills(
  agenda: readonly AgendaItem[],
  templates: readonly Pick<StandpointTemplate, 'text' | 'standing'>[],
  currentText: (item: AgendaItem) => string,
): StandingFill[] {
  const fills: StandingFill[] = [];
  for (const [phrase, titles] of Object.entries(STANDING_PHRASE_ITEMS) as [StandingPhrase, readonly string[]][]) {
    const text =
      templates.find((t) => t.standing === phrase)?.text ??
      DEFAULT_STANDPOINT_TEMPLATES.find((t) => t.standing === phrase)?.text ??
      '';
    if (!text) continue;
    // Top level only: "övriga frågor" under "Mötets öppnande" is where questions are announced, not answered.
    const wanted = new Set(titles.map(normalise));
    const item = agenda.find((i) => i.parentId === null && wanted.has(normalise(i.title)));
    if (!item || currentText(item).trim() !== '') continue;
    fills.push({ itemId: item.id, text });
  }
  return fills;
}
