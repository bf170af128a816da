import type { MeetingStatus } from '../model/kinds';

/**
 * Only approved minutes are published: the one rule the export, the CLI and
 * the publication view share, with the same words for why not.
 */
export function notPublishableReason(status: MeetingStatus): string | null {
  switch (status) {
    case 'approved':
      return null;
    case 'draft':
      return 'Mötesanteckningen är ett utkast. Bara justerade mötesanteckningar kan publiceras: skicka den för justering och markera den som justerad först.';
    case 'review':
      return 'Mötesanteckningen är ute för justering. Bara justerade mötesanteckningar kan publiceras: markera den som justerad när justerarna har godkänt den.';
    default: {
      const never: never = status;
      throw new Error(`Unhandled status ${String(never)}`);
    }
  }
}

/**
 * What became of the findings in a public file: "3 uppgifter togs bort eller
 * skrevs om; 1 av dem var inte avgjord och togs bort." (said by the view and the CLI).
 */
export function publicResultText(removed: number, undecided: number): string {
  if (removed === 0) return 'Inga uppgifter togs bort.';
  const what = `${removed} ${removed === 1 ? 'uppgift togs bort eller skrevs om' : 'uppgifter togs bort eller skrevs om'}`;
  if (undecided === 0) return `${what}.`;
  return `${what}; ${undecided} av dem ${undecided === 1 ? 'var inte avgjord' : 'var inte avgjorda'} och togs bort.`;
}
