import type { MeetingFile, MeetingFileItem, MeetingFileSubItem } from '../../shared/meetingfile/schema';
import type { NewCalledPerson } from '../../shared/model/new-meeting';
import { textKeptInOrder, type TextKept } from './score-text';

/**
 * Compares a recognised draft with the truth field by field, as issue 20
 * point 8 counts them: the header; each called person with kind, side,
 * category, party and role; each attendance with its times, substitute and
 * note; each item (and sub-item) with title, kind, minutes, attachment,
 * topics, presenters, guests, links, standpoint and its number of
 * sub-items; the signatures. A field where both truth and draft are empty
 * is not counted (empty matching empty proves nothing); a person or item
 * the draft invented counts as one wrong field.
 */

export interface FieldCheck {
  /** "item.standpoint", "attendance.status" … */
  field: string;
  /** Which person or item: "Anna Ek", "4. Budget". */
  where: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface DocumentScore {
  checks: FieldCheck[];
  right: number;
  total: number;
  text: TextKept;
}

type Person = NewCalledPerson;

/** Case, spaces, dashes and outer punctuation do not count. */
export function norm(value: string): string {
  return value
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[*_]/g, '')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,:;]+|[\s.,:;]+$/g, '')
    .trim();
}

/** "9.00", "09:00" → "09.00". */
function clock(value: string | null): string {
  if (!value) return '';
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(value.trim());
  return m ? `${(m[1] ?? '').padStart(2, '0')}.${m[2]}` : value.trim();
}

const party = (p: string) => norm(p).replace(/^\((.*)\)$/, '$1');
const itemLabel = (item: MeetingFileSubItem, number: string) => `${number} ${item.title}`.trim();

class Checks {
  readonly list: FieldCheck[] = [];

  /** Counted unless both are empty. */
  add(field: string, where: string, expected: string, got: string, same = norm(expected) === norm(got)): void {
    if (expected === '' && got === '') return;
    this.list.push({ field, where, expected, got, ok: same });
  }

  /** Always counted (the thing itself: a person, an item, a status). */
  always(field: string, where: string, expected: string, got: string, same = norm(expected) === norm(got)): void {
    this.list.push({ field, where, expected, got, ok: same });
  }
}

function scoreHeader(c: Checks, truth: MeetingFile['meeting'], draft: MeetingFile['meeting']): void {
  c.add('header.title', 'rubrik', truth.title, draft.title);
  c.add('header.subtitle', 'rubrik', truth.subtitle, draft.subtitle);
  c.always('header.date', 'Datum', truth.date, draft.date);
  c.add('header.startTime', 'Tid', clock(truth.startTime), clock(draft.startTime));
  c.add('header.endTime', 'Tid', clock(truth.endTime), clock(draft.endTime));
  c.add('header.meetingForm', 'Mötesform', truth.meetingForm, draft.meetingForm);
  c.add('header.place', 'Plats', truth.place, draft.place);
  c.add('header.calledText', 'Kallade', truth.calledText, draft.calledText);
}

function scoreAttendance(c: Checks, where: string, t: Person['attendance'], d: Person['attendance'] | null): void {
  c.always('attendance.status', where, t.status, d?.status ?? '—');
  c.add('attendance.arrivedAt', where, clock(t.arrivedAt), clock(d?.arrivedAt ?? null));
  c.add('attendance.leftAt', where, clock(t.leftAt), clock(d?.leftAt ?? null));
  c.add('attendance.substitute', where, t.substituteName, d?.substituteName ?? '');
  c.add('attendance.note', where, t.note, d?.note ?? '');
}

function scorePersons(c: Checks, truth: readonly Person[], draft: readonly Person[]): void {
  const unused = draft.filter((p) => p.kind !== 'guest');
  const take = (pred: (p: Person) => boolean): Person | null => {
    const i = unused.findIndex(pred);
    return i < 0 ? null : (unused.splice(i, 1)[0] ?? null);
  };
  for (const t of truth.filter((p) => p.kind !== 'guest')) {
    if (t.vacant) {
      const d = take((p) => p.vacant);
      c.always('person.vacant', `Vakant (${t.sideName} / ${t.categoryName})`, 'vakant', d ? 'vakant' : '—');
      continue;
    }
    const d = take((p) => !p.vacant && norm(p.name) === norm(t.name));
    const where = t.name;
    c.always('person.name', where, t.name, d?.name ?? '—');
    c.always('person.kind', where, t.kind, d?.kind ?? '—');
    c.add('person.side', where, t.sideName, d ? d.sideName : '');
    c.add('person.category', where, t.categoryName, d ? d.categoryName : '');
    c.add('person.party', where, t.party, d?.party ?? '', party(t.party) === party(d?.party ?? ''));
    if (t.role !== 'ledamot' || (d && d.role !== 'ledamot')) c.always('person.role', where, t.role, d?.role ?? '—');
    scoreAttendance(c, where, t.attendance, d?.attendance ?? null);
  }
  for (const extra of unused) c.always('person.extra', extra.vacant ? 'Vakant' : extra.name, '—', extra.vacant ? 'vakant' : extra.name, false);
}

const list = (values: readonly string[]) => values.map(norm).join(' | ');

function scoreItemFields(c: Checks, where: string, t: MeetingFileSubItem, d: MeetingFileSubItem | null): void {
  c.always('item.title', where, t.title, d?.title ?? '—');
  if (t.kind !== 'other' || (d && d.kind !== 'other')) c.always('item.kind', where, t.kind, d?.kind ?? '—');
  c.add('item.minutes', where, t.minutes === null ? '' : String(t.minutes), d ? (d.minutes === null ? '' : String(d.minutes)) : '');
  c.add('item.attachment', where, t.attachment ? 'bilaga' : '', d ? (d.attachment ? 'bilaga' : '') : '');
  c.add('item.topics', where, list(t.topics), d ? list(d.topics) : '');
  c.add('item.presenters', where, list(t.presenters.map((p) => `${p.name}, ${p.organisation}`)), d ? list(d.presenters.map((p) => `${p.name}, ${p.organisation}`)) : '');
  c.add('item.guests', where, list(t.guests.map((g) => g.name)), d ? list(d.guests.map((g) => g.name)) : '');
  c.add('item.links', where, list(t.links.map((l) => l.url)), d ? list(d.links.map((l) => l.url)) : '');
  c.add('item.standpoint', where, t.standpoint, d ? d.standpoint : '');
}

/** Items matched by title in agenda order; an item the draft lacks fails every field it has. */
function matchItems<T>(truth: readonly T[], draft: readonly T[], keyOf: (x: T) => string): { pairs: [T, T | null, number][]; extra: T[] } {
  const used = new Set<number>();
  let from = 0;
  const pairs: [T, T | null, number][] = truth.map((t, i) => {
    const key = norm(keyOf(t));
    let at = draft.findIndex((d, j) => j >= from && !used.has(j) && norm(keyOf(d)) === key);
    if (at < 0) at = draft.findIndex((d, j) => !used.has(j) && norm(keyOf(d)) === key);
    if (at < 0) return [t, null, i];
    used.add(at);
    from = at + 1;
    return [t, draft[at] ?? null, i];
  });
  return { pairs, extra: draft.filter((_, j) => !used.has(j)) };
}

function scoreAgenda(c: Checks, truth: readonly MeetingFileItem[], draft: readonly MeetingFileItem[]): void {
  const byTitle = (i: MeetingFileSubItem) => i.title;
  const { pairs, extra } = matchItems(truth, draft, byTitle);
  for (const [t, d, i] of pairs) {
    const where = itemLabel(t, `${i + 1}.`);
    scoreItemFields(c, where, t, d);
    c.add('item.subItems', where, t.children.length ? String(t.children.length) : '', d ? (d.children.length ? String(d.children.length) : '') : '');
    const sub = matchItems<MeetingFileSubItem>(t.children, d?.children ?? [], byTitle);
    for (const [tc, dc, j] of sub.pairs) scoreItemFields(c, `${where} ${'abcdefghij'[j]})`, tc, dc);
    for (const e of sub.extra) c.always('item.extra', `${where} ${e.title}`, '—', e.title, false);
  }
  for (const e of extra) c.always('item.extra', e.title, '—', e.title, false);
}

function scoreSignatures(c: Checks, truth: MeetingFile['meeting'], draft: MeetingFile['meeting']): void {
  c.add('signature.secretary', 'Vid anteckningarna', truth.secretaryName, draft.secretaryName);
  const { pairs, extra } = matchItems(truth.reviewers, draft.reviewers, (r) => r.name);
  for (const [t, d] of pairs) {
    c.always('signature.reviewer', 'Justerat av', t.name, d?.name ?? '—');
    c.add('signature.reviewerRole', t.name, t.role, d ? d.role : '');
  }
  for (const e of extra) c.always('signature.reviewer', 'Justerat av', '—', e.name, false);
  c.add('signature.approvedOn', 'Justerat', truth.approvedOn ?? '', draft.approvedOn ?? '');
}

export function scoreDraft(truth: MeetingFile, draft: MeetingFile): DocumentScore {
  const c = new Checks();
  scoreHeader(c, truth.meeting, draft.meeting);
  scorePersons(c, truth.meeting.calledPersons, draft.meeting.calledPersons);
  scoreAgenda(c, truth.meeting.agenda, draft.meeting.agenda);
  scoreSignatures(c, truth.meeting, draft.meeting);
  const right = c.list.filter((x) => x.ok).length;
  return { checks: c.list, right, total: c.list.length, text: textKeptInOrder(truth, draft) };
}
