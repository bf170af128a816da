import type { AttendanceStatus, ItemKind, MeetingStatus, Role } from '../model/kinds';

/** The Swedish words the interface and the documents use. */

const ROLE_LABELS: Record<Role, string> = {
  ordforande: 'ordförande',
  vice_ordforande: 'vice ordförande',
  forste_vice_ordforande: 'förste vice ordförande',
  andre_vice_ordforande: 'andre vice ordförande',
  sekreterare: 'sekreterare',
  ledamot: 'ledamot',
  adjungerad: 'adj.',
};

export function roleLabel(role: Role): string {
  return labelIn(ROLE_LABELS, role);
}

/** Presiding roles are printed in bold in the roster. */
export function isPresidingRole(role: Role): boolean {
  switch (role) {
    case 'ordforande':
    case 'vice_ordforande':
    case 'forste_vice_ordforande':
    case 'andre_vice_ordforande':
    case 'sekreterare':
      return true;
    case 'ledamot':
    case 'adjungerad':
      return false;
    default:
      return unreachable(role);
  }
}

const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  unmarked: 'Ej markerad',
  present: 'Närvarande',
  remote: 'Med på länk',
  excused: 'Förhinder',
  absent: 'Frånvarande',
};

export function attendanceLabel(status: AttendanceStatus): string {
  return labelIn(ATTENDANCE_LABELS, status);
}

const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  information: 'Information',
  dialog: 'Dialog',
  information_dialog: 'Information och dialog',
  standpoint: 'Ställningstagande',
  decision: 'Beslut',
  other: 'Övrigt',
};

export function itemKindLabel(kind: ItemKind): string {
  return labelIn(ITEM_KIND_LABELS, kind);
}

const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Utkast',
  review: 'För justering',
  approved: 'Justerad',
};

export function meetingStatusLabel(status: MeetingStatus): string {
  return labelIn(MEETING_STATUS_LABELS, status);
}

/** "Information och dialog (40 minuter, bilaga)". */
export function typeLine(kind: ItemKind, minutes: number | null, attachment: boolean): string {
  const extras = [minutes !== null ? `${minutes} minuter` : null, attachment ? 'bilaga' : null].filter(
    (x): x is string => x !== null,
  );
  const head = kind === 'other' ? '' : itemKindLabel(kind);
  if (!head && extras.length === 0) return '';
  if (!head) return `(${extras.join(', ')})`;
  return extras.length ? `${head} (${extras.join(', ')})` : head;
}

/**
 * A value's word from its table; the Record type makes a table name every
 * value, and a value that got past the types still fails loudly.
 */
function labelIn<Value extends string>(labels: Record<Value, string>, value: Value): string {
  if (!Object.hasOwn(labels, value)) throw new Error(`Unhandled value: ${String(value)}`);
  return labels[value];
}

function unreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
