/** What the invitation bar says, as sentences the secretary reads. */

const shortDay = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short' });

/** "2026-11-12T13:00:00.000Z" → "12 nov", in the computer's own time zone. */
export function sentDay(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : shortDay.format(at).replace(/\.$/, '');
}

/** "Kallelse skickad 12 nov, version 2": the version is the calendar SEQUENCE counted from 1. */
export function sentLabel(invitation: { sentAt: string; sequence: number }): string {
  return `Kallelse skickad ${sentDay(invitation.sentAt)}, version ${invitation.sequence + 1}`;
}

/** Who got the draft and who did not: "Saknar e-postadress: Tove Lind, Omar Said. Utkastet är gjort för de övriga 14." */
export function recipientsText(recipients: number, missingEmail: readonly string[]): string {
  if (missingEmail.length === 0) return `Utkastet är gjort för alla ${recipients} kallade.`;
  return `Saknar e-postadress: ${missingEmail.join(', ')}. Utkastet är gjort för de övriga ${recipients}.`;
}

/** Where the draft is, and whether the mail program has it open. */
export function whereText(path: string, opened: boolean): string {
  return opened
    ? `E-postutkastet är öppnat i e-postprogrammet och sparat i ${path}.`
    : `E-postutkastet är sparat i ${path}. Öppna filen i ditt e-postprogram för att skicka det.`;
}
