import type { Role } from '../../../shared/model/kinds';
import { UNMARKED_ATTENDANCE, type Attendance } from '../../../shared/model/called-person';
import type { Presenter } from '../../../shared/model/agenda-item';
import type { BodyStandingItem } from '../../../shared/model/body';
import { plainAgendaItem, type NewAgendaItem, type NewBody, type NewCalledPerson, type NewMember } from '../../../shared/model/new-meeting';

/**
 * Small builders that keep the demo data readable: the roster is written
 * once per body and each meeting copies it, as the app itself does.
 */

export function person(
  name: string,
  details: { party?: string; organisation?: string; title?: string; role?: Role } = {},
): NewMember {
  return {
    name,
    party: details.party ?? '',
    organisation: details.organisation ?? '',
    title: details.title ?? '',
    role: details.role ?? 'ledamot',
    vacant: false,
    email: demoAddress(name, details.organisation ?? ''),
  };
}

/**
 * A made-up address under the reserved .example domain, so the demo can
 * write real invitations without ever reaching a real person.
 */
export function demoAddress(name: string, organisation: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.|\.$/g, '');
  const local = ascii(name);
  if (local === '') return '';
  const domain = ascii(organisation.split(/\s+/u)[0] ?? '') || 'samverkan';
  return `${local}@${domain}.example`;
}

export function vacantSeat(): NewMember {
  return { name: '', party: '', organisation: '', title: '', role: 'ledamot', vacant: true, email: '' };
}

export const present: Attendance = { ...UNMARKED_ATTENDANCE, status: 'present' };
export const unmarked: Attendance = UNMARKED_ATTENDANCE;
export const remote: Attendance = { ...present, status: 'remote' };
export const excused: Attendance = { ...present, status: 'excused' };
/** A förhinder the secretary noted before the meeting, on the day it came in. */
export function excusedAhead(reportedOn: string): Attendance {
  return { ...excused, reportedOn };
}

export function absent(note: string): Attendance {
  return { ...present, status: 'absent', note };
}
export function arrivedLate(arrivedAt: string, where: Attendance = present): Attendance {
  return { ...where, arrivedAt };
}
/** Left at `leftAt`; a substitute (in the room, or on the link) may take the seat for the rest. */
export function leftEarly(leftAt: string, substituteName = '', substituteRemote = false): Attendance {
  return { ...present, leftAt, substituteName, substituteRemote: substituteName !== '' && substituteRemote };
}
/** Away with apologies, and `substituteName` came in the person's place. */
export function substitutedBy(substituteName: string, substituteRemote = false): Attendance {
  return { ...excused, substituteName, substituteRemote };
}

/**
 * The body's roster as a meeting's called persons (a frozen copy), with the
 * attendance given by name; everyone else gets `fallback`.
 */
export function calledFromRoster(
  body: NewBody,
  attendanceByName: Record<string, Attendance>,
  fallback: Attendance,
): NewCalledPerson[] {
  const known = new Set(Object.keys(attendanceByName));
  const called = body.sides.flatMap((side) =>
    side.categories.flatMap((category) =>
      category.members.map(
        (member): NewCalledPerson => {
          known.delete(member.name);
          return {
            kind: 'member',
            sideName: side.name,
            categoryName: category.name,
            ...member,
            email: member.email ?? '',
            // A vacant seat has nobody whose attendance could be marked.
            attendance: member.vacant ? unmarked : (attendanceByName[member.name] ?? fallback),
          };
        },
      ),
    ),
  );
  if (known.size > 0) {
    // A typo in the demo data would silently mark nobody; fail loudly instead.
    throw new Error(`Demo attendance for unknown members: ${[...known].join(', ')}`);
  }
  return called;
}

export function invitee(name: string, title: string, attendance: Attendance, organisation = ''): NewCalledPerson {
  return {
    kind: 'invitee',
    sideName: '',
    categoryName: 'Inbjudna',
    name,
    party: '',
    organisation,
    title,
    role: 'ledamot',
    vacant: false,
    email: demoAddress(name, organisation),
    attendance,
  };
}

export function guest(name: string, title: string, organisation: string, attendance: Attendance): NewCalledPerson {
  return { ...invitee(name, title, attendance, organisation), kind: 'guest', categoryName: 'Gäster' };
}

export function presenter(name: string, organisation: string): Presenter {
  return { name, organisation };
}

type ItemFields = Partial<Omit<NewAgendaItem, 'title'>>;

/** An agenda item with the defaults of a plain standing item. */
export function item(title: string, fields: ItemFields = {}): NewAgendaItem {
  return { ...plainAgendaItem(title), ...fields };
}

/** A standing item (Mötets öppnande, Övriga frågor …): carried over to the next meeting. */
export function standing(title: string, fields: ItemFields = {}): NewAgendaItem {
  return item(title, { ...fields, standing: true });
}

/**
 * The standing items both demo bodies share: the opening, the agenda, the
 * previous minutes (each body has its own word for them) before the subject
 * items, "Övriga frågor" and any `closing` items after them.
 */
export function demoStandingItems(previousMinutesTitle: string, ...closing: string[]): BodyStandingItem[] {
  const after = (title: string): BodyStandingItem => ({ title, children: [], placement: 'afterSubjects' });
  return [
    { title: 'Mötets öppnande', children: ['närvaro/presentation', 'övriga frågor'], placement: 'beforeSubjects' },
    { title: 'Godkännande av dagens agenda', children: [], placement: 'beforeSubjects' },
    { title: previousMinutesTitle, children: [], placement: 'beforeSubjects' },
    after('Övriga frågor'),
    ...closing.map(after),
  ];
}
