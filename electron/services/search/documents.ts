import type { AgendaItem, Task } from '../../../shared/model/agenda-item';
import type { CalledPerson } from '../../../shared/model/called-person';
import type { ItemKind } from '../../../shared/model/kinds';
import type { Meeting } from '../../../shared/model/meeting';
import { notesToPlainText } from '../../../shared/notes/text';

/**
 * What the search reads of a meeting: one document for each agenda item (its
 * title, sub-topics, presenters, links, standpoint, notes, tasks and guests)
 * and one for the meeting itself (title, place, the called list with
 * attendance notes, tasks without an item). Each document is made of
 * sections named as the secretary knows them, so a hit can say where it stood.
 */

export interface SearchSection {
  /** "Anteckningar", "Ställningstagande", … as shown beside a hit. */
  where: string;
  text: string;
}

export interface SearchDocument {
  itemId: number | null;
  /** The item's kind (a filter); null for the meeting's own document. */
  kind: ItemKind | null;
  title: string;
  sections: SearchSection[];
}

function section(where: string, lines: readonly string[]): SearchSection[] {
  const text = lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
  return text === '' ? [] : [{ where, text }];
}

function joined(...parts: readonly string[]): string {
  return parts.map((p) => p.trim()).filter((p) => p !== '').join(', ');
}

function taskLine(task: Pick<Task, 'what' | 'owner'>): string {
  return joined(task.what, task.owner);
}

function personLine(person: CalledPerson): string {
  const party = person.party.trim() ? `(${person.party.trim()})` : '';
  const { note, substituteName } = person.attendance;
  return joined(`${person.name} ${party}`, person.organisation, person.title, note, substituteName);
}

/** The document of one agenda item, from the item, the tasks given under it and its guests. */
export function itemDocument(
  item: AgendaItem,
  tasks: readonly Pick<Task, 'what' | 'owner'>[],
  guests: readonly CalledPerson[],
): SearchDocument {
  return {
    itemId: item.id,
    kind: item.kind,
    title: item.title,
    sections: [
      ...section('Underrubriker', item.topics),
      ...section(
        'Föredragande',
        item.presenters.map((p) => joined(p.name, p.organisation)),
      ),
      ...section('Gäster', guests.map(personLine)),
      ...section('Länkar', item.links.map((l) => l.title)),
      ...section('Ställningstagande', [item.standpoint]),
      ...section('Anteckningar', [notesToPlainText(item.notes)]),
      ...section('Uppdrag', tasks.map(taskLine)),
    ],
  };
}

/** The document of the meeting itself: its header, who was called and how they attended, tasks without an item. */
export type MeetingOwnText = Pick<
  Meeting,
  'title' | 'subtitle' | 'meetingForm' | 'place' | 'calledText' | 'diaryNumber' | 'secretaryName' | 'calledPersons' | 'tasks' | 'reviewers'
>;

export function meetingDocument(meeting: MeetingOwnText): SearchDocument {
  return {
    itemId: null,
    kind: null,
    title: joined(meeting.title, meeting.subtitle),
    sections: [
      ...section('Mötet', [meeting.meetingForm, meeting.place, meeting.calledText, meeting.diaryNumber, meeting.secretaryName]),
      ...section('Kallade', meeting.calledPersons.filter((p) => p.kind !== 'guest').map(personLine)),
      ...section('Uppdrag', meeting.tasks.filter((t) => t.itemId === null).map(taskLine)),
      ...section('Justerat av', meeting.reviewers.map((r) => joined(r.name, r.role))),
    ],
  };
}

/** A document's body text as indexed: its sections in order. */
export function documentText(document: SearchDocument): string {
  return document.sections.map((s) => s.text).join('\n');
}
