import type { MeetingFile } from '../../shared/meetingfile/schema';

/**
 * The fictional large meeting the benchmarks run on: 30 agenda items, 60
 * called people and notes that total about 100,000 characters of headings,
 * bullet and numbered lists, tables and running text. Deterministic (a fixed
 * seed), so every run and every machine measures the same document.
 */

export const BIG_MEETING_TITLE = 'Prestandamöte med stora anteckningar';
export const BIG_ITEM_COUNT = 30;
export const BIG_PERSON_COUNT = 60;
/** Characters of notes per item; 30 × 3,350 ≈ 100,000 in all. */
const CHARS_PER_ITEM = 3_350;

const FIRST = ['Anna', 'Bo', 'Cecilia', 'David', 'Eva', 'Fredrik', 'Greta', 'Hassan', 'Ingrid', 'Johan', 'Karin', 'Lars'];
const LAST = ['Ek', 'Lind', 'Berg', 'Holm', 'Sjöberg', 'Åkesson', 'Nyström', 'Falk', 'Strand', 'Öhman'];
const ORGS = ['Kommun A', 'Kommun B', 'Regionen', 'Kommun C', 'Kommun D'];
const WORDS = (
  'samverkan vårdplanering hemsjukvård uppföljning överenskommelse psykiatri socialtjänst ' +
  'primärvård handlingsplan målgrupp rutin avvikelse statistik kompetens utbildning brukare ' +
  'patient anhöriga beslut remiss budget nätverk arbetsgrupp ledningsgrupp indikator tidplan ' +
  'förslag återrapport genomförande resurser ansvar delegering kvalitet journal insats'
).split(' ');

/** A small linear congruential generator: reproducible without a dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'samverkan');
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One item's notes as Markdown, about `CHARS_PER_ITEM` characters of text. */
export function itemMarkdown(index: number): string {
  const next = random(1000 + index);
  const blocks: string[] = [];
  let chars = 0;
  let block = 0;
  while (chars < CHARS_PER_ITEM) {
    let text: string;
    switch (block % 5) {
      case 0:
        text = `### Avsnitt ${block / 5 + 1} om ${WORDS[(index + block) % WORDS.length]}`;
        break;
      case 1:
      case 3: {
        const lines = [sentence(next, 14), sentence(next, 12), sentence(next, 10)];
        text = lines.join(' ');
        break;
      }
      case 2: {
        const ordered = block % 2 === 0;
        const items = [0, 1, 2, 3].map((i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(next, 6)}`);
        text = items.join('\n');
        break;
      }
      default: {
        const rows = [0, 1, 2].map(
          (r) => `| ${ORGS[r % ORGS.length]} | ${Math.floor(next() * 90) + 10} | ${sentence(next, 3)} |`,
        );
        text = ['| Part | Antal | Kommentar |', '| --- | --- | --- |', ...rows].join('\n');
      }
    }
    blocks.push(text);
    chars += text.replace(/[#|\-\n]/g, '').length;
    block += 1;
  }
  return blocks.join('\n\n');
}

/**
 * The large meeting as a meeting file, built on a demo meeting's file (its
 * body and the shape of its people and items) so it stays valid as the
 * schema grows.
 */
export function bigMeetingFile(template: MeetingFile): MeetingFile {
  const person = template.meeting.calledPersons[0];
  const item = template.meeting.agenda.find((i) => !i.standing) ?? template.meeting.agenda[0];
  if (!person || !item) throw new Error('Demomötet saknar kallade eller punkter att bygga prestandamötet på.');
  const calledPersons = Array.from({ length: BIG_PERSON_COUNT }, (_, i) => ({
    ...person,
    kind: 'member' as const,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
    organisation: ORGS[i % ORGS.length] ?? '',
    title: 'Ledamot',
    role: i === 0 ? ('ordforande' as const) : ('ledamot' as const),
    vacant: false,
    attendance: { ...person.attendance, status: i % 7 === 0 ? ('absent' as const) : ('present' as const) },
  }));
  const agenda = Array.from({ length: BIG_ITEM_COUNT }, (_, i) => ({
    ...item,
    title: `Punkt om ${WORDS[i % WORDS.length]} ${i + 1}`,
    standing: false,
    notes: null,
    notesMarkdown: itemMarkdown(i),
    guests: [],
    tasks: [],
    children: [],
  }));
  return {
    ...template,
    meeting: {
      ...template.meeting,
      title: BIG_MEETING_TITLE,
      date: '2026-12-17',
      status: 'draft',
      reviewers: [],
      approvedOn: null,
      calledPersons,
      agenda,
      tasks: [],
    },
  };
}
