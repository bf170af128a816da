import { randomUUID } from 'node:crypto';
import { icsCalendar, type IcsPerson } from '../../../shared/calendar/ics';
import {
  invitationRecipients,
  invitationSubject,
  invitedWhenWhereOf,
  nextInvitation,
  whatChanged,
  type InvitationKind,
} from '../../../shared/calendar/invitation';
import { formatLongDate, formatTimeRange } from '../../../shared/format/date';
import { AppError } from '../../../shared/ipc/result';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import { safeFileName } from '../export/files';
import { getBody } from '../storage/bodies';
import type { Db } from '../storage/db';
import { assertCancellable, lastInvitationWasCancel, recordInvitation, setMeetingCancelled } from '../storage/invitations';
import { FROZEN_MESSAGE } from '../storage/meeting-guards';
import { getMeeting } from '../storage/meetings';
import { composeEml } from './eml';

/**
 * "Skicka kallelse" and "Ställ in mötet": the e-mail draft to everyone
 * called, with the kallelse PDF and the calendar invitation, and — once the
 * file is written — the invitation's new state.
 */

/** The kallelse as PDF for the meeting; the host's printer is bound in by the caller. */
export type KallelsePdfOf = (meeting: Meeting, body: Body) => Promise<Uint8Array>;

export interface InvitationDeps {
  kallelsePdf: KallelsePdfOf;
  now: Date;
  /** A new calendar UID; tests pass a fixed one. */
  newUid?: () => string;
}

export interface InvitationDraft {
  fileName: string;
  data: Buffer;
  recipients: IcsPerson[];
  /** Names of the called persons without an address. */
  missingEmail: string[];
  /** Stores what was sent (and the cancellation); call once the file is written. */
  record(): void;
}

export const NO_SECRETARY_EMAIL =
  'Sekreterarens e-postadress saknas. Fyll i den under Organets inställningar, så blir du avsändare av kallelsen.';
export const NO_RECIPIENTS =
  'Ingen av de kallade har en e-postadress. Lägg till adresser under Kallade (eller i organets ledamotslista) och försök igen.';
export const CANCELLED_MESSAGE = 'Mötet är inställt. Återuppta mötet innan du skickar en ny kallelse.';

const newCalendarUid = () => `${randomUUID()}@anteckna`;

export async function draftInvitation(db: Db, meetingId: number, cancel: boolean, deps: InvitationDeps): Promise<InvitationDraft> {
  const meeting = getMeeting(db, meetingId);
  const body = getBody(db, meeting.bodyId);
  if (meeting.status === 'approved') throw new AppError('frozen', FROZEN_MESSAGE);
  if (cancel) assertCancellable(db, meetingId);
  else if (meeting.cancelledAt !== null) throw new AppError('conflict', CANCELLED_MESSAGE);
  const secretaryEmail = body.secretaryEmail.trim();
  if (secretaryEmail === '') throw new AppError('validation', NO_SECRETARY_EMAIL);
  const { recipients, missingEmail } = invitationRecipients(meeting.calledPersons);
  if (recipients.length === 0) throw new AppError('validation', NO_RECIPIENTS);

  const sent = invitedWhenWhereOf(meeting);
  const { kind, sequence } = nextInvitation(meeting.invitation, sent, cancel, lastInvitationWasCancel(db, meetingId));
  const uid = meeting.invitation?.uid ?? (deps.newUid ?? newCalendarUid)();
  const organizer: IcsPerson = { name: meeting.secretaryName.trim() || 'Sekreterare', email: secretaryEmail };
  const method = cancel ? 'CANCEL' : 'REQUEST';
  const calendar = icsCalendar(
    method,
    [
      {
        uid,
        sequence,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
        summary: `Möte: ${meetingName(body)}`,
        location: meeting.place.trim() || meeting.meetingForm.trim(),
        description: calendarDescription(meeting, body),
        url: meeting.meetingLink,
        organizer,
        attendees: recipients,
        cancelled: cancel,
      },
    ],
    deps.now,
  );
  const subject = invitationSubject(kind, { bodyShortName: body.shortName, date: meeting.date }, whatChanged(meeting.invitation, sent));
  const base = safeFileName(`${cancel ? 'Inställt' : body.kallelseTitle || 'Kallelse'} ${body.shortName} ${meeting.date}`);
  const pdf = await deps.kallelsePdf(meeting, body);
  const data = await composeEml({
    from: organizer,
    to: recipients,
    subject,
    text: mailText(kind, meeting, body, organizer),
    calendar: { method, content: calendar, fileName: cancel ? 'Inställt.ics' : 'Inbjudan.ics' },
    attachments: [{ fileName: `${safeFileName(`${body.kallelseTitle || 'Kallelse'} ${body.shortName} ${meeting.date}`)}.pdf`, bytes: pdf, contentType: 'application/pdf' }],
    date: deps.now,
  });
  const sentAt = deps.now.toISOString();
  return {
    fileName: `${base}.eml`,
    data,
    recipients,
    missingEmail,
    record: () => {
      db.transaction(() => {
        recordInvitation(db, meetingId, { uid, sequence, sent, sentAt, cancelled: cancel });
        if (cancel) setMeetingCancelled(db, meetingId, true, sentAt);
      })();
    },
  };
}

/** "Styrgrupp för samverkan i Strandby (SGS)": the meeting's title is the minutes' title, not the meeting's name. */
function meetingName(body: Body): string {
  const name = body.name.trim();
  const short = body.shortName.trim();
  return name === '' || name === short ? short : `${name} (${short})`;
}

/** Time and place in words, as the e-mail and the calendar event say them. */
function whenWhere(meeting: Meeting): string[] {
  const time = formatTimeRange(meeting.startTime, meeting.endTime);
  const lines = [`Datum: ${formatLongDate(meeting.date)}${time ? `, klockan ${time}` : ''}`];
  if (meeting.place.trim()) lines.push(`Plats: ${meeting.place.trim()}`);
  if (meeting.meetingForm.trim()) lines.push(`Mötesform: ${meeting.meetingForm.trim()}`);
  if (meeting.meetingLink.trim()) lines.push(`Möteslänk: ${meeting.meetingLink.trim()}`);
  return lines;
}

function calendarDescription(meeting: Meeting, body: Body): string {
  const absence = body.absenceInstruction.trim();
  return [...whenWhere(meeting), ...(absence ? ['', absence] : [])].join('\n');
}

function mailText(kind: InvitationKind, meeting: Meeting, body: Body, from: IcsPerson): string {
  const name = `mötet med ${meetingName(body)}`;
  const date = formatLongDate(meeting.date);
  const opening = ((): string => {
    switch (kind) {
      case 'first':
      case 'resend':
        return `Välkommen till ${name} den ${date}. Kallelsen med dagordningen finns bifogad, och en kalenderinbjudan följer med.`;
      case 'change':
        return `Tid eller plats för ${name} den ${date} är ändrad. Den uppdaterade kallelsen finns bifogad, och kalenderinbjudan ersätter den tidigare.`;
      case 'cancel':
        return `${name.charAt(0).toUpperCase()}${name.slice(1)} den ${date} är inställt. Kalenderinbjudan tas bort ur kalendern när du öppnar den bifogade avbokningen.`;
      default: {
        const never: never = kind;
        return never;
      }
    }
  })();
  const absence = kind === 'cancel' ? '' : body.absenceInstruction.trim() || `Anmäl förhinder till ${from.name}, ${from.email}.`;
  return [opening, '', ...whenWhere(meeting), ...(absence ? ['', absence] : []), '', 'Med vänlig hälsning', from.name, ''].join('\n');
}
