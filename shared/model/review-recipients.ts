import { roleLabel } from '../format/labels';
import type { Body } from './body';
import type { CalledPerson } from './called-person';
import type { Role } from './kinds';
import type { Reviewer } from './meeting';
import type { ReviewRecipient } from './review-round';

/**
 * Where a reviewer's e-mail goes: the called person of the same name in this
 * meeting (the copy frozen when the meeting was called, which she may have
 * corrected), else the body's roster. Names match ignoring case and extra
 * spaces, since the reviewers were typed by hand at the last approval.
 */

/** "  Anna  Berg " and "anna berg" are the same person. */
export function sameNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

/** The address of a name: the called list first, then the roster's members; '' where neither has one. */
export function reviewerEmail(name: string, calledPersons: readonly CalledPerson[], body: Body | null): string {
  const key = sameNameKey(name);
  for (const person of calledPersons) {
    if (sameNameKey(person.name) === key && person.email.trim() !== '') return person.email.trim();
  }
  for (const side of body?.sides ?? []) {
    for (const category of side.categories) {
      for (const member of category.members) {
        if (sameNameKey(member.name) === key && member.email.trim() !== '') return member.email.trim();
      }
    }
  }
  return '';
}

export interface ReviewAddressees {
  recipients: ReviewRecipient[];
  /** The reviewers without an address anywhere, as named. */
  missingEmail: string[];
}

/** The chosen reviewers as e-mail recipients (each address once), and those without one. */
export function reviewAddressees(reviewers: readonly Reviewer[], calledPersons: readonly CalledPerson[], body: Body | null): ReviewAddressees {
  const recipients: ReviewRecipient[] = [];
  const missingEmail: string[] = [];
  const seen = new Set<string>();
  for (const reviewer of reviewers) {
    const name = reviewer.name.trim().replace(/\s+/g, ' ');
    const email = reviewerEmail(name, calledPersons, body);
    if (email === '') {
      if (!missingEmail.includes(name)) missingEmail.push(name);
      continue;
    }
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push({ name, email });
  }
  return { recipients, missingEmail };
}

/**
 * The role written after a reviewer's name in "Justerat av" ("PSN
 * ordförande"): the chair and vice chairs, who usually review, under the
 * body's short name; anyone else none.
 */
export function reviewerRoleOf(role: Role, bodyShortName: string): string {
  switch (role) {
    case 'ordforande':
    case 'vice_ordforande':
    case 'forste_vice_ordforande':
    case 'andre_vice_ordforande':
      return [bodyShortName.trim(), roleLabel(role)].filter(Boolean).join(' ');
    case 'sekreterare':
    case 'ledamot':
    case 'adjungerad':
      return '';
    default: {
      const never: never = role;
      return never;
    }
  }
}
