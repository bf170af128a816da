import { diffArrays } from 'diff';
import type { DiffPart, ItemChange } from '../ipc/contract-review-round';
import { numberAgenda, printedHeading, UNTITLED_ITEM, type NumberedItem } from '../model/agenda';
import type { AgendaItem, Body, CalledPerson, Meeting } from '../model/domain';
import { attendanceDetail } from '../format/attendance';
import { formatMeetingDate, formatTimeRange } from '../format/date';
import { attendanceLabel } from '../format/labels';
import { notesToPlainText } from '../notes/text';
import { taskText } from '../document/build';
import { clean, joinSwedish } from '../document/inline';
import { byPosition, nameWithParty } from '../document/people';
import { changedLines, diffWords, hasChanges } from './diff';

/**
 * "Ändringar sedan utskick": what changed in the minutes since the draft went
 * to the reviewers, item by item, word by word. Items are matched by id, so
 * a renamed item is one item changed, not one removed and one added. Only
 * what changed is listed; unchanged items are left out. Pure: no DOM, no Node.
 */

export type ChangeSection = ItemChange['sections'][number];

/** The label of the meeting's own parts: header fields and attendance. */
export const MEETING_LABEL = 'Mötet';

export function changesSince(sent: Meeting, now: Meeting, body: Body): ItemChange[] {
  const out: ItemChange[] = [];
  const meeting = meetingSections(sent, now, body);
  if (meeting.length) out.push({ itemId: null, label: MEETING_LABEL, change: 'changed', sections: meeting });

  const sentNumbered = numberAgenda(sent.agenda);
  const nowNumbered = numberAgenda(now.agenda);
  const sentById = new Map(sentNumbered.map((n) => [n.item.id, n]));
  const nowIds = new Set(nowNumbered.map((n) => n.item.id));
  const moved = movedItems(sentNumbered, nowNumbered);

  // Today's order, with each removed item after the item it followed when sent.
  const removedAfter = new Map<number | null, NumberedItem[]>();
  let previous: number | null = null;
  for (const entry of sentNumbered) {
    if (!nowIds.has(entry.item.id)) {
      const key = previous;
      removedAfter.set(key, [...(removedAfter.get(key) ?? []), entry]);
    } else {
      previous = entry.item.id;
    }
  }
  const pushRemoved = (after: number | null) => {
    for (const entry of removedAfter.get(after) ?? []) {
      out.push({ itemId: entry.item.id, label: itemLabel(entry, body), change: 'removed', sections: wholeItem(entry.item, sent, body, 'removed') });
    }
  };

  pushRemoved(null);
  for (const entry of nowNumbered) {
    const before = sentById.get(entry.item.id);
    if (!before) {
      out.push({ itemId: entry.item.id, label: itemLabel(entry, body), change: 'added', sections: wholeItem(entry.item, now, body, 'added') });
    } else {
      const sections = itemSections(before.item, sent, entry.item, now, body);
      if (moved.has(entry.item.id)) {
        sections.unshift({ name: 'Plats', parts: diffWords(`punkt ${before.number}`, `punkt ${entry.number}`) });
      }
      if (sections.length) out.push({ itemId: entry.item.id, label: itemLabel(entry, body), change: 'changed', sections });
    }
    pushRemoved(entry.item.id);
  }
  return out;
}

/** "3. Regional utveckling", a sub-item "3 a) Samverkansavtal"; the title alone where the body prints no numbers. */
export function itemLabel(entry: NumberedItem, body: Pick<Body, 'numberedItems'>): string {
  if (entry.depth === 0 || !body.numberedItems) return printedHeading(entry, body.numberedItems);
  const title = clean(entry.item.title);
  return title ? `${entry.number} ${title}` : entry.number || UNTITLED_ITEM;
}

// ---------------------------------------------------------------------------
// Items

/** The parts of an item a reviewer reads, as plain text, in the order the minutes print them. */
function itemTexts(item: AgendaItem, meeting: Meeting, body: Body): [string, string][] {
  const presenters = item.presenters.map((p) => [clean(p.name), clean(p.organisation)].filter(Boolean).join(', ')).filter(Boolean);
  const tasks = meeting.tasks
    .filter((t) => t.itemId === item.id)
    .sort((a, b) => a.id - b.id)
    .map((t) => taskText(t, body));
  return [
    ['Rubrik', clean(item.title)],
    ['Föredragande', joinSwedish(presenters)],
    ['Anteckningar', notesToPlainText(item.notes).trim()],
    ['Ställningstagande', item.standpoint.trim()],
    ['Uppdrag', tasks.join('\n')],
  ];
}

function itemSections(sentItem: AgendaItem, sent: Meeting, nowItem: AgendaItem, now: Meeting, body: Body): ChangeSection[] {
  const before = new Map(itemTexts(sentItem, sent, body));
  const out: ChangeSection[] = [];
  for (const [name, text] of itemTexts(nowItem, now, body)) {
    const was = before.get(name) ?? '';
    if (was === text) continue;
    const parts = diffWords(was, text);
    // The notes and the tasks run to many lines: only those that changed are shown.
    if (hasChanges(parts)) out.push({ name, parts: name === 'Anteckningar' || name === 'Uppdrag' ? changedLines(parts) : parts });
  }
  return out;
}

/** An item added or removed since: each of its parts that has text, wholly added or removed. */
function wholeItem(item: AgendaItem, meeting: Meeting, body: Body, kind: 'added' | 'removed'): ChangeSection[] {
  return itemTexts(item, meeting, body)
    .filter(([, text]) => text !== '')
    .map(([name, text]) => ({ name, parts: [{ kind, text }] }));
}

/**
 * Items whose place among the others changed (moved up or down, or to
 * another parent). An item added or removed renumbers those after it without
 * moving them: only the items outside the longest common order count.
 */
function movedItems(sent: readonly NumberedItem[], now: readonly NumberedItem[]): Set<number> {
  const nowIds = new Set(now.map((n) => n.item.id));
  const sentIds = new Set(sent.map((n) => n.item.id));
  const key = (n: NumberedItem) => `${n.item.id}/${n.item.parentId ?? ''}`;
  const before = sent.filter((n) => nowIds.has(n.item.id)).map(key);
  const after = now.filter((n) => sentIds.has(n.item.id)).map(key);
  const out = new Set<number>();
  for (const change of diffArrays(before, after)) {
    if (!change.added) continue;
    for (const value of change.value) out.add(Number(value.split('/')[0]));
  }
  return out;
}

// ---------------------------------------------------------------------------
// The meeting's own parts

function headerLines(meeting: Meeting, body: Body): [string, string][] {
  return [
    ['Rubrik', clean(meeting.title)],
    ['Datum', formatMeetingDate(meeting.date, body.dateStyle)],
    ['Tid', formatTimeRange(meeting.startTime, meeting.endTime)],
    ['Mötesform', clean(meeting.meetingForm)],
    ['Plats', clean(meeting.place)],
    ['Kallade', clean(meeting.calledText)],
    ['Diarienummer', clean(meeting.diaryNumber)],
    ['Vid anteckningarna', clean(meeting.secretaryName)],
    ['Mötet öppnades', (meeting.openedAt ?? '').replace(':', '.')],
    ['Mötet avslutades', (meeting.closedAt ?? '').replace(':', '.')],
  ];
}

/** "Anna Berg (S): Förhinder, Per Ek ersätter": a person's attendance as a line. */
function attendanceLine(person: CalledPerson): string {
  if (person.vacant) return `Vakant: ${clean(person.organisation) || clean(person.title)}`.trim();
  const detail = attendanceDetail(person.attendance);
  return `${nameWithParty(person)}: ${attendanceLabel(person.attendance.status)}${detail ? `, ${detail}` : ''}`;
}

function meetingSections(sent: Meeting, now: Meeting, body: Body): ChangeSection[] {
  const out: ChangeSection[] = [];
  const before = new Map(headerLines(sent, body));
  for (const [name, text] of headerLines(now, body)) {
    const was = before.get(name) ?? '';
    if (was !== text) out.push({ name, parts: diffWords(was, text) });
  }
  const attendance = attendanceParts(sent, now);
  if (attendance.length) out.push({ name: 'Närvaro', parts: attendance });
  return out;
}

/** Only the people whose line changed, one line each: called since, no longer called, or marked otherwise. */
function attendanceParts(sent: Meeting, now: Meeting): DiffPart[] {
  const sentLines = new Map(sent.calledPersons.map((p) => [p.id, attendanceLine(p)]));
  const nowLines = new Map(now.calledPersons.map((p) => [p.id, attendanceLine(p)]));
  const out: DiffPart[] = [];
  const line = (parts: DiffPart[]) => {
    if (out.length) out.push({ kind: 'same', text: '\n' });
    out.push(...parts);
  };
  for (const person of [...now.calledPersons].sort(byPosition)) {
    const was = sentLines.get(person.id);
    const is = nowLines.get(person.id) ?? '';
    if (was === undefined) line([{ kind: 'added', text: is }]);
    else if (was !== is) line(diffWords(was, is));
  }
  for (const person of [...sent.calledPersons].sort(byPosition)) {
    if (!nowLines.has(person.id)) line([{ kind: 'removed', text: sentLines.get(person.id) ?? '' }]);
  }
  return out;
}
