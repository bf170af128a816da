import type { Member } from '../model/body';

/**
 * How an imported meeting's called list differs from the roster of the body
 * the secretary saves it into: who is new, who is gone, whose details
 * changed. Saving never touches the roster (the meeting keeps its own called
 * list); the differences tell her whether she chose the right body and what
 * she may want to update in its settings. Pure.
 */

/** What the roster and a called list both say of a person. */
export type RosterPersonLike = Omit<Member, 'id'>;

/** A person of the document's called list, with where the list placed them. */
export interface CalledLike extends RosterPersonLike {
  kind: 'member' | 'invitee' | 'guest';
  sideName: string;
  categoryName: string;
}

/** A body's roster: sides → categories → members. */
export interface RosterLike {
  sides: readonly {
    name: string;
    categories: readonly { name: string; members: readonly RosterPersonLike[] }[];
  }[];
}

export const ROSTER_FIELDS = ['party', 'organisation', 'title', 'role', 'sideName', 'categoryName'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** What each compared detail is called where a change is shown. */
export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  party: 'parti',
  organisation: 'organisation',
  title: 'titel',
  role: 'roll',
  sideName: 'sida',
  categoryName: 'grupp',
};

export interface PlacedPerson extends RosterPersonLike {
  sideName: string;
  categoryName: string;
}

export interface RosterChange {
  /** As the document writes the person. */
  document: PlacedPerson;
  /** As the roster has the person. */
  roster: PlacedPerson;
  fields: RosterField[];
}

export interface RosterDiff {
  /** In the document's called list, not in the roster. */
  added: PlacedPerson[];
  /** In the roster, not in the document's called list. */
  gone: PlacedPerson[];
  changed: RosterChange[];
}

/** Names compared as a reader would: case, spaces and a trailing full stop do not make another person. */
export function personKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').replace(/[.,]$/, '').trim();
}

/**
 * The differences between the members of a called list (invitees and guests
 * are not on a roster) and a roster. Vacant seats have no name to compare and
 * are left out; two people of the same name pair up in order.
 */
export function rosterDiff(called: readonly CalledLike[], roster: RosterLike): RosterDiff {
  const rosterPeople: PlacedPerson[] = roster.sides.flatMap((side) =>
    side.categories.flatMap((category) =>
      category.members.map((m) => ({ ...pick(m), sideName: side.name, categoryName: category.name })),
    ),
  );
  const unmatched = rosterPeople.filter((p) => !p.vacant && personKey(p.name) !== '');
  const added: PlacedPerson[] = [];
  const changed: RosterChange[] = [];
  for (const person of called) {
    if (person.kind !== 'member' || person.vacant || personKey(person.name) === '') continue;
    const document: PlacedPerson = { ...pick(person), sideName: person.sideName, categoryName: person.categoryName };
    const at = unmatched.findIndex((p) => personKey(p.name) === personKey(person.name));
    if (at === -1) {
      added.push(document);
      continue;
    }
    const [match] = unmatched.splice(at, 1);
    if (match === undefined) continue;
    const fields = ROSTER_FIELDS.filter((field) => differs(document[field], match[field]));
    if (fields.length > 0) changed.push({ document, roster: match, fields });
  }
  return { added, gone: unmatched, changed };
}

/** Whether there is anything to show. */
export function rosterDiffIsEmpty(diff: RosterDiff): boolean {
  return diff.added.length === 0 && diff.gone.length === 0 && diff.changed.length === 0;
}

function pick(p: RosterPersonLike): RosterPersonLike {
  return { name: p.name, party: p.party, organisation: p.organisation, title: p.title, role: p.role, vacant: p.vacant, email: p.email };
}

function differs(a: string, b: string): boolean {
  return personKey(a) !== personKey(b);
}
