import type { Body, Meeting } from '../../shared/model/domain';
import type { TemplateContext } from '../../shared/standpoints/templates';

/** The body's next planned meeting after this meeting's date, or null. */
export function nextPlannedDate(body: Pick<Body, 'plannedDates'>, meetingDate: string): string | null {
  const later = body.plannedDates.map((p) => p.date).filter((d) => d > meetingDate).sort();
  return later[0] ?? null;
}

export function templateContext(body: Body, meeting: Pick<Meeting, 'date'>, group: string): TemplateContext {
  return {
    shortName: body.shortName,
    formalName: body.formalName,
    nameForm: body.nameForm,
    definiteName: body.definiteName,
    nextMeetingDate: nextPlannedDate(body, meeting.date),
    group,
  };
}

/** Splits a filled text at its visible gaps ("[grupp eller person]") for highlighting. */
export function splitGaps(text: string): { text: string; gap: boolean }[] {
  const parts: { text: string; gap: boolean }[] = [];
  const re = /\[(?:organets kortnamn|organets formella namn|datum för nästa möte|grupp eller person)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), gap: false });
    parts.push({ text: m[0], gap: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), gap: false });
  return parts;
}

export const GAP_PATTERN = /\[(?:organets kortnamn|organets formella namn|datum för nästa möte|grupp eller person)\]/;
