import { describe, expect, it } from 'vitest';
import { printingAppForBlock } from './printing-app';
import { execFileSync } from 'node:child_process';
import { exportMeetingFile } from '../../shared/meetingfile/schema';
import { bulletList, notes, numberedList, numberedListFrom, paragraph } from '../../shared/notes/build';
import { importMeetingFile } from '../../electron/services/meetingfile/import';
import { getBody } from '../../electron/services/storage/bodies';
import { getMeeting } from '../../electron/services/storage/meetings';
import { normalize, readText, sofficeConvert } from './export-docx-support';

// Point 4 of issue 15, as the secretary reads the exported files: numbered
// points broken up by bullet lists print their own numbers in Word (read back
// by LibreOffice) and in the PDF (pdftotext), whether the notes were written
// in the editor or came as Markdown in a meeting file.

/** The notes of the real meeting, and the lists around them that must not be disturbed. */
const NOTES = notes(
  numberedList('Lagstiftning om samordnad individuell plan'),
  bulletList('Förslaget remitteras till kommunerna.', 'Svar senast i mars.'),
  numberedListFrom(2, 'Eskaleringsmodell för frågor som inte löses lokalt'),
  paragraph('Arbetsgruppen redovisade också:'),
  numberedList('Tillsynen av boendena', 'Uppföljningen av avtalet'),
  bulletList('Rapporten skickas ut.'),
  numberedListFrom(3, 'Återrapportering i juni'),
  paragraph('Övriga frågor:'),
  numberedList('Ny lista från början', numberedList('inre ett', 'inre två'), 'Andra i nya listan'),
);

/** The same, as Markdown in a meeting file. */
const MARKDOWN = [
  '1. Lagstiftning om samordnad individuell plan',
  '',
  '- Förslaget remitteras till kommunerna.',
  '- Svar senast i mars.',
  '',
  '2. Eskaleringsmodell för frågor som inte löses lokalt',
  '',
  'Arbetsgruppen redovisade också:',
  '',
  '1. Tillsynen av boendena',
  '2. Uppföljningen av avtalet',
  '',
  '- Rapporten skickas ut.',
  '',
  '3. Återrapportering i juni',
  '',
  'Övriga frågor:',
  '',
  '1. Ny lista från början',
  '   1. inre ett',
  '   2. inre två',
  '2. Andra i nya listan',
].join('\n');

const ITEMS = [
  'Lagstiftning',
  'Eskaleringsmodell',
  'Tillsynen av boendena',
  'Uppföljningen av avtalet',
  'Återrapportering',
  'Ny lista',
  'inre ett',
  'inre två',
  'Andra i nya',
];

/** Each numbered line as printed, in order: "2. Eskaleringsmodell", with whatever spacing the reader gives. */
function numbered(text: string): string[] {
  const pattern = new RegExp(`(?:^| )((?:\\d+\\.|[a-z]\\)) (?:${ITEMS.join('|')}))`, 'g');
  return [...normalize(text).matchAll(pattern)].map((m) => m[1] ?? '');
}

const EXPECTED = [
  '1. Lagstiftning',
  '2. Eskaleringsmodell',
  '1. Tillsynen av boendena',
  '2. Uppföljningen av avtalet',
  '3. Återrapportering',
  '1. Ny lista',
];
/** Word numbers the second level a), b); the print HTML 1., 2. */
const EXPECTED_DOCX = [...EXPECTED, 'a) inre ett', 'b) inre två', '2. Andra i nya'];
const EXPECTED_PDF = [...EXPECTED, '1. inre ett', '2. inre två', '2. Andra i nya'];

describe('numbered lists broken up by bullet lists, exported', () => {
  /** The meeting whose notes were saved through the editor's channel, and one imported from Markdown. */
  let saved: number;
  let imported: number;
  const app = printingAppForBlock('anteckna-listnr-', async ({ db, seeded, ok }) => {
    const draft = seeded.meetings.find((m) => m.status === 'draft') ?? seeded.meetings[0];
    if (!draft) throw new Error('Demodata saknar möten.');
    saved = draft.id;
    const meeting = getMeeting(db, saved);
    const item = meeting.agenda[0];
    if (!item) throw new Error('Mötet saknar punkter.');
    await ok('notes:save', { meetingId: saved, itemId: item.id, notes: NOTES });

    const file = exportMeetingFile(meeting, getBody(db, meeting.bodyId));
    const first = file.meeting.agenda[0];
    if (!first) throw new Error('Mötesfilen saknar punkter.');
    first.notes = null;
    first.notesMarkdown = MARKDOWN;
    file.meeting.date = '2027-01-20';
    imported = importMeetingFile(db, JSON.stringify(file), new Date()).meetingId;
  });
  const { ok } = app;

  it('DOCX read back by LibreOffice: the list after the bullets prints 2. (or 3.), a new list 1., a nested list a) b)', async () => {
    const files = [
      (await ok('export:file', { meetingId: saved, format: 'docx', overwrite: true })).path,
      (await ok('export:file', { meetingId: imported, format: 'docx', overwrite: true })).path,
    ];
    const texts = await sofficeConvert(files, 'txt:Text', app.dir);
    for (const text of texts) expect(numbered(await readText(text))).toEqual(EXPECTED_DOCX);
  }, 120_000);

  it('PDF read by pdftotext: the same numbers', async () => {
    for (const meetingId of [saved, imported]) {
      const { path } = await ok('export:file', { meetingId, format: 'pdf', overwrite: true });
      expect(numbered(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }))).toEqual(EXPECTED_PDF);
    }
  }, 120_000);
});
