import type { CalledPerson } from '../model/called-person';
import type { InvitationState, InvitedWhenWhere } from '../model/invitation';
import type { Meeting } from '../model/meeting';
import { formatLongDate } from '../format/date';
import type { IcsPerson } from './ics';

/**
 * What an invitation e-mail is before it is written: who gets it, whether it
 * is the first, a resend, a change or a cancellation, and the SEQUENCE the
 * calendar programs need to replace what they already hold.
 */

/** What kind of invitation the next one is, judged against the last one sent. */
export type InvitationKind = 'first' | 'resend' | 'change' | 'cancel';

/** The fields a calendar invitation carries; a change in any of them is an update. */
export function invitedWhenWhereOf(meeting: Pick<Meeting, keyof InvitedWhenWhere>): InvitedWhenWhere {
  const { date, startTime, endTime, place, meetingForm, meetingLink } = meeting;
  return { date, startTime, endTime, place, meetingForm, meetingLink };
}

export function sameWhenWhere(a: InvitedWhenWhere, b: InvitedWhenWhere): boolean {
  return (
    a.date === b.date &&
    a.startTime === b.startTime &&
    a.endTime === b.endTime &&
    a.place === b.place &&
    a.meetingForm === b.meetingForm &&
    a.meetingLink === b.meetingLink
  );
}

/**
 * The next invitation's kind and SEQUENCE. A change of time or place, and
 * every cancellation, raise the sequence so calendars replace their copy; a
 * plain resend keeps it. After a cancellation (`lastWasCancel`), inviting
 * again is a change: the calendars hold a cancelled event.
 */
export function nextInvitation(
  last: InvitationState | null,
  now: InvitedWhenWhere,
  cancel: boolean,
  lastWasCancel = false,
): { kind: InvitationKind; sequence: number } {
  if (last === null) return { kind: cancel ? 'cancel' : 'first', sequence: 0 };
  if (cancel) return { kind: 'cancel', sequence: last.sequence + 1 };
  if (lastWasCancel || !sameWhenWhere(last.sent, now)) return { kind: 'change', sequence: last.sequence + 1 };
  return { kind: 'resend', sequence: last.sequence };
}

/** Whether the meeting's time or place differs from what the last invitation said ("Skicka ändrad kallelse"). */
export function invitationOutdated(meeting: Pick<Meeting, 'invitation' | keyof InvitedWhenWhere>): boolean {
  return meeting.invitation !== null && !sameWhenWhere(meeting.invitation.sent, invitedWhenWhereOf(meeting));
}

/** Everyone called who gets the invitation, and the names of those without an address. */
export interface InvitationRecipients {
  recipients: IcsPerson[];
  missingEmail: string[];
}

/** A vacant seat is nobody; members, invitees and the guests of items are everyone else. */
function isInvited(person: CalledPerson): boolean {
  switch (person.kind) {
    case 'member':
      return !person.vacant;
    case 'invitee':
    case 'guest':
      return true;
    default: {
      const never: never = person.kind;
      return never;
    }
  }
}

/**
 * The recipients in the called list's order. A guest of two items, or a
 * person called twice with one address, gets one e-mail.
 */
export function invitationRecipients(persons: readonly CalledPerson[]): InvitationRecipients {
  const recipients: IcsPerson[] = [];
  const missingEmail: string[] = [];
  const seen = new Set<string>();
  for (const person of persons) {
    if (!isInvited(person)) continue;
    const name = person.name.trim();
    const email = person.email.trim();
    if (email === '') {
      if (name !== '' && !missingEmail.includes(name)) missingEmail.push(name);
      continue;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    recipients.push({ name, email });
  }
  return { recipients, missingEmail };
}

/** "Kallelse: SGS 21 januari 2027", "Ändrad tid: …", "Ändrad plats: …", "Inställt: …". */
export function invitationSubject(
  kind: InvitationKind,
  what: { bodyShortName: string; date: string },
  changed: 'time' | 'place' | null,
): string {
  const meeting = `${what.bodyShortName} ${formatLongDate(what.date)}`.trim();
  switch (kind) {
    case 'first':
    case 'resend':
      return `Kallelse: ${meeting}`;
    case 'change':
      // Invited again after a cancellation, with the same time and place: a kallelse like the first.
      if (changed === null) return `Kallelse: ${meeting}`;
      return `${changed === 'time' ? 'Ändrad tid' : 'Ändrad plats'}: ${meeting}`;
    case 'cancel':
      return `Inställt: ${meeting}`;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** What differs from the last invitation: the date or a time first ("Ändrad tid"), else place, form or link. */
export function whatChanged(last: InvitationState | null, now: InvitedWhenWhere): 'time' | 'place' | null {
  if (last === null || sameWhenWhere(last.sent, now)) return null;
  const sent = last.sent;
  return sent.date !== now.date || sent.startTime !== now.startTime || sent.endTime !== now.endTime ? 'time' : 'place';
}
