import { useEffect } from 'react';
import { formatLongDate } from '../../shared/format/date';

/**
 * The window's title for each view, most specific first, so a screen reader
 * announces where the secretary has come and a taskbar tells windows apart:
 * "Närvaro – PSN 3 december 2026 – Anteckna". Parts not yet loaded are left out.
 */
export function pageTitle(...parts: (string | null | undefined)[]): string {
  return [...parts.map((part) => part?.trim() ?? ''), 'Anteckna'].filter((part) => part !== '').join(' – ');
}

/** "PSN 3 december 2026": which meeting, in the words of the minutes. */
export function meetingSubject(meeting: { date: string }, body: { shortName: string } | null): string {
  return [body?.shortName.trim() ?? '', formatLongDate(meeting.date)].filter(Boolean).join(' ');
}

/** Sets the window's title while the view is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
