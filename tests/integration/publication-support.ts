import type { FindingKind } from '../../shared/publication/findings';
import { bold, notes, paragraph, table, text } from '../../shared/notes/build';
import { bodyWithRoster, type TestApp } from './app-support';

/**
 * Fictional minutes seeded with each kind of personal data the publication
 * check finds, and with what only looks like it (a wrong check digit, dates,
 * diarienummer, an amount, times, known people, health words with nobody
 * near). For the check's tests and the public version's.
 * All people, numbers and addresses are invented; the personnummer are
 * Skatteverket's published examples and the addresses end in .example.
 */

/** Item titles of the seeded meeting. */
export const SEEDED_ITEMS = {
  case: 'Samordnad individuell plan',
  contact: 'Kontaktvägar',
  development: 'Regional utveckling',
} as const;
export type SeededItem = keyof typeof SEEDED_ITEMS;

/** What the check must find, and nothing else. */
export const SEEDED_FINDINGS: readonly { kind: FindingKind; text: string; item: SeededItem }[] = [
  { kind: 'personal-identity-number', text: '811218-9876', item: 'case' },
  { kind: 'coordination-number', text: '701063-2391', item: 'case' },
  { kind: 'phone', text: '070-123 45 67', item: 'contact' },
  { kind: 'phone', text: '031-12 34 56', item: 'contact' },
  { kind: 'email', text: 'kansli.strandby@strandby.example', item: 'contact' },
  { kind: 'address', text: 'Västra Hamngatan 12, 411 17 Göteborg', item: 'contact' },
  { kind: 'name', text: 'Lisa Holmgren', item: 'development' },
  { kind: 'health', text: 'Eva Berg är sjukskriven', item: 'development' },
];

/** Text in the seeded minutes that must never be found (and stays in the public version). */
export const NOT_PERSONAL_DATA: readonly string[] = [
  '811218-9875',
  '2026-12-03',
  '20270115',
  'Dnr RS 2024-01234',
  'VGR 2023-00456',
  '2025/123',
  '1 200 000 kr',
  '13.00–15.00',
  'Nora Lind',
  'Missbruksvården i regionen',
  'demensvård',
  'Karl Öst',
];

export interface SeededMeeting {
  bodyId: number;
  meetingId: number;
  /** The id of each seeded item. */
  items: Record<SeededItem, number>;
}

/**
 * A body with the roster of app-support (Tilda Ås, Karl Öst, Ove Ek, Eva
 * Berg), a meeting on 3 December 2026 with a guest (Nora Lind) and three
 * items whose notes hold the seeded data, one number split across a bold
 * and a plain run.
 */
export async function seedPersonalData(app: TestApp): Promise<SeededMeeting> {
  const bodyId = await bodyWithRoster(app);
  const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
  const meeting = await app.ok('meetings:get', { id: meetingId });
  let after = meeting.agenda.filter((i) => i.parentId === null).at(-2)?.id ?? null;
  const items = {} as Record<SeededItem, number>;
  for (const key of Object.keys(SEEDED_ITEMS) as SeededItem[]) {
    const item = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: after, title: SEEDED_ITEMS[key] });
    items[key] = item.id;
    after = item.id;
  }
  await app.ok('called:add', {
    meetingId,
    kind: 'guest',
    itemId: items.development,
    name: 'Nora Lind',
    title: 'utvecklingsledare',
    organisation: 'Strandby kommun',
    email: '',
  });

  await app.ok('notes:save', {
    meetingId,
    itemId: items.case,
    notes: notes(
      paragraph('Ärendet gäller personen med personnummer ', bold('811218'), '-9876 enligt anmälan.'),
      paragraph('En anhörig har samordningsnummer 701063-2391.'),
      paragraph('Ett felskrivet nummer, 811218-9875, räknas inte.'),
    ),
  });
  await app.ok('notes:save', {
    meetingId,
    itemId: items.contact,
    notes: notes(
      paragraph('Frågor till kansliet på 070-123 45 67 eller växeln 031-12 34 56, e-post kansli.strandby@strandby.example.'),
      paragraph('Mottagningen ligger på Västra Hamngatan 12, 411 17 Göteborg.'),
    ),
  });
  await app.ok('notes:save', {
    meetingId,
    itemId: items.development,
    notes: notes(
      paragraph(
        'Beslut 2026-12-03 enligt Dnr RS 2024-01234 och VGR 2023-00456, diarienummer 2025/123. Budgeten är 1 200 000 kr, nästa träff 20270115 klockan 13.00–15.00.',
      ),
      paragraph(text('Nora Lind'), text(' presenterade läget. Synpunkter kom från Lisa Holmgren på mottagningen.')),
      paragraph('Eva Berg är sjukskriven till och med januari.'),
      paragraph('Missbruksvården i regionen och demensvård följs upp.'),
      table([
        ['Ansvarig', 'Uppgift'],
        ['Karl Öst', 'Uppföljning av demensvård'],
      ]),
    ),
  });
  return { bodyId, meetingId, items };
}
