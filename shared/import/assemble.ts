import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, type MeetingFile, type MeetingFileMeeting } from '../meetingfile/schema';
import { NEW_BODY_SETTINGS } from '../model/body';
import { assembleItems } from './assemble-items';
import { assemblePeople, calledListOf } from './assemble-people';
import { labelled } from './patterns';
import { LINE_KIND_LABELS, type ImportDraft, type ImportLine, type LineReading, type RecogniseOptions, type ReviewNote } from './reading';
import { readSignatures } from './signatures';
import type { SourceDocument } from './source';
import { findDate, findTimes, type DateForm } from './when';
import { HEADER_LABELS } from './words';

/**
 * The meeting the readings describe, as a meeting file (what "Spara som
 * möte" saves), and what the secretary should look at. Pure and quick: the
 * review screen calls it again after every change she makes.
 */
export function assembleMeeting(
  source: SourceDocument,
  lines: readonly ImportLine[],
  readings: readonly LineReading[],
  options: RecogniseOptions = {},
): ImportDraft {
  const review: ReviewNote[] = [];
  const header = readHeader(lines, readings);
  const people = assemblePeople(lines, readings);
  const items = assembleItems(lines, readings);
  const signatures = readSignatures(lines, readings);
  review.push(...people.review, ...items.review, ...signatures.review);

  let date = header.date?.iso ?? null;
  if (date === null) {
    const fromName = findDate(source.name);
    date = fromName?.iso ?? null;
    review.push({
      line: null,
      message: fromName ? 'Mötets datum stod inte i texten; det är taget från filnamnet.' : 'Mötets datum hittades inte. Skriv in det innan du sparar.',
    });
  }
  if (items.agenda.length === 0) review.push({ line: null, message: 'Inga punkter hittades: all text ligger som anteckningar.' });
  readings.forEach((r, i) => {
    if (r.guessed && r.kind !== 'notes') review.push({ line: i, message: `Gissning: raden lästes som ”${LINE_KIND_LABELS[r.kind]}”. Stämmer det?` });
  });

  const names = bodyNames(header.title, header.subtitle, source.name, items.agenda.flatMap((i) => [i.standpoint, ...i.children.map((c) => c.standpoint)]));
  const body: MeetingFile['body'] = {
    ...NEW_BODY_SETTINGS,
    name: names.name,
    shortName: names.shortName,
    documentTitle: header.title,
    defaultPlace: header.place,
    defaultMeetingForm: header.meetingForm,
    defaultStartTime: header.startTime,
    defaultEndTime: header.endTime,
    dateStyle: header.date?.form === 'long' ? 'long' : 'iso',
    standpointPlacement: items.standpointPlacement,
    summaryOfStandpoints: items.summary,
    attendanceStyle: people.style,
    numberedItems: items.numbered,
    agendaHeading: readings.some((r) => r.kind === 'agendaHeading'),
    plannedDates: [],
    sides: people.sides,
  };
  const meeting: MeetingFileMeeting = {
    title: header.title,
    subtitle: header.subtitle,
    date: date ?? options.today ?? '2000-01-01',
    startTime: header.startTime,
    endTime: header.endTime,
    meetingForm: header.meetingForm,
    place: header.place,
    calledText: header.calledText,
    diaryNumber: header.diaryNumber,
    secretaryName: signatures.secretaryName,
    meetingLink: '',
    status: 'approved',
    reviewers: signatures.reviewers,
    approvedOn: signatures.approvedOn,
    openedAt: null,
    closedAt: null,
    calledPersons: people.called,
    agenda: items.agenda,
    tasks: [],
  };
  return {
    file: { format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: '', body, meeting },
    review,
  };
}

interface Header {
  title: string;
  subtitle: string;
  date: { iso: string; form: DateForm } | null;
  startTime: string;
  endTime: string;
  meetingForm: string;
  place: string;
  calledText: string;
  diaryNumber: string;
}

function readHeader(lines: readonly ImportLine[], readings: readonly LineReading[]): Header {
  const h: Header = { title: '', subtitle: '', date: null, startTime: '', endTime: '', meetingForm: '', place: '', calledText: '', diaryNumber: '' };
  const field = (text: string) => {
    const l = labelled(text);
    const which = l ? HEADER_LABELS[l.label] : undefined;
    if (!l || which === undefined) return false;
    const value = l.value.slice(0, 500);
    switch (which) {
      case 'date':
        h.date ??= findDate(value);
        break;
      case 'time': {
        const times = findTimes(value);
        if (times && h.startTime === '') {
          h.startTime = times.start;
          h.endTime = times.end;
        }
        break;
      }
      case 'place':
        h.place ||= value;
        break;
      case 'meetingForm':
        h.meetingForm ||= value;
        break;
      case 'called':
        if (calledListOf(text) === null) h.calledText ||= value;
        break;
      case 'diaryNumber':
        h.diaryNumber ||= value.slice(0, 100);
        break;
      default: {
        const never: never = which;
        throw new Error(`Unhandled header field ${String(never)}`);
      }
    }
    return true;
  };
  lines.forEach((line, i) => {
    const kind = readings[i]?.kind;
    if (kind === 'headerField') {
      // "Plats: Digitalt  Tid: 9.00-12.00" on one line: each label on its own.
      for (const part of line.text.split(/\s{2,}|\t|(?<=\S)\s+(?=(?:Datum|Tid|Plats|Mötesform|Lokal)\s*:)/u)) field(part);
    } else if (kind === 'title' || kind === 'subtitle') {
      // "Ledningsgrupp för samverkan Datum: 2023-11-30": the date leaves the title.
      const inline = /\s*\b(Datum|Tid|Plats)\s*:\s*.*$/u.exec(line.text);
      const text = inline ? line.text.slice(0, inline.index).trim() : line.text;
      if (inline) field(inline[0].trim());
      if (kind === 'title' && h.title === '') h.title = text.slice(0, 500);
      else if (h.subtitle === '') h.subtitle = text.slice(0, 500);
      else h.subtitle = `${h.subtitle} ${text}`.slice(0, 500);
    }
  });
  return h;
}

/**
 * The body's name and short name from the title lines: "Mötesanteckning
 * SRO" over "Politiskt samrådsorgan …" gives the short name SRO and the
 * subtitle as the name; a title alone gives its capitals.
 */
export function bodyNames(title: string, subtitle: string, fileName: string, standpoints: readonly string[] = []): { name: string; shortName: string } {
  // Letters, not \b: "SHÄ" is one word (JavaScript's \b knows only A–Z).
  const caps = (t: string) => /(?<![\p{L}\d])(\p{Lu}{2,}[\p{Lu}\d-]*)(?![\p{L}\d])(?!.*(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d]))/u.exec(t)?.[1] ?? '';
  const name = (subtitle || title || fileName.replace(/\.[^.]+$/u, '')).slice(0, 200).trim() || 'Importerat organ';
  const short = caps(title) || caps(subtitle) || mostNamed(standpoints) || acronym(name) || name;
  return { name, shortName: short.slice(0, 40) };
}

/** The body names itself in its standpoints ("LGS noterar informationen"): the capitals that recur most there. */
function mostNamed(standpoints: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of standpoints) for (const m of s.matchAll(/(?<![\p{L}\d])\p{Lu}{2,6}(?![\p{L}\d])/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] >= 2 ? best[0] : '';
}

function acronym(name: string): string {
  const words = name.split(/\s+/u).filter((w) => w.length > 2 && !['och', 'för', 'med', 'mellan', 'inom'].includes(w.toLocaleLowerCase('sv-SE')));
  return words.length >= 2 ? words.map((w) => w[0]!.toLocaleUpperCase('sv-SE')).join('') : '';
}
