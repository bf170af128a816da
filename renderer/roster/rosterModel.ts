import type { Body, Role } from '../../shared/model/domain';
import type { NewMember } from '../../shared/model/new-meeting';
import type { RosterSideInput } from '../../shared/model/roster';
import type { PasteCategory } from './pasteMarks';
import { emailSchema } from '../../shared/model/values';
import { safeParseSwedish } from '../../shared/format/validationMessages';

/**
 * The roster as the editor holds it: ordered sides, categories and members,
 * each with a key of its own (for React and for focus) and the id the host
 * gave it once saved. Pure: every operation returns a new tree, or the same
 * one when there is nothing to do.
 */

export interface RosterMember {
  key: string;
  id?: number;
  name: string;
  party: string;
  organisation: string;
  title: string;
  role: Role;
  vacant: boolean;
  /** Where the kallelse goes; empty: not known yet. */
  email: string;
}
export interface RosterCategory {
  key: string;
  id?: number;
  name: string;
  members: RosterMember[];
}
export interface RosterSide {
  key: string;
  id?: number;
  name: string;
  categories: RosterCategory[];
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `r${keyCounter}`;
}

export function rosterFromBody(body: Pick<Body, 'sides'>): RosterSide[] {
  return body.sides.map((side) => ({
    key: newKey(),
    id: side.id,
    name: side.name,
    categories: side.categories.map((category) => ({
      key: newKey(),
      id: category.id,
      name: category.name,
      members: category.members.map((member) => ({ key: newKey(), ...member })),
    })),
  }));
}

/** The tree as roster:save takes it: trimmed, and a vacant seat without a person's details. */
export function rosterToInput(sides: RosterSide[]): RosterSideInput[] {
  const withId = <T extends object>(id: number | undefined, rest: T): T & { id?: number } =>
    id === undefined ? rest : { id, ...rest };
  return sides.map((side) =>
    withId(side.id, {
      name: side.name.trim(),
      categories: side.categories.map((category) =>
        withId(category.id, {
          name: category.name.trim(),
          members: category.members.map((m) =>
            withId(m.id, {
              name: m.vacant ? '' : m.name.trim(),
              party: m.vacant ? '' : m.party.trim(),
              organisation: m.vacant ? '' : m.organisation.trim(),
              title: m.vacant ? '' : m.title.trim(),
              role: m.role,
              vacant: m.vacant,
              email: m.vacant ? '' : m.email.trim(),
            }),
          ),
        }),
      ),
    }),
  );
}

/**
 * `sides` with the ids the host gave to entries that were new in the tree
 * that was sent (matched by place, as the host keeps the order it was given).
 */
export function withSavedIds(sides: RosterSide[], sent: RosterSide[], saved: Pick<Body, 'sides'>): RosterSide[] {
  const ids = new Map<string, number>();
  sent.forEach((side, si) => {
    const savedSide = saved.sides[si];
    if (!savedSide) return;
    ids.set(side.key, savedSide.id);
    side.categories.forEach((category, ci) => {
      const savedCategory = savedSide.categories[ci];
      if (!savedCategory) return;
      ids.set(category.key, savedCategory.id);
      category.members.forEach((member, mi) => {
        const savedMember = savedCategory.members[mi];
        if (savedMember) ids.set(member.key, savedMember.id);
      });
    });
  });
  return sides.map((side) => ({
    ...side,
    id: ids.get(side.key) ?? side.id,
    categories: side.categories.map((category) => ({
      ...category,
      id: ids.get(category.key) ?? category.id,
      members: category.members.map((m) => (ids.has(m.key) ? { ...m, id: ids.get(m.key) } : m)),
    })),
  }));
}

/** Messages by focus key ("<key>:name"); the tree is only saved when there are none. */
export function validateRoster(sides: RosterSide[]): Map<string, string> {
  const errors = new Map<string, string>();
  const tooLong = 'Namnet är för långt (högst 200 tecken).';
  for (const side of sides) {
    if (side.name.length > 200) errors.set(`${side.key}:name`, tooLong);
    for (const category of side.categories) {
      if (category.name.trim() === '') errors.set(`${category.key}:name`, 'Kategorin behöver ett namn.');
      else if (category.name.length > 200) errors.set(`${category.key}:name`, tooLong);
      for (const m of category.members) {
        if (m.vacant) continue;
        if (m.name.trim() === '') errors.set(`${m.key}:name`, 'Skriv ett namn eller markera platsen som vakant.');
        else if (m.name.length > 200) errors.set(`${m.key}:name`, tooLong);
        if (m.party.trim().length > 20) errors.set(`${m.key}:party`, 'Partiet får vara högst 20 tecken.');
        if (m.organisation.length > 500) errors.set(`${m.key}:organisation`, 'Texten är för lång (högst 500 tecken).');
        if (m.title.length > 500) errors.set(`${m.key}:title`, 'Texten är för lång (högst 500 tecken).');
        const email = safeParseSwedish(emailSchema, m.email);
        if (!email.success) errors.set(`${m.key}:email`, email.error.issues[0]!.message);
      }
    }
  }
  return errors;
}

// --- reading -------------------------------------------------------------------

function categoriesInOrder(sides: RosterSide[]): RosterCategory[] {
  return sides.flatMap((s) => s.categories);
}

interface FoundMember {
  member: RosterMember;
  category: RosterCategory;
  /** The member's place in its category, from 0. */
  index: number;
}

function findMember(sides: RosterSide[], key: string): FoundMember | null {
  for (const category of categoriesInOrder(sides)) {
    const index = category.members.findIndex((m) => m.key === key);
    if (index >= 0) return { member: category.members[index]!, category, index };
  }
  return null;
}

/** How a member is named in buttons and announcements. */
export function memberLabel(m: RosterMember): string {
  if (m.vacant) return 'Vakant plats';
  return m.name.trim() || 'Ny person';
}

/** "Anna Berg flyttad till plats 2 i Ledamöter." for the member `key` in `sides`. */
export function movedText(sides: RosterSide[], key: string): string {
  const found = findMember(sides, key);
  if (!found) return '';
  return `${memberLabel(found.member)} flyttad till plats ${found.index + 1} i ${found.category.name.trim() || 'kategorin'}.`;
}

/** The names of the people on the roster (not vacant seats), for the paste to find duplicates. */
export function personNames(sides: RosterSide[]): string[] {
  return categoriesInOrder(sides).flatMap((c) => c.members.filter((m) => !m.vacant).map((m) => m.name.trim()));
}

/** The categories as the paste dialog offers them: "Sida – Kategori". */
export function pasteCategories(sides: RosterSide[]): PasteCategory[] {
  return sides.flatMap((side) =>
    side.categories.map((c): PasteCategory => {
      const [sideName, name] = [side.name.trim(), c.name.trim()];
      return { key: c.key, label: sideName ? `${sideName} – ${name || 'Namnlös kategori'}` : name || 'Namnlös kategori', side: sideName, name };
    }),
  );
}

// --- changing ------------------------------------------------------------------

export function emptyMember(): RosterMember {
  return { key: newKey(), name: '', party: '', organisation: '', title: '', role: 'ledamot', vacant: false, email: '' };
}

export function newCategory(): RosterCategory {
  return { key: newKey(), name: 'Ny kategori', members: [] };
}

function mapCategories(sides: RosterSide[], fn: (c: RosterCategory) => RosterCategory): RosterSide[] {
  return sides.map((s) => ({ ...s, categories: s.categories.map(fn) }));
}

function mapCategory(sides: RosterSide[], key: string, fn: (c: RosterCategory) => RosterCategory): RosterSide[] {
  return mapCategories(sides, (c) => (c.key === key ? fn(c) : c));
}

function mapSide(sides: RosterSide[], key: string, fn: (s: RosterSide) => RosterSide): RosterSide[] {
  return sides.map((s) => (s.key === key ? fn(s) : s));
}

export function renameSide(sides: RosterSide[], key: string, name: string): RosterSide[] {
  return mapSide(sides, key, (s) => ({ ...s, name }));
}

export function renameCategory(sides: RosterSide[], key: string, name: string): RosterSide[] {
  return mapCategory(sides, key, (c) => ({ ...c, name }));
}

export function editMember(sides: RosterSide[], key: string, patch: Partial<RosterMember>): RosterSide[] {
  return mapCategories(sides, (c) => ({ ...c, members: c.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) }));
}

export function addCategory(sides: RosterSide[], sideKey: string, category: RosterCategory): RosterSide[] {
  return mapSide(sides, sideKey, (s) => ({ ...s, categories: [...s.categories, category] }));
}

export function addMembers(sides: RosterSide[], categoryKey: string, members: RosterMember[]): RosterSide[] {
  return mapCategory(sides, categoryKey, (c) => ({ ...c, members: [...c.members, ...members] }));
}

/** Pasted people go last in their category; a category the roster does not have yet comes as a side of its own. */
export function addPasted(sides: RosterSide[], category: PasteCategory, pasted: NewMember[]): RosterSide[] {
  const added: RosterMember[] = pasted.map((m) => ({ key: newKey(), ...m }));
  if (categoriesInOrder(sides).some((c) => c.key === category.key)) return addMembers(sides, category.key, added);
  return [...sides, { key: newKey(), name: category.side, categories: [{ key: newKey(), name: category.name, members: added }] }];
}

export function removeSide(sides: RosterSide[], key: string): RosterSide[] {
  return sides.filter((s) => s.key !== key);
}

export function removeCategory(sides: RosterSide[], key: string): RosterSide[] {
  return sides.map((s) => ({ ...s, categories: s.categories.filter((c) => c.key !== key) }));
}

export function removeMember(sides: RosterSide[], key: string): RosterSide[] {
  return mapCategories(sides, (c) => ({ ...c, members: c.members.filter((m) => m.key !== key) }));
}

// --- moving --------------------------------------------------------------------

/** Moves a member to `index` in a category (the index counted without the member). */
function moveMemberTo(sides: RosterSide[], key: string, categoryKey: string, index: number): RosterSide[] {
  const found = findMember(sides, key);
  if (!found) return sides;
  return mapCategory(removeMember(sides, key), categoryKey, (c) => {
    const members = [...c.members];
    members.splice(Math.max(0, Math.min(index, members.length)), 0, found.member);
    return { ...c, members };
  });
}

/** One step up or down; past the ends of a category it moves into the neighbouring one. */
export function moveMemberBy(sides: RosterSide[], key: string, delta: -1 | 1): RosterSide[] {
  const found = findMember(sides, key);
  if (!found) return sides;
  const { index, category } = found;
  const target = index + delta;
  if (target >= 0 && target < category.members.length) return moveMemberTo(sides, key, category.key, target);
  const all = categoriesInOrder(sides);
  const neighbour = all[all.findIndex((c) => c.key === category.key) + delta];
  if (!neighbour) return sides;
  return moveMemberTo(sides, key, neighbour.key, delta < 0 ? neighbour.members.length : 0);
}

/**
 * A member dropped before the row at `index` of a category (the index counted
 * with the member where it was). Dropped where it already stands: no change.
 */
export function dropMember(sides: RosterSide[], key: string, categoryKey: string, index: number): RosterSide[] {
  const found = findMember(sides, key);
  if (!found) return sides;
  const sameCategory = found.category.key === categoryKey;
  const target = sameCategory && found.index < index ? index - 1 : index;
  if (sameCategory && found.index === target) return sides;
  return moveMemberTo(sides, key, categoryKey, target);
}

/** One step up or down within the side; past its ends into the neighbouring side. */
export function moveCategoryBy(sides: RosterSide[], key: string, delta: -1 | 1): RosterSide[] {
  const si = sides.findIndex((s) => s.categories.some((c) => c.key === key));
  if (si < 0) return sides;
  const side = sides[si]!;
  const ci = side.categories.findIndex((c) => c.key === key);
  const category = side.categories[ci]!;
  const target = ci + delta;
  if (target >= 0 && target < side.categories.length) {
    const categories = [...side.categories];
    categories.splice(ci, 1);
    categories.splice(target, 0, category);
    return sides.map((s, i) => (i === si ? { ...s, categories } : s));
  }
  const neighbour = sides[si + delta];
  if (!neighbour) return sides;
  return sides.map((s, i) => {
    if (i === si) return { ...s, categories: s.categories.filter((c) => c.key !== key) };
    if (i === si + delta) return { ...s, categories: delta < 0 ? [...s.categories, category] : [category, ...s.categories] };
    return s;
  });
}

export function moveSideBy(sides: RosterSide[], key: string, delta: -1 | 1): RosterSide[] {
  const i = sides.findIndex((s) => s.key === key);
  const target = i + delta;
  if (i < 0 || target < 0 || target >= sides.length) return sides;
  const next = [...sides];
  const [side] = next.splice(i, 1);
  next.splice(target, 0, side!);
  return next;
}
