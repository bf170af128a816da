import type { z } from 'zod';

/**
 * Swedish sentences for what the schemas refuse. A schema's own message ("Datumet
 * finns inte i kalendern.") always wins; everything zod would otherwise word
 * itself (types, lengths, choices, unknown keys) gets a sentence from here, with
 * the field's Swedish name where the secretary can know it ("Titeln får ha högst
 * 500 tecken."). Never an internal field name, a path or zod's defaults: the
 * path stays in the error's `field`, which only places the message.
 *
 * Passed to every parse as its error map (`safeParseSwedish`), so it ranks
 * below the schemas' own messages and above zod's locales.
 */

/** Swedish names of the fields a secretary fills in, by key or by "parent.key". */
const FIELD_LABELS: Record<string, string> = {
  name: 'Namnet',
  'categories.name': 'Kategorins namn',
  'reviewers.name': 'Justerarens namn',
  'presenters.name': 'Föredragandens namn',
  'presenters.organisation': 'Föredragandens organisation',
  'reviewers.role': 'Justerarens roll',
  party: 'Partiet',
  organisation: 'Organisationen',
  title: 'Titeln',
  'patch.title': 'Rubriken',
  'agenda.title': 'Rubriken',
  'children.title': 'Rubriken',
  'links.title': 'Länktexten',
  subtitle: 'Underrubriken',
  role: 'Rollen',
  note: 'Anteckningen',
  date: 'Datumet',
  confirmDate: 'Datumet',
  shortName: 'Kortnamnet',
  formalName: 'Det formella namnet',
  documentTitle: 'Dokumentets titel',
  minutesPageUrl: 'Webbadressen till alla mötesanteckningar',
  minutesFilePattern: 'Mönstret för en mötesanteckning',
  defaultPlace: 'Platsen',
  place: 'Platsen',
  defaultMeetingForm: 'Mötesformen',
  meetingForm: 'Mötesformen',
  defaultStartTime: 'Starttiden',
  startTime: 'Starttiden',
  defaultEndTime: 'Sluttiden',
  endTime: 'Sluttiden',
  arrivedAt: 'Tiden då personen kom',
  leftAt: 'Tiden då personen gick',
  substituteName: 'Ersättarens namn',
  openedAt: 'Tiden då mötet öppnades',
  url: 'Länken',
  topics: 'Underrubriken',
  minutes: 'Antalet minuter',
  standpoint: 'Ställningstagandet',
  what: 'Uppdraget',
  owner: 'Ansvarig',
  deadline: 'Uppdragets slutdatum',
  calledText: 'Kallade',
  diaryNumber: 'Diarienumret',
  secretaryName: 'Namnet vid anteckningarna',
  approvedOn: 'Datumet för justering',
  'template.label': 'Mallens namn',
  'template.text': 'Mallens text',
  who: 'Namnet på den som låser upp',
  reason: 'Skälet till upplåsningen',
  fileName: 'Filnamnet',
  contentBase64: 'Filen',
};

const numberFormat = new Intl.NumberFormat('sv-SE');
function n(value: number | bigint): string {
  return numberFormat.format(value);
}

/** The Swedish name of the field at `path`, or null for what the secretary never sees (ids, flags, lists). */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string | null {
  const names = (path ?? []).filter((key): key is string => typeof key === 'string');
  const key = names.at(-1);
  if (key === undefined) return null;
  const parent = names.at(-2);
  return (parent !== undefined ? FIELD_LABELS[`${parent}.${key}`] : undefined) ?? FIELD_LABELS[key] ?? null;
}

type Issue = z.core.$ZodRawIssue;

function labelled(label: string, issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${label} saknas.` : `${label} har fel form.`;
    case 'invalid_value':
      return `${label} har ett värde som inte finns bland valen.`;
    case 'too_big':
      if (issue.origin === 'string') return `${label} får ha högst ${n(issue.maximum)} tecken.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label} får ha högst ${n(issue.maximum)} rader.`;
      return issue.inclusive === false ? `${label} måste vara mindre än ${n(issue.maximum)}.` : `${label} får vara högst ${n(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${label} måste fyllas i.` : `${label} måste ha minst ${n(issue.minimum)} tecken.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label} behöver minst ${n(issue.minimum)} rader.`;
      return issue.inclusive === false ? `${label} måste vara större än ${n(issue.minimum)}.` : `${label} måste vara minst ${n(issue.minimum)}.`;
    default:
      return `${label} har fel form.`;
  }
}

function unlabelled(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Ogiltiga uppgifter: en uppgift saknas.' : 'Ogiltiga uppgifter: en uppgift har fel form.';
    case 'invalid_value':
      return 'Ogiltiga uppgifter: ett värde finns inte bland valen.';
    case 'too_big':
      if (issue.origin === 'string') return `Texten är för lång (högst ${n(issue.maximum)} tecken).`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Listan är för lång (högst ${n(issue.maximum)} rader).`;
      return 'Ogiltiga uppgifter: ett tal är för stort.';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Fältet får inte vara tomt.' : `Texten är för kort (minst ${n(issue.minimum)} tecken).`;
      if (issue.origin === 'array' || issue.origin === 'set') return 'Ogiltiga uppgifter: en lista är för kort.';
      return 'Ogiltiga uppgifter: ett tal är för litet.';
    case 'unrecognized_keys':
      return 'Ogiltiga uppgifter: begäran innehåller uppgifter som inte hör dit.';
    case 'invalid_format':
      return 'Värdet har fel form.';
    case 'custom':
      return 'Värdet är inte giltigt.';
    default:
      return 'Ogiltiga uppgifter: värdet kunde inte tolkas.';
  }
}

/** The error map: a Swedish sentence for every issue a schema has no message of its own for. */
export const swedishErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_union') {
    // "13.00 or empty": the branch that says what a right value looks like.
    for (const branch of issue.errors) {
      const telling = branch.find((inner) => inner.code === 'invalid_format' || inner.code === 'custom');
      if (telling) return telling.message;
    }
  }
  const label = fieldLabel(issue.path);
  return label === null ? unlabelled(issue) : labelled(label, issue);
};

/** `schema.safeParse` with Swedish messages throughout. */
export function safeParseSwedish<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(value, { error: swedishErrorMap });
}

/** The first issue as the boundary reports it: a Swedish sentence, and the path that places it. */
export function firstIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Ogiltiga uppgifter.' };
  const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
  return field === undefined ? { message: issue.message } : { message: issue.message, field };
}
