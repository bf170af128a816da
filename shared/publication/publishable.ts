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
