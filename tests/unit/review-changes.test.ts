import { describe, expect, it } from 'vitest';
import type { ItemChange } from '../../shared/ipc/contract-review-round';
import type { Body, Meeting } from '../../shared/model/domain';
import { notes, paragraph } from '../../shared/notes/build';
import { changesSince, MEETING_LABEL } from '../../shared/review/changes';
import { demoMeetings } from './document-support';

const demo = demoMeetings();
const lgs = demo.find((d) => d.body.shortName === 'LGS-N')!;
const psn = demo.find((d) => d.body.shortName === 'PSN' && d.meeting.agenda.some((i) => i.parentId !== null)) ?? demo[0]!;

/** A copy of the demo meeting to change. */
const copy = (meeting: Meeting): Meeting => structuredClone(meeting);
const section = (change: ItemChange | undefined, name: string) => change?.sections.find((s) => s.name === name);
const words = (change: ItemChange | undefined, name: string, kind: 'added' | 'removed') =>
  (section(change, name)?.parts ?? []).filter((p) => p.kind === kind).map((p) => p.text);
const topLevel = (meeting: Meeting) => meeting.agenda.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position);

function changed(sent: Meeting, now: Meeting, body: Body = lgs.body) {
  return changesSince(sent, now, body);
}

describe('changes since the minutes were sent', () => {
  it('lists nothing when nothing changed', () => {
    expect(changed(lgs.meeting, copy(lgs.meeting))).toEqual([]);
  });

  it('shows a standpoint reworded under the item as the minutes number it', () => {
    const now = copy(lgs.meeting);
    const item = topLevel(now)[3]!;
    const sentStandpoint = item.standpoint;
    item.standpoint = `${sentStandpoint.replace(/\.$/, '')} och återkommer i januari.`;
    const changes = changed(lgs.meeting, now);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ itemId: item.id, label: `4. ${item.title.trim()}`, change: 'changed' });
    expect(changes[0]!.sections.map((s) => s.name)).toEqual(['Ställningstagande']);
    expect(words(changes[0], 'Ställningstagande', 'added').join('')).toContain('och återkommer i januari');
  });

  it('compares the notes as text, a paragraph a line, and shows the changed paragraph with the words changed', () => {
    const now = copy(lgs.meeting);
    const item = topLevel(now)[4]!;
    item.notes = notes(paragraph('Regionen redovisar läget för förändringar i vårdkedjan.'), paragraph('Frågan återkommer.'));
    const sent = copy(lgs.meeting);
    sent.agenda.find((i) => i.id === item.id)!.notes = notes(paragraph('Regionen redovisar läget för förändring i vårdkedjan.'), paragraph('Frågan återkommer.'));
    const changes = changed(sent, now);
    expect(changes.map((c) => c.itemId)).toEqual([item.id]);
    expect(words(changes[0], 'Anteckningar', 'removed')).toEqual(['förändring']);
    expect(words(changes[0], 'Anteckningar', 'added')).toEqual(['förändringar']);
    const text = section(changes[0], 'Anteckningar')!.parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
    expect(text).toBe('Regionen redovisar läget för förändringar i vårdkedjan.\n…');
  });

  it('lists the title, the presenters and the tasks when they changed', () => {
    const now = copy(lgs.meeting);
    const item = topLevel(now)[5]!;
    item.title = `${item.title} och uppföljning`;
    item.presenters = [...item.presenters, { name: 'Sofia Vinter', organisation: 'Norrviks kommun' }];
    now.tasks = [...now.tasks, { id: 9999, itemId: item.id, what: 'Ta fram underlag till nästa möte', owner: 'Sofia Vinter', deadline: null, done: false }];
    const [change] = changed(lgs.meeting, now);
    expect(change!.sections.map((s) => s.name)).toEqual(['Rubrik', 'Föredragande', 'Uppdrag']);
    expect(change!.label).toBe(`6. ${item.title}`);
    expect(words(change, 'Rubrik', 'added').join('')).toContain('och uppföljning');
    expect(words(change, 'Föredragande', 'added').join('')).toContain('Sofia Vinter, Norrviks kommun');
    expect(words(change, 'Uppdrag', 'added').join('')).toContain('Ta fram underlag till nästa möte – Sofia Vinter');
  });

  it('shows an item added and an item removed with their text, and does not call the renumbered items changed', () => {
    const now = copy(lgs.meeting);
    const removed = topLevel(now)[2]!;
    now.agenda = now.agenda.filter((i) => i.id !== removed.id && i.parentId !== removed.id);
    now.tasks = now.tasks.filter((t) => t.itemId !== removed.id);
    const last = topLevel(now).at(-1)!;
    now.agenda.push({ ...structuredClone(last), id: 8888, position: last.position + 1, title: 'Extra punkt om vårdplatser', standpoint: 'LGS-N noterar informationen.', notes: null, presenters: [] });
    const changes = changed(lgs.meeting, now);
    expect(changes.map((c) => [c.change, c.itemId])).toEqual([
      ['removed', removed.id],
      ['added', 8888],
    ]);
    expect(changes[0]!.label).toBe(`3. ${removed.title.trim()}`);
    expect(changes[0]!.sections.every((s) => s.parts.every((p) => p.kind === 'removed'))).toBe(true);
    expect(changes[1]!.label).toBe(`${topLevel(now).length}. Extra punkt om vårdplatser`);
    expect(words(changes[1], 'Rubrik', 'added')).toEqual(['Extra punkt om vårdplatser']);
  });

  it('says where an item was moved to', () => {
    const now = copy(lgs.meeting);
    const items = topLevel(now);
    const moved = items[6]!;
    const target = items[3]!;
    moved.position = target.position - 0.5;
    // Positions are integers in storage: renumber in the new order.
    const order = [...items].sort((a, b) => a.position - b.position);
    order.forEach((item, index) => (item.position = index));
    const changes = changed(lgs.meeting, now);
    expect(changes.map((c) => c.itemId)).toEqual([moved.id]);
    expect(changes[0]!.label).toBe(`4. ${moved.title.trim()}`);
    expect(words(changes[0], 'Plats', 'removed')).toEqual(['7']);
    expect(words(changes[0], 'Plats', 'added')).toEqual(['4']);
  });

  it('numbers a sub-item "1 a)" and lists a changed sub-item under that label', () => {
    const sub = psn.meeting.agenda.find((i) => i.parentId !== null);
    expect(sub, 'the PSN demo has sub-items').toBeDefined();
    const now = copy(psn.meeting);
    now.agenda.find((i) => i.id === sub!.id)!.standpoint = 'Ett nytt ställningstagande.';
    const [change] = changed(psn.meeting, now, psn.body);
    expect(change!.label).toMatch(/^\d+ [a-z]\) /);
    expect(change!.label).toContain(sub!.title.trim());
  });

  it('shows the meeting header and a person whose attendance changed under "Mötet"', () => {
    const now = copy(lgs.meeting);
    now.diaryNumber = 'LGS-N 2026/123';
    const person = now.calledPersons.find((p) => p.kind === 'member' && !p.vacant && p.attendance.status === 'present')!;
    person.attendance = { ...person.attendance, status: 'excused' };
    const changes = changed(lgs.meeting, now);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ itemId: null, label: MEETING_LABEL, change: 'changed' });
    expect(changes[0]!.sections.map((s) => s.name)).toEqual(['Diarienummer', 'Närvaro']);
    const attendance = section(changes[0], 'Närvaro')!.parts;
    expect(attendance.map((p) => p.text).join('')).toContain(`${person.name}`);
    expect(words(changes[0], 'Närvaro', 'removed')).toEqual(['Närvarande']);
    expect(words(changes[0], 'Närvaro', 'added')).toEqual(['Förhinder']);
    // The others' attendance is unchanged and not listed.
    const others = now.calledPersons.filter((p) => p.id !== person.id && !p.vacant);
    for (const other of others) expect(attendance.map((p) => p.text).join('')).not.toContain(`${other.name}:`);
  });
});
