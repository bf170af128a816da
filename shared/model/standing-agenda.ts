import type { BodyStandingItem } from './domain';
import type { NewAgendaItem } from './new-meeting';

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
  const plain = (t: string): NewAgendaItem => ({
    title: t,
    standing: true,
    topics: [],
    kind: 'other',
    minutes: null,
    attachment: false,
    links: [],
    presenters: [],
    standpoint: '',
    notes: null,
  });
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
