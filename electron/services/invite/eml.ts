import MailComposer from 'nodemailer/lib/mail-composer';
import type { IcsMethod, IcsPerson } from '../../../shared/calendar/ics';

/**
 * An e-mail draft file (.eml). `X-Unsent: 1` makes Outlook open it as a new
 * message ready to send (Thunderbird opens it as a message to edit as new);
 * the MIME structure, RFC 2047 words for Swedish names and subject, and the
 * encodings are nodemailer's.
 */

export interface EmlAttachment {
  fileName: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface EmlDraft {
  from: IcsPerson;
  to: readonly IcsPerson[];
  subject: string;
  text: string;
  /** The iCalendar object, as the text/calendar part (with its method) and as an .ics attachment; absent: a plain e-mail (the justering round). */
  calendar?: { method: IcsMethod; content: string; fileName: string };
  attachments: readonly EmlAttachment[];
  date: Date;
}

export function composeEml(draft: EmlDraft): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: draft.from.name, address: draft.from.email },
    to: draft.to.map((person) => ({ name: person.name, address: person.email })),
    subject: draft.subject,
    date: draft.date,
    text: draft.text,
    headers: { 'X-Unsent': '1' },
    // nodemailer puts it both as the text/calendar alternative (with its method) and as an attachment.
    ...(draft.calendar ? { icalEvent: { method: draft.calendar.method, content: draft.calendar.content, filename: draft.calendar.fileName } } : {}),
    attachments: draft.attachments.map((a) => ({ filename: a.fileName, content: Buffer.from(a.bytes), contentType: a.contentType })),
    // Everything is given as bytes: nothing may be read from a path or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
}
