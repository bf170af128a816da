import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, blankFileItem, type MeetingFile, type MeetingFileItem, type MeetingFileSubItem } from '../../shared/meetingfile/schema';
import { NEW_BODY_SETTINGS } from '../../shared/model/body';
import type { ItemKind } from '../../shared/model/kinds';
import { BODIES, LINK_TITLES, MONTHS, STANDPOINTS, SUBJECT_TITLES, TOPICS, VENUES, type BodyName } from './data';
import { drawLayout, type Layout } from './layout';
import { CORPUS_SITE, drawNotes, sentenceNotes } from './notes-gen';
import { NameSource, clockAfter, drawGuests, drawPeople, type Person } from './people';
import { Random } from './random';

/**
 * Fictional minutes with known truth: from a seed, a meeting of a made-up
 * body as a meeting file (the shape the recogniser's draft has), and the
 * layout a writer prints it in. The same seed always gives the same minutes.
 */

export interface CorpusMinutes {
  seed: number;
  /** File name without extension: "PSK 2024-03-14 (seed 7)". */
  name: string;
  truth: MeetingFile;
  layout: Layout;
  body: BodyName;
  /** What the layout prints but the truth does not hold as such. */
  print: { kindWords: Map<string, string> };
}

export interface MinutesOptions {
  /** Fixed layout choices (the held-out set sets combinations the development set lacks). */
  layout?: Partial<Layout>;
  /** How many subject items (default: 6–16 items in all). */
  subjects?: number;
  /** Multiplies the notes (the benchmark's long documents). */
  notesScale?: number;
}

const KINDS: readonly { kind: ItemKind; words: readonly string[] }[] = [
  { kind: 'information', words: ['Information'] },
  { kind: 'dialog', words: ['Dialog'] },
  { kind: 'information_dialog', words: ['Information & dialog', 'Information och dialog'] },
  { kind: 'standpoint', words: ['Ställningstagande'] },
  { kind: 'decision', words: ['Beslut'] },
];

function blankItem(title: string, extra: Partial<MeetingFileSubItem> = {}): MeetingFileSubItem {
  return { ...blankFileItem(title), ...extra };
}

const withChildren = (item: MeetingFileSubItem, children: MeetingFileSubItem[] = []): MeetingFileItem => ({ ...item, children });

export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function drawDate(random: Random): string {
  const day = new Date(Date.UTC(random.int(2021, 2025), random.int(0, 11), random.int(1, 28)));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

export function generateMinutes(seed: number, options: MinutesOptions = {}): CorpusMinutes {
  const random = new Random(seed);
  const body = random.pick(BODIES);
  const layout = drawLayout(random, options.layout);
  const names = new NameSource(random);
  const date = drawDate(random);
  const startTime = random.pick(['09.00', '12.30', '13.00', '13.30'] as const);
  const endTime = clockAfter(startTime, random.int(4, 7) * 30);
  const persons = drawPeople(random, body, layout, names, startTime);
  const kindWords = new Map<string, string>();
  const nextMeeting = longDate(addDays(date, random.int(30, 90)));
  const standpoint = () => random.pick(STANDPOINTS).replace('{namn}', body.formal).replace('{datum}', nextMeeting);
  const link = (title: string) => ({ title, url: `${CORPUS_SITE}/handlingar/${seed}-${random.int(1000, 9999)}.pdf` });
  const scale = options.notesScale ?? 1;

  const subjectItem = (title: string): MeetingFileSubItem => {
    const item = blankItem(title, { notes: drawNotes(random, scale) });
    if (layout.typeLines) {
      const kind = random.pick(KINDS);
      item.kind = kind.kind;
      item.minutes = random.chance(0.8) ? random.pick([5, 10, 15, 20, 30, 40, 45, 60]) : null;
      item.attachment = random.chance(0.3);
      kindWords.set(item.title, random.pick(kind.words));
    }
    if (random.chance(0.25)) item.topics = random.sample(TOPICS, random.int(2, 3));
    const presenters = random.int(0, 2);
    for (let i = 0; i < presenters; i++) item.presenters.push({ name: names.next(), organisation: random.pick(['Kustregionen', 'Norrskogen', 'Region Västerhav', 'Dalbygden']) });
    if (random.chance(0.4)) item.links = random.sample(LINK_TITLES, random.int(1, 3)).map(link);
    if (random.chance(0.15)) item.guests = drawGuests(random, names);
    if (random.chance(0.75)) item.standpoint = standpoint();
    return item;
  };

  const agenda: MeetingFileItem[] = [];
  agenda.push(
    withChildren(blankItem('Mötets öppnande', { standing: true }), [
      blankItem('närvaro/presentation', { standing: true, notes: random.chance(0.5) ? sentenceNotes('Ordföranden hälsade välkommen och en presentationsrunda hölls.') : null }),
      blankItem('övriga frågor anmäls', { standing: true, notes: sentenceNotes(random.pick(['Inga övriga frågor anmäldes.', 'En övrig fråga anmäldes.'])) }),
    ]),
  );
  agenda.push(withChildren(blankItem('Godkännande av dagens agenda', { standing: true, notes: sentenceNotes('Dagens agenda godkändes.') })));
  const previous = blankItem('Föregående mötesanteckning', { standing: true });
  if (random.chance(0.5)) previous.notes = sentenceNotes('Inga synpunkter på föregående mötesanteckning.');
  else previous.links = [link(`${addDays(date, -60)} Mötesanteckning ${body.shortName}`), link(`Alla mötesanteckningar – ${body.shortName}`)];
  agenda.push(withChildren(previous));

  const subjects = options.subjects ?? random.int(3, 11);
  const titles: string[] = random.sample(SUBJECT_TITLES, Math.min(subjects, SUBJECT_TITLES.length));
  while (titles.length < subjects) titles.push(`${random.pick(SUBJECT_TITLES)} – del ${titles.length + 1}`);
  for (const title of titles) {
    const item = subjectItem(title);
    const children: MeetingFileSubItem[] = [];
    if (random.chance(0.15)) {
      for (const sub of ['Läget i kommunerna', 'Läget i regionen']) {
        children.push(blankItem(sub, { notes: drawNotes(random, scale), standpoint: random.chance(0.4) ? standpoint() : '' }));
      }
    }
    agenda.push(withChildren(item, children));
  }

  const other = blankItem('Övriga frågor', { standing: true });
  const otherChildren: MeetingFileSubItem[] = [];
  if (random.chance(0.6)) other.notes = sentenceNotes('Inga övriga frågor.');
  else {
    otherChildren.push(blankItem('Kontaktlista inför jul och nyår', { notes: sentenceNotes('Sekreteraren skickar ut en uppdaterad kontaktlista.') }));
    otherChildren.push(blankItem('Ny ledamot i temagruppen', { notes: sentenceNotes('Frågan går till beredningen som utser en ny person.') }));
  }
  agenda.push(withChildren(other, otherChildren));
  if (layout.summary) {
    const closing = random.chance(0.5) ? sentenceNotes('Ordföranden tackar för i dag och avslutar mötet.') : null;
    agenda.push(withChildren(blankItem(random.pick(['Sammanfattning', 'Sammanfattning av ställningstaganden']), { standing: true, notes: closing })));
  }

  const members = persons.filter((p) => p.kind === 'member');
  const secretary = members.find((p) => p.role === 'sekreterare') as Person;
  const chair = members.find((p) => p.role === 'ordforande') as Person;
  const vice = members.find((p) => p.role === 'vice_ordforande' || p.role === 'forste_vice_ordforande');
  const withRoles = layout.signature === 'nextLine';
  const reviewers = [{ name: chair.name, role: withRoles ? `${body.shortName} ordförande` : '' }];
  if (vice && random.chance(0.5)) reviewers.push({ name: vice.name, role: withRoles ? `${body.shortName} vice ordförande` : '' });
  const venue = random.pick(VENUES);
  const title = random.pick([`Mötesanteckning ${body.shortName}`, 'Minnesanteckningar', `Mötesanteckningar ${body.shortName}`]);

  const truth: MeetingFile = {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    exportedAt: '',
    body: {
      ...NEW_BODY_SETTINGS,
      name: body.name,
      shortName: body.shortName,
      formalName: body.formal,
      documentTitle: title,
      dateStyle: layout.dateForm === 'long' ? 'long' : 'iso',
      standpointPlacement: layout.standpoint,
      summaryOfStandpoints: layout.summary,
      attendanceStyle: layout.attendance,
      numberedItems: layout.numbered,
      plannedDates: [],
      sides: [],
    },
    meeting: {
      title,
      subtitle: body.name,
      date,
      startTime,
      endTime,
      meetingForm: layout.attendance === 'blocks' ? '' : venue.form,
      place: layout.attendance === 'blocks' || random.chance(0.3) ? venue.place : '',
      calledText: layout.attendance === 'blocks' ? '' : 'Se lista.',
      diaryNumber: '',
      secretaryName: secretary.name,
      meetingLink: '',
      status: 'approved',
      reviewers,
      approvedOn: withRoles ? addDays(date, random.int(5, 12)) : null,
      openedAt: null,
      closedAt: null,
      calledPersons: persons,
      agenda,
      tasks: [],
    },
  };
  return { seed, name: `${body.shortName} ${date} (seed ${seed})`, truth, layout, body, print: { kindWords } };
}
