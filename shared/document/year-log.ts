import { doneLabel, itemLabel, meetingName, standpointsByMeeting, yearLogTitle, type ArchiveBody, type YearLog, type YearLogTask } from '../model/archive';
import { formatLongDate } from '../format/date';
import { fileBaseName } from './build';
import { clean, heading, multiline, paragraph, text } from './inline';
import type { DocBlock, DocTableCell, MinutesDocument } from './model';

/**
 * The year log ("Beslutslogg 2026") of a body for its annual report, as the
 * same document model the minutes are: the DOCX and PDF renderers and the
 * PDF/UA tagging take it as they take minutes. The standpoints by meeting,
 * then the tasks given in the year as a table. Pure: no DOM, no Node.
 */
export function buildYearLogDocument(body: ArchiveBody, year: number, log: YearLog): MinutesDocument {
  const title = `${yearLogTitle(year)} ${clean(body.shortName)}`.trim();
  const blocks: DocBlock[] = [
    paragraph('field', [text('Organ:', { bold: true }), text(` ${clean(body.name)}`)]),
    paragraph('field', [text('År:', { bold: true }), text(` ${year}`)]),
    ...standpointBlocks(body, log),
    ...taskBlocks(log.tasks),
  ];
  return {
    lang: 'sv-SE',
    title,
    subtitle: clean(body.name),
    author: '',
    subject: [clean(body.shortName), String(year)].filter(Boolean).join(' '),
    // "2026 Beslutslogg PSN": by year first, as the minutes' files are by date.
    fileBaseName: fileBaseName(String(year), `Beslutslogg ${clean(body.shortName) || clean(body.name)}`.trim()),
    draftMarker: null,
    blocks,
  };
}

function standpointBlocks(body: ArchiveBody, log: YearLog): DocBlock[] {
  const out: DocBlock[] = [heading(1, [text('Ställningstaganden')], 'stallningstaganden')];
  const groups = standpointsByMeeting(log.standpoints);
  if (groups.length === 0) out.push(paragraph('normal', [text('Inga ställningstaganden detta år.')]));
  for (const group of groups) {
    out.push(heading(2, [text(meetingName(group.date, group.meetingTitle))], `mote-${group.meetingId}`));
    for (const s of group.standpoints) {
      out.push(paragraph('normal', [text(itemLabel(s.itemNumber, s.itemTitle, body.numberedItems), { bold: true })]));
      out.push(paragraph('standpoint', [text('Ställningstagande: '), ...multiline(s.standpoint, { italic: true })]));
    }
  }
  return out;
}

const cell = (value: string, header = false): DocTableCell => ({ header, blocks: [paragraph('normal', [text(value)])] });

function taskBlocks(tasks: readonly YearLogTask[]): DocBlock[] {
  const out: DocBlock[] = [heading(1, [text('Uppdrag')], 'uppdrag')];
  if (tasks.length === 0) {
    out.push(paragraph('normal', [text('Inga uppdrag gavs detta år.')]));
    return out;
  }
  const rows: DocTableCell[][] = [
    ['Uppdrag', 'Ansvarig', 'Senast', 'Klart', 'Givet vid mötet'].map((h) => cell(h, true)),
    ...tasks.map((t) => [
      cell(clean(t.what)),
      cell(clean(t.owner) || '–'),
      cell(t.deadline ? formatLongDate(t.deadline) : '–'),
      cell(doneLabel(t)),
      cell(formatLongDate(t.date)),
    ]),
  ];
  out.push({ kind: 'table', rows });
  return out;
}
