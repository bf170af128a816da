import type { Attendance } from '../../shared/model/called-person';
import type { NewCalledPerson } from '../../shared/model/new-meeting';
import type { Role } from '../../shared/model/kinds';
import { FIRST_NAMES, GUEST_TITLES, OFFICIAL_TITLES, ORGANISATIONS, PARTIES, POLITICIAN_TITLES, SURNAMES, type BodyName } from './data';
import type { Layout } from './layout';
import type { Random } from './random';

/** The called persons of a fictional meeting: the roster by side and category, with each person's attendance. */

export type Person = NewCalledPerson;

/** Unique fictional names for one document. */
export class NameSource {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): string {
    for (;;) {
      const name = `${this.random.pick(FIRST_NAMES)} ${this.random.pick(SURNAMES)}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

const attendance = (status: Attendance['status'], extra: Partial<Attendance> = {}): Attendance => ({
  status,
  note: '',
  arrivedAt: null,
  leftAt: null,
  substituteName: '',
  substituteRemote: false,
  reportedOn: null,
  ...extra,
});

/** "13.45" a number of minutes after "13.00", on a five-minute mark. */
export function clockAfter(start: string, minutes: number): string {
  const [h, m] = start.split('.').map(Number) as [number, number];
  const total = h * 60 + m + Math.round(minutes / 5) * 5;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}.${String(total % 60).padStart(2, '0')}`;
}

/** Whether a person was there as the roster's layout can print it. */
function drawAttendance(random: Random, names: NameSource, start: string): Attendance {
  const roll = random.next();
  if (roll < 0.58) return attendance('present');
  if (roll < 0.7) return attendance('remote');
  if (roll < 0.8) return attendance('excused');
  if (roll < 0.85) return attendance('excused', { substituteName: names.next() });
  if (roll < 0.89) return attendance('absent', random.chance(0.6) ? { note: 'hade ej fått kallelsen' } : {});
  if (roll < 0.93) return attendance('present', { arrivedAt: clockAfter(start, random.int(20, 70)) });
  if (roll < 0.97) return attendance('present', { leftAt: clockAfter(start, random.int(80, 140)) });
  return attendance('present', { arrivedAt: clockAfter(start, random.int(30, 60)), substituteName: names.next() });
}

interface SidePlan {
  name: string;
  categories: { name: string; politicians: boolean; count: number }[];
}

function sidePlans(random: Random, body: BodyName): SidePlan[] {
  const short = random.chance(0.5);
  const region = short ? 'Region' : 'För Region Västerhav (RV)';
  const kommun = short ? 'Kommun' : 'För kommunerna i Västerhav (KV)';
  if (body.political) {
    return [
      { name: kommun, categories: [{ name: 'Kommunpolitiker', politicians: true, count: random.int(3, 7) }, { name: 'Tjänstepersoner', politicians: false, count: random.int(2, 5) }] },
      {
        name: region,
        categories: [
          { name: 'Regionpolitiker', politicians: true, count: random.int(3, 5) },
          { name: 'Tjänstepersoner', politicians: false, count: random.int(1, 3) },
        ],
      },
    ];
  }
  return [
    { name: kommun, categories: [{ name: 'Ledamöter', politicians: false, count: random.int(4, 8) }] },
    { name: region, categories: [{ name: 'Ledamöter', politicians: false, count: random.int(4, 7) }] },
  ];
}

/**
 * The members (with the presiding roles, the secretary, an adjunct and
 * sometimes a vacant seat) and the invitees. A layout that prints no sides
 * and categories (blocks) leaves them empty in the truth: nothing in the
 * document says them.
 */
export function drawPeople(random: Random, body: BodyName, layout: Layout, names: NameSource, start: string): Person[] {
  const grouped = layout.attendance !== 'blocks';
  const persons: Person[] = [];
  const plans = sidePlans(random, body);
  for (const side of plans) {
    for (const category of side.categories) {
      for (let i = 0; i < category.count; i++) {
        const organisation = random.pick(ORGANISATIONS);
        persons.push({
          kind: 'member',
          sideName: grouped ? side.name : '',
          // Blocks print no categories; a body's category must have a name, and the app's own is "Ledamöter".
          categoryName: grouped ? category.name : 'Ledamöter',
          name: names.next(),
          party: category.politicians ? random.pick(PARTIES) : '',
          organisation,
          title: category.politicians ? (random.chance(0.4) ? random.pick(POLITICIAN_TITLES) : '') : random.pick(OFFICIAL_TITLES),
          role: 'ledamot',
          vacant: false,
          email: '',
          attendance: drawAttendance(random, names, start),
        });
      }
    }
  }
  const presiding = persons.filter((p) => body.political ? p.party !== '' : true);
  const roles: Role[] = random.chance(0.5) ? ['ordforande', 'vice_ordforande'] : ['ordforande', 'forste_vice_ordforande', 'andre_vice_ordforande'];
  const holders = random.sample(presiding, roles.length);
  holders.forEach((p, i) => (p.role = roles[i] ?? 'ledamot'));
  const adjunct = persons.find((p) => p.role === 'ledamot' && p.party === '');
  if (adjunct && random.chance(0.4)) adjunct.role = 'adjungerad';

  const lastSide = plans.at(-1)?.name ?? '';
  const secretary: Person = {
    kind: 'member',
    sideName: grouped ? lastSide : '',
    categoryName: grouped ? 'Administration' : 'Ledamöter',
    name: names.next(),
    party: '',
    organisation: random.pick(ORGANISATIONS),
    title: 'processledare',
    role: 'sekreterare',
    vacant: false,
    email: '',
    attendance: attendance('present'),
  };
  persons.push(secretary);
  if (grouped && random.chance(0.5)) {
    persons.push({
      kind: 'member',
      sideName: lastSide,
      categoryName: 'Kommunikation',
      name: '',
      party: '',
      organisation: '',
      title: '',
      role: 'ledamot',
      vacant: true,
      email: '',
      attendance: attendance('unmarked'),
    });
  }
  const invitees = random.int(0, 3);
  for (let i = 0; i < invitees; i++) {
    persons.push({
      kind: 'invitee',
      sideName: '',
      categoryName: '',
      name: names.next(),
      party: '',
      organisation: random.pick(ORGANISATIONS),
      title: random.pick(OFFICIAL_TITLES),
      role: 'ledamot',
      vacant: false,
      email: '',
      attendance: attendance(random.chance(0.8) ? 'present' : 'remote'),
    });
  }
  return persons;
}

/** Guests for one item ("Gäster: …"). */
export function drawGuests(random: Random, names: NameSource): Person[] {
  return Array.from({ length: random.int(1, 2) }, () => ({
    kind: 'guest' as const,
    sideName: '',
    categoryName: '',
    name: names.next(),
    party: '',
    organisation: random.pick(ORGANISATIONS),
    title: random.pick(GUEST_TITLES),
    role: 'ledamot' as const,
    vacant: false,
    email: '',
    attendance: attendance('present'),
  }));
}
