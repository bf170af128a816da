import { z } from 'zod';
import { bodyStandingItemSchema, type BodyStandingItem, type StandingPlacement } from './domain';
import { plainAgendaItem, type NewAgendaItem } from './new-meeting';

/**
 * The standing items every meeting of a body starts with, in printed order.
 * Subject items go between "Föregående mötesanteckning" and "Övriga frågor".
 * Standpoints are left empty: the secretary fills them in (or takes a
 * phrase) during the meeting.
 */

export const STANDING_TITLES = {
  opening: 'Mötets öppnande',
  attendance: 'närvaro/presentation',
  otherQuestionsAnnounced: 'övriga frågor anmäls',
  agendaApproval: 'Godkännande av dagens agenda',
  previousMinutes: 'Föregående mötesanteckning',
  otherQuestions: 'Övriga frågor',
  summary: 'Sammanfattning',
} as const;

export interface StandingAgendaOptions {
  /** The body ends its minutes with all standpoints gathered ("Sammanfattning"). */
  summaryOfStandpoints: boolean;
}

/** A plain standing item with the given sub-items a), b) … */
export function standingItem(title: string, children: readonly string[] = []): NewAgendaItem {
  const plain = (t: string): NewAgendaItem => ({ ...plainAgendaItem(t), standing: true });
  return { ...plain(title), children: children.map(plain) };
}

/** The standing items a new body starts with, which the secretary can change in the body's settings. */
export function defaultStandingItems({ summaryOfStandpoints }: StandingAgendaOptions): BodyStandingItem[] {
  const t = STANDING_TITLES;
  const items: BodyStandingItem[] = [
    { title: t.opening, children: [t.attendance, t.otherQuestionsAnnounced], placement: 'beforeSubjects' },
    { title: t.agendaApproval, children: [], placement: 'beforeSubjects' },
    { title: t.previousMinutes, children: [], placement: 'beforeSubjects' },
    { title: t.otherQuestions, children: [], placement: 'afterSubjects' },
  ];
  if (summaryOfStandpoints) items.push({ title: t.summary, children: [], placement: 'afterSubjects' });
  return items;
}

/**
 * A new meeting's agenda: the body's standing items before the subject
 * items, the subjects, then the standing items that close the meeting.
 */
export function agendaOfStandingItems(
  items: readonly BodyStandingItem[],
  subjects: readonly NewAgendaItem[] = [],
): NewAgendaItem[] {
  const of = (placement: BodyStandingItem['placement']) =>
    items.filter((i) => i.placement === placement).map((i) => standingItem(i.title, i.children));
  return [...of('beforeSubjects'), ...subjects, ...of('afterSubjects')];
}

/** The standing items of a new meeting of a body with these settings. */
export function standingAgenda(options: StandingAgendaOptions): NewAgendaItem[] {
  return agendaOfStandingItems(defaultStandingItems(options));
}

/** A body keeps at most this many standing items (a real agenda has five to eight). */
export const MAX_STANDING_ITEMS = 30;

/** A standing item's key for "the same item": titles compared without case and outer spaces. */
export function standingTitleKey(title: string): string {
  return title.trim().toLocaleLowerCase('sv');
}

/** The body's standing item with this title, if any. */
export function findStandingItem(items: readonly BodyStandingItem[], title: string): BodyStandingItem | undefined {
  const key = standingTitleKey(title);
  return key === '' ? undefined : items.find((i) => standingTitleKey(i.title) === key);
}

/**
 * The body's standing items as the secretary saves them: titles given, no
 * title twice at the same level (two "Övriga frågor" would be one item
 * printed twice), and a sane number of them.
 */
export const standingItemsInputSchema = z
  .array(bodyStandingItemSchema)
  .max(MAX_STANDING_ITEMS, `Organet kan ha högst ${MAX_STANDING_ITEMS} stående punkter.`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = standingTitleKey(item.title);
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          message: `Punkten ”${item.title.trim()}” finns redan bland de stående punkterna.`,
          path: [index, 'title'],
        });
      }
      seen.add(key);
      const children = new Set<string>();
      item.children.forEach((child, c) => {
        const childKey = standingTitleKey(child);
        if (children.has(childKey)) {
          ctx.addIssue({
            code: 'custom',
            message: `Underpunkten ”${child.trim()}” finns redan under ”${item.title.trim()}”.`,
            path: [index, 'children', c],
          });
        }
        children.add(childKey);
      });
    });
  });

/**
 * The items in the order a new meeting prints them: those before the
 * subject items, then those after, each group in the order given.
 */
export function inPrintedOrder<T extends { placement: StandingPlacement }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.placement === 'beforeSubjects'), ...items.filter((i) => i.placement === 'afterSubjects')];
}
