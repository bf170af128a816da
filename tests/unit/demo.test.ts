import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import { closeDatabase, openDatabase, type Db } from '../../electron/services/storage/database';
import { getBody, listBodies } from '../../electron/services/storage/bodies';
import { getMeeting, listMeetings } from '../../electron/services/storage/meetings';
import { demoData, seedDemo, type SeededDemo } from '../../electron/services/demo/demo-data';
import {
  ATTENDANCE_STATUSES,
  bodySchema,
  meetingSchema,
  type AttendanceStatus,
  type Body,
  type Meeting,
} from '../../shared/model/domain';
import { numberAgenda } from '../../shared/model/agenda';
import { notesDocumentSchema, TEXT_FORMAT, type NotesDocument } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';

let dir: string;
let db: Db;
let seeded: SeededDemo;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anteckna-demo-'));
  db = openDatabase(join(dir, 'anteckna.sqlite'));
  seeded = seedDemo(db, new Date());
});
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

function bodyByShortName(shortName: string): Body {
  const entry = seeded.bodies.find((b) => b.shortName === shortName);
  if (!entry) throw new Error(`no demo body ${shortName}`);
  return bodySchema.parse(getBody(db, entry.id));
}

function meetingsOf(shortName: string): Meeting[] {
  return seeded.meetings.filter((m) => m.bodyShortName === shortName).map((m) => meetingSchema.parse(getMeeting(db, m.id)));
}

function heldMeetings(): Meeting[] {
  return [...meetingsOf('PSN'), ...meetingsOf('LGS-N')].filter((m) => m.status !== 'draft');
}

interface NodeLike {
  type: string;
  format?: unknown;
  listType?: unknown;
  url?: unknown;
  children?: NodeLike[];
}
function nodesOf(doc: NotesDocument | null): NodeLike[] {
  const out: NodeLike[] = [];
  const walk = (node: NodeLike) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  if (doc) (doc.root.children as NodeLike[]).forEach(walk);
  return out;
}

describe('seedDemo', () => {
  it('creates the two fictional bodies and three meetings, newest first', () => {
    expect(seeded.bodies.map((b) => b.shortName)).toEqual(['PSN', 'LGS-N']);
    expect(seeded.meetings.map((m) => [m.bodyShortName, m.date, m.status])).toEqual([
      ['PSN', '2026-12-03', 'draft'],
      ['LGS-N', '2026-11-12', 'review'],
      ['PSN', '2026-10-15', 'approved'],
    ]);
    expect(listMeetings(db).map((m) => m.id)).toEqual(seeded.meetings.map((m) => m.id));
  });

  it('lists the bodies with their members, meetings and next planned meeting', () => {
    const listed = listBodies(db, '2026-11-22');
    expect(listed.map((b) => b.shortName)).toEqual(['LGS-N', 'PSN']);
    expect(listed.find((b) => b.shortName === 'PSN')).toMatchObject({ meetingCount: 2, nextPlannedDate: '2026-12-03' });
    expect(listed.find((b) => b.shortName === 'LGS-N')).toMatchObject({ meetingCount: 1, nextPlannedDate: '2027-01-28' });
    expect(listed.every((b) => b.memberCount >= 15)).toBe(true);
  });

  it('gives the political body sides, categories, parties, presiding roles, a vacant seat and dates for 2027', () => {
    const psn = bodyByShortName('PSN');
    expect(psn).toMatchObject({
      dateStyle: 'long',
      standpointPlacement: 'afterPresenters',
      summaryOfStandpoints: false,
      attendanceStyle: 'lines',
    });
    expect(psn.formalName).toBe('Det politiska samrådsorganet PSN');
    expect(psn.sides.map((s) => s.name)).toEqual(['För de fyra kommunalförbunden (KFN)', 'För Region Norrvik (RN)']);
    const categories = psn.sides.flatMap((s) => s.categories.map((c) => c.name));
    for (const name of ['Kommunpolitiker', 'Tjänstepersoner', 'Regionpolitiker', 'Administration', 'Kommunikation']) {
      expect(categories).toContain(name);
    }
    const members = psn.sides.flatMap((s) => s.categories.flatMap((c) => c.members));
    expect(new Set(members.map((m) => m.party).filter(Boolean))).toEqual(new Set(['(S)', '(M)', '(C)', '(V)', '(L)', '(KD)']));
    expect(members.map((m) => m.role)).toEqual(expect.arrayContaining(['ordforande', 'vice_ordforande', 'sekreterare']));
    expect(members.filter((m) => m.vacant)).toHaveLength(1);
    expect(psn.plannedDates.filter((d) => d.date.startsWith('2027-')).length).toBeGreaterThanOrEqual(4);
  });

  it('gives the management group long titles, an adjunct member, ISO dates, blocks and a standpoint summary', () => {
    const lgs = bodyByShortName('LGS-N');
    expect(lgs).toMatchObject({ dateStyle: 'iso', standpointPlacement: 'endOfItem', summaryOfStandpoints: true, attendanceStyle: 'blocks' });
    const members = lgs.sides.flatMap((s) => s.categories.flatMap((c) => c.members));
    expect(members.filter((m) => m.role === 'adjungerad')).toHaveLength(1);
    expect(members.some((m) => m.title.startsWith('Verksamhetschef, Akutmottagningen'))).toBe(true);
    expect(members.filter((m) => m.title.split(',').length >= 3).length).toBeGreaterThanOrEqual(10);
    expect(lgs.plannedDates.filter((d) => d.date.startsWith('2027-')).length).toBeGreaterThanOrEqual(4);
  });

  it('marks every attendance status in each held meeting, with a reason, a time and a substitute', () => {
    const marked = ATTENDANCE_STATUSES.filter((s): s is Exclude<AttendanceStatus, 'unmarked'> => s !== 'unmarked');
    for (const meeting of heldMeetings()) {
      const members = meeting.calledPersons;
      expect(new Set(members.map((p) => p.attendance.status)), meeting.title).toEqual(
        new Set([...marked, ...(members.some((p) => p.vacant) ? (['unmarked'] as const) : [])]),
      );
      expect(members.find((p) => p.attendance.status === 'absent')?.attendance.note).toBe('hade ej fått kallelsen');
      const partial = members.find((p) => p.attendance.arrivedAt !== null || p.attendance.leftAt !== null)?.attendance;
      expect(partial?.arrivedAt ?? partial?.leftAt).toMatch(/^\d\d\.\d\d$/);
      expect(members.find((p) => p.attendance.status === 'excused' && p.attendance.substituteName !== '')).toBeDefined();
    }
    const psnPast = meetingsOf('PSN').find((m) => m.status === 'approved');
    expect(psnPast?.calledPersons.some((p) => p.attendance.arrivedAt === '13.30')).toBe(true);
  });

  it('invites people for the whole meeting and a guest for a single item of that meeting', () => {
    const [lgs] = meetingsOf('LGS-N');
    const invitees = lgs?.calledPersons.filter((p) => p.kind === 'invitee') ?? [];
    expect(invitees.length).toBeGreaterThanOrEqual(2);
    expect(invitees.every((p) => p.title !== '' && p.itemId === null)).toBe(true);
    const guests = lgs?.calledPersons.filter((p) => p.kind === 'guest') ?? [];
    expect(guests).toHaveLength(1);
    const item = lgs?.agenda.find((i) => i.id === guests[0]?.itemId);
    expect(item?.presenters.map((p) => p.name)).toContain(guests[0]?.name);
  });

  it('has the standing items, with a) and b) under the opening, and five or more subject items', () => {
    for (const meeting of [...meetingsOf('PSN'), ...meetingsOf('LGS-N')]) {
      const numbered = numberAgenda(meeting.agenda);
      const labels = numbered.map((n) => `${n.label} ${n.item.title}`);
      expect(labels.slice(0, 5), meeting.date).toEqual([
        '1 Mötets öppnande',
        'a) närvaro/presentation',
        'b) övriga frågor',
        '2 Godkännande av dagens agenda',
        expect.stringMatching(/^3 Föregående (mötesanteckning|minnesanteckningar)$/),
      ]);
      expect(meeting.agenda.find((i) => i.title.startsWith('Föregående'))?.links.length).toBeGreaterThan(0);
      expect(meeting.agenda.some((i) => i.title === 'Övriga frågor')).toBe(true);
      // The standing items are marked, so the next meeting can be made from this one.
      const standing = numbered.filter((n) => n.item.standing).map((n) => n.item.title);
      expect(standing.slice(0, 5), meeting.date).toEqual(labels.slice(0, 5).map((l) => l.replace(/^\S+ /, '')));
      expect(standing).toContain('Övriga frågor');
      expect(meeting.agenda.filter((i) => i.kind !== 'other').every((i) => !i.standing)).toBe(true);
      const subjects = meeting.agenda.filter((i) => i.kind !== 'other');
      expect(subjects.length).toBeGreaterThanOrEqual(5);
      expect(subjects.every((i) => i.presenters.length > 0 && i.minutes !== null)).toBe(true);
    }
    for (const meeting of heldMeetings()) {
      expect(meeting.agenda.some((i) => i.title.startsWith('Mötesdatum'))).toBe(true);
      const kinds = new Set(meeting.agenda.map((i) => i.kind));
      expect(kinds.size).toBeGreaterThanOrEqual(3);
      expect(meeting.agenda.some((i) => i.attachment)).toBe(true);
      expect(meeting.agenda.some((i) => i.topics.length > 0)).toBe(true);
    }
    const [lgs] = meetingsOf('LGS-N');
    expect(lgs?.agenda.at(-1)?.title).toMatch(/^Sammanfattning/);
  });

  it('links only to https addresses, and presenters name their organisation', () => {
    const all = [...meetingsOf('PSN'), ...meetingsOf('LGS-N')];
    const links = all.flatMap((m) => m.agenda.flatMap((i) => i.links));
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((l) => l.url.startsWith('https://'))).toBe(true);
    expect(all.flatMap((m) => m.agenda.flatMap((i) => i.presenters)).every((p) => p.organisation !== '')).toBe(true);
  });

  it('phrases standpoints the way the bodies do', () => {
    const standpoints = heldMeetings().flatMap((m) => m.agenda.map((i) => i.standpoint));
    expect(standpoints).toEqual(
      expect.arrayContaining([
        'Dagens agenda godkändes.',
        'Inga synpunkter på föregående mötesanteckning.',
        'Det politiska samrådsorganet PSN noterar informationen.',
        'Det politiska samrådsorganet PSN noterar informationen och fortsätter dialogen på nästa möte.',
        'LGS-N noterar informationen.',
      ]),
    );
    expect(standpoints.some((s) => s.includes('ger tjänstepersonerna i uppdrag att bereda ärendet ytterligare'))).toBe(true);
    expect(standpoints.some((s) => s.includes('rekommenderar huvudmännen att besluta i enlighet med förslaget'))).toBe(true);
    expect(standpoints.some((s) => s.startsWith('LGS-N ställer sig positiva till förslaget att'))).toBe(true);
    expect(standpoints.some((s) => s.startsWith('LGS-N ställer sig bakom förslaget och ger UG'))).toBe(true);
  });

  it('hands out tasks with owners and deadlines, tied to the items they came from', () => {
    for (const meeting of heldMeetings()) {
      expect(meeting.tasks.length).toBeGreaterThanOrEqual(3);
      expect(meeting.tasks.every((t) => t.owner !== '')).toBe(true);
      expect(meeting.tasks.filter((t) => t.deadline !== null).length).toBeGreaterThanOrEqual(2);
      const itemIds = new Set(meeting.agenda.map((i) => i.id));
      expect(meeting.tasks.filter((t) => t.itemId !== null).every((t) => itemIds.has(t.itemId!))).toBe(true);
    }
  });

  it('writes notes with headings, paragraphs, bullet and numbered lists, tables, links, bold and italic', () => {
    for (const meeting of heldMeetings()) {
      const nodes = meeting.agenda.flatMap((i) => nodesOf(i.notes));
      const types = new Set(nodes.map((n) => n.type));
      for (const type of ['heading', 'paragraph', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'link', 'text']) {
        expect(types, `${meeting.title} ${type}`).toContain(type);
      }
      const lists = new Set(nodes.filter((n) => n.type === 'list').map((n) => n.listType));
      expect(lists).toEqual(new Set(['bullet', 'number']));
      const formats = nodes.filter((n) => n.type === 'text').map((n) => Number(n.format));
      expect(formats.some((f) => (f & TEXT_FORMAT.bold) !== 0)).toBe(true);
      expect(formats.some((f) => (f & TEXT_FORMAT.italic) !== 0)).toBe(true);
      const text = meeting.agenda.map((i) => notesToPlainText(i.notes)).join('\n');
      expect(text).toContain('Inspel');
      expect(text.length).toBeGreaterThan(3000);
    }
  });

  it('stores notes the editor loads as they are', () => {
    const editor = createNotesHeadlessEditor('test');
    const docs = [...meetingsOf('PSN'), ...meetingsOf('LGS-N')].flatMap((m) => m.agenda.map((i) => i.notes)).filter((n) => n !== null);
    expect(docs.length).toBeGreaterThan(20);
    for (const doc of docs) {
      expect(notesDocumentSchema.safeParse(doc).success).toBe(true);
      editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
      const exported = notesDocumentSchema.parse(editor.getEditorState().toJSON());
      expect(notesToPlainText(exported)).toBe(notesToPlainText(doc));
    }
  });

  it('uses invented bodies and places only', () => {
    const everything = JSON.stringify(demoData());
    for (const real of ['VästKom', 'Västkom', 'Västra Götaland', 'VGR', 'Göteborg', 'Stationshuset', 'SRO', 'SAMSA', 'vgregion']) {
      expect(everything, real).not.toContain(real);
    }
  });

  it('creates everything or nothing', () => {
    const empty = openDatabase(join(dir, 'halvfull.sqlite'));
    try {
      const failing = Object.create(empty) as Db;
      // A database that breaks half-way through: the first body is written, its meeting cannot be.
      failing.prepare = ((source: string) => {
        if (source.startsWith('INSERT INTO meetings')) throw new Error('disken är full');
        return empty.prepare(source);
      }) as Db['prepare'];
      failing.transaction = empty.transaction.bind(empty);
      expect(() => seedDemo(failing, new Date())).toThrow('disken är full');
      expect(listMeetings(empty)).toHaveLength(0);
      expect(listBodies(empty, '2026-11-12')).toHaveLength(0);
    } finally {
      closeDatabase(empty);
    }
  });

  it('does not add a second copy when run again', () => {
    const again = seedDemo(db, new Date());
    expect(listBodies(db, '2026-11-12')).toHaveLength(2);
    expect(listMeetings(db)).toHaveLength(3);
    expect(again.meetings.map((m) => m.id)).toEqual(seeded.meetings.map((m) => m.id));
  });
});
