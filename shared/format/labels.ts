import type { AttendanceStatus, ItemKind, MeetingStatus, Role } from '../model/kinds';

/** The Swedish words the interface and the documents use. */

export function roleLabel(role: Role): string {
  switch (role) {
    case 'ordforande':
      return 'ordförande';
    case 'vice_ordforande':
      return 'vice ordförande';
    case 'forste_vice_ordforande':
      return 'förste vice ordförande';
    case 'andre_vice_ordforande':
      return 'andre vice ordförande';
    case 'sekreterare':
      return 'sekreterare';
    case 'ledamot':
      return 'ledamot';
    case 'adjungerad':
      return 'adj.';
    default:
      return unreachable(role);
  }
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

export function attendanceLabel(status: AttendanceStatus): string {
  switch (status) {
    case 'unmarked':
      return 'Ej markerad';
    case 'present':
      return 'Närvarande';
    case 'remote':
      return 'Med på länk';
    case 'excused':
      return 'Förhinder';
    case 'absent':
      return 'Frånvarande';
    default:
      return unreachable(status);
  }
}

export function itemKindLabel(kind: ItemKind): string {
  switch (kind) {
    case 'information':
      return 'Information';
    case 'dialog':
      return 'Dialog';
    case 'information_dialog':
      return 'Information och dialog';
    case 'standpoint':
      return 'Ställningstagande';
    case 'decision':
      return 'Beslut';
    case 'other':
      return 'Övrigt';
    default:
      return unreachable(kind);
  }
}

export function meetingStatusLabel(status: MeetingStatus): string {
  switch (status) {
    case 'draft':
      return 'Utkast';
    case 'review':
      return 'För justering';
    case 'approved':
      return 'Justerad';
    default:
      return unreachable(status);
  }
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

function unreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
