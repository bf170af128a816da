import type { Body, Meeting } from '../model/domain';

/**
 * The people a meeting's minutes may name in public: the called list
 * (members, invitees, guests and who stood in for them), presenters, task
 * owners, reviewers, the secretary and the body's roster. As written, trimmed.
 */
export interface KnownNames {
  readonly names: readonly string[];
}

export function knownNamesOf(meeting: Meeting, body: Body): KnownNames {
  const raw: string[] = [meeting.secretaryName];
  for (const person of meeting.calledPersons) raw.push(person.name, person.attendance.substituteName);
  for (const item of meeting.agenda) for (const presenter of item.presenters) raw.push(presenter.name);
  for (const task of meeting.tasks) raw.push(...namesIn(task.owner));
  for (const reviewer of meeting.reviewers) raw.push(reviewer.name);
  for (const side of body.sides) for (const category of side.categories) for (const member of category.members) raw.push(member.name);
  return knownNames(raw);
}

/** A KnownNames of the given names, without empty or repeated ones. */
export function knownNames(names: readonly string[]): KnownNames {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (!trimmed || seen.has(normalName(trimmed))) continue;
    seen.add(normalName(trimmed));
    out.push(trimmed);
  }
  return { names: out };
}

/** "Anna Berg, Region Norrvik och Per Ek" → each part: a task owner may be several people or a name with its place. */
function namesIn(owner: string): string[] {
  return owner.split(/[,;/&]| och /).map((part) => part.trim());
}

export function normalName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv-SE');
}

/**
 * Whether a name written in the minutes is one of the known people: the same
 * name, the known name with a middle or second surname left out or added,
 * or its genitive ("Anna Bergs förslag").
 */
export function isKnownName(known: KnownNames, written: string): boolean {
  const candidates = [normalName(written)];
  if (candidates[0]?.endsWith('s')) candidates.push(candidates[0].slice(0, -1));
  return normalNames(known).some((k) => candidates.some((c) => c === k || k.startsWith(`${c} `) || c.startsWith(`${k} `)));
}

/** The known names lower-cased once per KnownNames, not once per name found in a long text. */
const normalised = new WeakMap<KnownNames, string[]>();
function normalNames(known: KnownNames): string[] {
  let names = normalised.get(known);
  if (!names) {
    names = known.names.map(normalName);
    normalised.set(known, names);
  }
  return names;
}
