/**
 * "Föregående mötesanteckning": links to the body's earlier minutes where it
 * publishes them (a web page with all of them, and a pattern for one
 * meeting's file), as the standing item of the reference minutes holds:
 *
 *   2023-05-03 Mötesanteckning Politiskt samrådsorgan SRO
 *   Alla mötesanteckningar - Politiskt samrådsorgan SRO (vardsamverkan.se)
 *
 * Pure: the body's settings and the earlier meetings in, links out.
 */

/** What a link of an agenda item holds (the same shape as `DocumentLink`). */
export interface MinutesLink {
  title: string;
  url: string;
}

/** The body's settings the links are made from. */
export interface MinutesPublisher {
  name: string;
  shortName: string;
  formalName: string;
  documentTitle: string;
  minutesPageUrl: string;
  minutesFilePattern: string;
}

/** An earlier meeting of the body, as the meeting list gives it. */
export interface EarlierMeeting {
  id: number;
  date: string;
  title: string;
}

/** The placeholders a file pattern may hold, and what each stands for (shown in the settings). */
export const MINUTES_PLACEHOLDERS = [
  { name: 'datum', means: 'mötets datum, ÅÅÅÅ-MM-DD' },
  { name: 'år', means: 'mötets år' },
  { name: 'organ', means: 'organets formella eller fullständiga namn' },
  { name: 'kortnamn', means: 'organets kortnamn' },
  { name: 'titel', means: 'anteckningens titel' },
] as const;
type Placeholder = (typeof MINUTES_PLACEHOLDERS)[number]['name'];

/** Titles of the standing item the links belong under (compared without case). */
const PREVIOUS_MINUTES_TITLES = ['föregående mötesanteckning', 'föregående mötesanteckningar', 'föregående minnesanteckning', 'föregående minnesanteckningar'];

const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** Why the address of the minutes page cannot be used, in Swedish; null when it can (or is empty). */
export function minutesPageProblem(url: string): string | null {
  const u = url.trim();
  if (u === '') return null;
  if (!/^https?:\/\//i.test(u)) return 'Webbadressen måste börja med http:// eller https://. Kopiera den från webbläsarens adressfält.';
  if (!WEB_ADDRESS.test(u)) return 'Webbadressen får inte innehålla mellanslag. Kopiera den från webbläsarens adressfält.';
  return null;
}

/** Why the file pattern cannot be used, in Swedish; null when it can (or is empty). */
export function minutesPatternProblem(pattern: string): string | null {
  const p = pattern.trim();
  if (p === '') return null;
  if (!/^https?:\/\/[^\s/?#{}]+/i.test(p)) {
    return 'Mönstret måste vara en webbadress som börjar med http:// eller https://, med {datum} där mötets datum står.';
  }
  const known = new Set<string>(MINUTES_PLACEHOLDERS.map((x) => x.name));
  for (const [, name] of p.matchAll(/\{([^{}]*)\}/g)) {
    if (!known.has(name ?? '')) return `{${name ?? ''}} känns inte igen. Använd {datum}, {år}, {organ}, {kortnamn} eller {titel}.`;
  }
  if (/[{}]/.test(p.replace(/\{[^{}]*\}/g, ''))) return 'En klammerparentes saknar sin motsvarighet. Skriv platshållarna som {datum}.';
  if (!p.includes('{datum}')) return 'Mönstret behöver {datum}, annars får alla möten samma länk.';
  return null;
}

/** The title the meeting's minutes are printed with (as the document model does). */
function printedTitle(body: MinutesPublisher, meeting: EarlierMeeting): string {
  return meeting.title.trim() || body.documentTitle.trim() || 'Mötesanteckning';
}

/** The body as its published minutes are named: the short name, else the full name. */
function publishedName(body: MinutesPublisher): string {
  return body.shortName.trim() || body.name.trim();
}

/** "2023-05-03 Mötesanteckning SRO": the date, the printed title, and the body when the title does not name it. */
export function minutesLinkTitle(body: MinutesPublisher, meeting: EarlierMeeting): string {
  const title = printedTitle(body, meeting);
  const names = [body.shortName, body.name, body.formalName].map((n) => n.trim().toLocaleLowerCase('sv')).filter(Boolean);
  const named = names.some((n) => title.toLocaleLowerCase('sv').includes(n));
  return `${meeting.date} ${title}${named ? '' : ` ${publishedName(body)}`}`;
}

/** Literal text of the pattern with what a URL may not hold encoded; `%41`-style escapes already there are kept. */
function encodeLiteral(text: string): string {
  return text
    .split(/(%[0-9A-Fa-f]{2})/)
    .map((part) => (/^%[0-9A-Fa-f]{2}$/.test(part) ? part : encodeURI(part)))
    .join('');
}

function placeholderValue(name: Placeholder, body: MinutesPublisher, meeting: EarlierMeeting): string {
  switch (name) {
    case 'datum':
      return meeting.date;
    case 'år':
      return meeting.date.slice(0, 4);
    case 'organ':
      return body.formalName.trim() || body.name.trim();
    case 'kortnamn':
      return body.shortName.trim();
    case 'titel':
      return printedTitle(body, meeting);
    default: {
      const never: never = name;
      return never;
    }
  }
}

/** The address of one meeting's minutes from the body's pattern; null without a usable pattern. */
export function minutesFileUrl(body: MinutesPublisher, meeting: EarlierMeeting): string | null {
  const pattern = body.minutesFilePattern.trim();
  if (pattern === '' || minutesPatternProblem(pattern) !== null) return null;
  return pattern
    .split(/(\{[^{}]*\})/)
    .map((part) => {
      const m = /^\{([^{}]*)\}$/.exec(part);
      // A value is one path segment: its own "/" or "?" must not open a new one.
      return m ? encodeURIComponent(placeholderValue(m[1] as Placeholder, body, meeting)) : encodeLiteral(part);
    })
    .join('');
}

/** The host name as people write it ("vardsamverkan.se" for https://www.vardsamverkan.se/…). */
function hostOf(url: string): string {
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1] ?? '';
  return host.toLowerCase().replace(/^www\./, '');
}

/** "mötesanteckningar" from a document title "Mötesanteckning SRO"; "minnesanteckningar" from "Minnesanteckningar". */
function pluralWord(body: MinutesPublisher): string {
  const first = body.documentTitle.trim().split(/\s+/)[0]?.toLocaleLowerCase('sv') ?? '';
  if (/anteckningar$/.test(first)) return first;
  if (/anteckning$/.test(first)) return `${first}ar`;
  return 'mötesanteckningar';
}

/** "Alla mötesanteckningar - SRO (vardsamverkan.se)" to the body's page; null without a usable page address. */
export function allMinutesLink(body: MinutesPublisher): MinutesLink | null {
  const url = body.minutesPageUrl.trim();
  if (url === '' || minutesPageProblem(url) !== null) return null;
  return { title: `Alla ${pluralWord(body)} - ${publishedName(body)} (${hostOf(url)})`, url: encodeLiteral(url) };
}

/** What the body's settings allow: links to single minutes (a pattern), to the page, both or neither. */
export function minutesPublishing(body: MinutesPublisher): { files: boolean; page: boolean } {
  return { files: minutesFileUrl(body, { id: 0, date: '2000-01-01', title: '' }) !== null, page: allMinutesLink(body) !== null };
}

/**
 * The links to insert: one per chosen meeting (newest first, when the body
 * has a file pattern), then the page with all minutes when asked for.
 */
export function previousMinutesLinks(
  body: MinutesPublisher,
  chosen: readonly EarlierMeeting[],
  withAllMinutesPage: boolean,
): MinutesLink[] {
  const links: MinutesLink[] = [];
  for (const meeting of [...chosen].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id))) {
    const url = minutesFileUrl(body, meeting);
    if (url) links.push({ title: minutesLinkTitle(body, meeting), url });
  }
  const page = withAllMinutesPage ? allMinutesLink(body) : null;
  if (page) links.push(page);
  return links;
}

/** The body's meetings before this one's date, newest first (the same day's other meetings do not count). */
export function earlierMeetings<M extends EarlierMeeting>(meetings: readonly M[], current: { id: number; date: string }): M[] {
  return meetings
    .filter((m) => m.id !== current.id && m.date < current.date)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
}

/** The item's links with the new ones after them; a link whose address is already there is not added again. */
export function withAddedLinks<L extends MinutesLink>(existing: readonly L[], added: readonly L[]): L[] {
  const seen = new Set(existing.map((l) => l.url));
  const out = [...existing];
  for (const link of added) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    out.push(link);
  }
  return out;
}

/** The standing item "Föregående mötesanteckning" (or "minnesanteckningar"), by its title. */
export function isPreviousMinutesItem(title: string): boolean {
  return PREVIOUS_MINUTES_TITLES.includes(title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv'));
}
