import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import type { NewAgendaItem, NewBody, NewCalledPerson, NewMeeting } from '../../shared/model/new-meeting';
import { NEW_BODY_SETTINGS } from '../../shared/model/body';
import { heading, list, notes, paragraph } from '../../shared/notes/build';

/**
 * A fictional archive for the search and archive benchmarks: 20 bodies over
 * 25 years, 5,000 meetings of about 20,000 characters each (10 items of
 * notes, standpoints, topics, presenters, tasks, 24 called people). The
 * first body has 500 meetings (the archive view's figure). Words follow a
 * Zipf-like spread over a Swedish vocabulary with compounds, as minutes do:
 * a few words everywhere, most words rare. Fixed seed: every run the same.
 */

export const ARCHIVE_BODIES = 20;
export const ARCHIVE_MEETINGS = 5_000;
export const BIG_BODY_MEETINGS = 500;
export const ARCHIVE_FIRST_YEAR = 2002;
export const ARCHIVE_YEARS = 25;
const ITEMS = 10;
const CHARS_PER_ITEM = 1_900;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SMALL = (
  'och i att det som en på är av för med till den har de inte om ett men kan vi så från ska vid också mot efter under ' +
  'när där här alla man sig nu hur vad finns blir görs behöver gäller enligt samt även mellan inom utifrån kring'
).split(' ');
/** Words of every meeting, whatever the subject. */
const GENERIC = (
  'information dialog beslut förslag uppföljning rapport arbete arbetet fråga frågan frågor möte mötet nästa ' +
  'diskuterade informerade föreslår konstaterar lyfter betonar ser behov behovet viktigt gemensam gemensamt ' +
  'region regionen kommun kommunerna verksamhet verksamheterna ansvar ledning gruppen under året tidigare ' +
  'fortsatt fortsätter planering plan mål resultat läget nuläge underlag presentation presenterade'
).split(' ');
/** What items are about: each item takes one subject, and its words gather there (as in real minutes). */
const SUBJECTS = [
  'hjälpmedel förskrivning rullstol hörapparat', 'avtal sjukvårdsavtalet samverkansavtal överenskommelse',
  'tandvård munhälsa tandhygienist', 'läkemedel läkemedelsgenomgång apotek förskrivare', 'psykiatri psykisk ohälsa suicidprevention',
  'elevhälsa skola barn unga', 'välfärdsteknik digitalisering trygghetslarm e-tjänst', 'hemgång utskrivning slutenvård samordnad',
  'rehabilitering arbetsterapeut fysioterapeut', 'missbruk beroende behandling sprutbyte', 'budget finansiering kostnader ekonomi',
  'väntetid tillgänglighet kötid', 'äldreomsorg hemtjänst särskilt boende', 'demens minnesmottagning anhörigstöd',
  'habilitering funktionsnedsättning LSS', 'primärvård vårdcentral husläkare', 'hemsjukvård sjuksköterska delegering',
  'kompetensförsörjning rekrytering utbildning', 'nära vård omställning färdplan', 'våld i nära relationer kvinnofrid',
  'krisberedskap pandemi smittskydd', 'ungdomsmottagning sexuell hälsa', 'palliativ vård livets slut', 'nutrition undernäring kost',
  'fallprevention fallolyckor', 'statistik indikator uppföljningsmodell', 'patientsäkerhet avvikelse vårdskada',
  'informationsöverföring journal SAMSA', 'integration nyanlända tolk', 'folkhälsa levnadsvanor fysisk aktivitet',
].map((s) => s.split(' '));
const SYLLABLES = ['an', 'be', 'da', 'ek', 'fo', 'gra', 'hal', 'is', 'ju', 'kar', 'lo', 'må', 'ne', 'or', 'pä', 'ri', 'sö', 'ta', 'un', 'vi', 'år', 'öst'];
/** The long tail: rare words (place names, technical terms) most questions never meet. */
const RARE = Array.from({ length: 6_000 }, (_, i) => {
  let word = '';
  for (let n = i + 7, k = 0; k < 3 + (i % 3); k++, n = Math.floor(n / SYLLABLES.length) + k * 7) word += SYLLABLES[n % SYLLABLES.length]!;
  return word;
});
const FIRST = ['Anna', 'Bo', 'Cecilia', 'David', 'Eva', 'Fredrik', 'Greta', 'Hassan', 'Ingrid', 'Johan', 'Karin', 'Lars', 'Helén', 'Åsa', 'Örjan', 'Mira', 'Nils', 'Olof', 'Petra', 'René', 'Sara', 'Tobias', 'Ulla', 'Viktor', 'Ylva', 'Zahra', 'Amir', 'Birgitta', 'Conny', 'Dalia'];
const LAST = ['Ek', 'Lind', 'Berg', 'Holm', 'Sjöberg', 'Åkesson', 'Nyström', 'Falk', 'Strand', 'Öhman', 'Lindqvist', 'Sandberg', 'Wikström', 'Dahl', 'Norén', 'Ahl', 'Björk', 'Carlén', 'Dufva', 'Ekholm', 'Frid', 'Gran', 'Hedin', 'Idén', 'Jarl', 'Kvist', 'Lönn', 'Moberg', 'Nord', 'Orre'];
const PLACES = ['Norrvik', 'Strandby', 'Västeräng', 'Sjöhult', 'Ekeby', 'Lönnås', 'Björkvik', 'Granö', 'Hallby', 'Tallmo'];

/** Rank by a Zipf-like law: rank r with weight about 1/(r+1). */
function zipf(next: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(next() * Math.log(size + 1)) - 1));
}

/** A word of an item about `subject`: function words, the meeting's words, the subject's, now and then a rare one. */
function word(next: () => number, subject: readonly string[]): string {
  const roll = next();
  if (roll < 0.45) return SMALL[zipf(next, SMALL.length)]!;
  if (roll < 0.8) return GENERIC[zipf(next, GENERIC.length)]!;
  if (roll < 0.93) return subject[Math.floor(next() * subject.length)]!;
  return RARE[zipf(next, RARE.length)]!;
}

function sentence(next: () => number, words: number, subject: readonly string[]): string {
  const parts = Array.from({ length: words }, () => word(next, subject));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function personName(next: () => number): string {
  return `${FIRST[Math.floor(next() * FIRST.length)]!} ${LAST[Math.floor(next() * LAST.length)]!}`;
}

function item(next: () => number, index: number): NewAgendaItem {
  const subject = SUBJECTS[zipf(next, SUBJECTS.length)]!;
  const say = (words: number) => sentence(next, words, subject);
  const blocks = [];
  let chars = 0;
  while (chars < CHARS_PER_ITEM) {
    const text = say(8 + Math.floor(next() * 14));
    chars += text.length;
    const kind = blocks.length % 7;
    if (kind === 0) blocks.push(heading(3, say(3).slice(0, -1)));
    else if (kind === 3) blocks.push(list('bullet', [say(6), say(7), say(5)]));
    else blocks.push(paragraph(text));
  }
  const title = `${subject[0]!.charAt(0).toUpperCase()}${subject[0]!.slice(1)} – ${say(3).slice(0, -1).toLowerCase()}`;
  return {
    title: `${title} ${index + 1}`,
    topics: [say(3).slice(0, -1), say(4).slice(0, -1)],
    kind: (['information', 'dialog', 'information_dialog', 'standpoint', 'decision', 'other'] as const)[index % 6]!,
    minutes: 20 + (index % 4) * 10,
    attachment: index % 3 === 0,
    links: [],
    presenters: [{ name: personName(next), organisation: `${PLACES[Math.floor(next() * PLACES.length)]!} kommun` }],
    standpoint: index % 2 === 0 ? say(16) : '',
    notes: notes(...blocks),
    tasks: index % 4 === 0 ? [{ what: say(6), owner: personName(next), deadline: null, done: next() < 0.6 }] : [],
  };
}

/** The body's roster: the same 24 people at each of its meetings. */
function called(bodyIndex: number, next: () => number): NewCalledPerson[] {
  const roster = random(7_919 * (bodyIndex + 1));
  return Array.from({ length: 24 }, (_, i) => ({
    kind: 'member' as const,
    sideName: i < 12 ? 'Region' : 'Kommun',
    categoryName: i < 12 ? 'Regionpolitiker' : 'Tjänstepersoner',
    name: personName(roster),
    party: i < 12 ? '(S)' : '',
    organisation: i < 12 ? '' : `${PLACES[i % PLACES.length]!} kommun`,
    title: i % 5 === 0 ? 'ordförande' : '',
    role: 'ledamot' as const,
    vacant: false,
    email: '',
    attendance: { ...UNMARKED_ATTENDANCE, status: next() < 0.8 ? ('present' as const) : ('excused' as const) },
  }));
}

export function archiveBody(index: number): NewBody {
  const shortName = `SO${String(index + 1).padStart(2, '0')}`;
  return {
    ...NEW_BODY_SETTINGS,
    name: `Samverkansorgan ${PLACES[index % PLACES.length]!} ${index + 1}`,
    shortName,
    plannedDates: [],
    sides: [],
  };
}

/** How many meetings body `index` holds: the first 500, the others share the rest. */
export function meetingsOfBody(index: number): number {
  const rest = ARCHIVE_MEETINGS - BIG_BODY_MEETINGS;
  const others = ARCHIVE_BODIES - 1;
  return index === 0 ? BIG_BODY_MEETINGS : Math.floor(rest / others) + (index - 1 < rest % others ? 1 : 0);
}

/** Meeting `n` of `count` of a body: spread over the 25 years, a weekday-ish date. */
export function archiveMeeting(bodyIndex: number, n: number, count: number): NewMeeting {
  const next = random(bodyIndex * 100_003 + n);
  const dayOffset = Math.floor(((n + 0.5) / count) * ARCHIVE_YEARS * 365);
  const date = new Date(Date.UTC(ARCHIVE_FIRST_YEAR, 0, 10) + dayOffset * 86_400_000).toISOString().slice(0, 10);
  return {
    title: `Mötesanteckning ${archiveBody(bodyIndex).shortName}`,
    subtitle: '',
    date,
    startTime: '13.00',
    endTime: '16.00',
    meetingForm: next() < 0.5 ? 'Hybrid' : 'Teams',
    place: `${PLACES[Math.floor(next() * PLACES.length)]!} rådhus`,
    calledText: '',
    diaryNumber: '',
    secretaryName: personName(next),
    status: 'approved',
    calledPersons: called(bodyIndex, next),
    agenda: Array.from({ length: ITEMS }, (_, i) => item(next, i)),
    tasks: [],
  };
}
