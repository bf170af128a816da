import type { AttendanceStatus, ItemKind, MeetingStatus, Role } from '../model/kinds';

/** The Swedish words the interface and the documents use. */

/**
 * The word for each value of a closed set, from its table: the Record type
 * makes the table name every value, and a value that got past the types
 * still fails loudly.
 */
function wordsFor<Value extends string>(words: Record<Value, string>): (value: Value) => string {
  return (value) => {
    if (!Object.hasOwn(words, value)) throw new Error(`Unhandled value: ${String(value)}`);
    return words[value];
  };
}

/** "ordförande", "adj.": a role as the roster and the documents print it. */
export const roleLabel = wordsFor<Role>({
  ordforande: 'ordförande',
  vice_ordforande: 'vice ordförande',
  forste_vice_ordforande: 'förste vice ordförande',
  andre_vice_ordforande: 'andre vice ordförande',
  sekreterare: 'sekreterare',
  ledamot: 'ledamot',
  adjungerad: 'adj.',
});

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

/** "Närvarande", "Med på länk": an attendance status in words. */
export const attendanceLabel = wordsFor<AttendanceStatus>({
  unmarked: 'Ej markerad',
  present: 'Närvarande',
  remote: 'Med på länk',
  excused: 'Förhinder',
  absent: 'Frånvarande',
});

/** "Information och dialog": the kind of an agenda item in words. */
export const itemKindLabel = wordsFor<ItemKind>({
  information: 'Information',
  dialog: 'Dialog',
  information_dialog: 'Information och dialog',
  standpoint: 'Ställningstagande',
  decision: 'Beslut',
  other: 'Övrigt',
});

/** "Utkast", "För justering", "Justerad". */
export const meetingStatusLabel = wordsFor<MeetingStatus>({
  draft: 'Utkast',
  review: 'För justering',
  approved: 'Justerad',
});

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
