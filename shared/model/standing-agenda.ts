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

/** The standing items of a new meeting of a body with these settings. */
export function standingAgenda({ summaryOfStandpoints }: StandingAgendaOptions): NewAgendaItem[] {
  const t = STANDING_TITLES;
  const items = [
    standingItem(t.opening, [t.attendance, t.otherQuestionsAnnounced]),
    standingItem(t.agendaApproval),
    standingItem(t.previousMinutes),
    standingItem(t.otherQuestions),
  ];
  if (summaryOfStandpoints) items.push(standingItem(t.summary));
  return items;
}
