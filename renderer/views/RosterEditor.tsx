import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { ROLES, type Body, type Role } from '../../shared/model/domain';
import { rosterInputSchema, type RosterSideInput } from '../../shared/model/roster';
import { roleLabel } from '../../shared/format/labels';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import { count } from '../app/text';
import { safeParseSwedish } from '../../shared/format/validationMessages';
import { ErrorBanner } from '../components/Banner';
import type { BodySaveState } from './BodyView';
import { LiveText } from './BodyView';
import { RosterPaste } from './RosterPaste';
import type { PasteCategory } from './pasteMarks';

/**
 * The roster editor: ordered sides, categories and members, edited in place
 * and saved as a whole tree (roster:save) after a short pause. Members move
 * with drag and drop, with Alt+↑/Alt+↓ or with the "Flytta upp"/"Flytta ner"
 * buttons; many can be pasted at once from Excel or Word.
 */

export interface RMember {
  key: string;
  id?: number;
  name: string;
  party: string;
  organisation: string;
  title: string;
  role: Role;
  vacant: boolean;
}
export interface RCategory {
  key: string;
  id?: number;
  name: string;
  members: RMember[];
}
export interface RSide {
  key: string;
  id?: number;
  name: string;
  categories: RCategory[];
}

let keyCounter = 0;
function newKey(): string {
  keyCounter += 1;
  return `r${keyCounter}`;
}

function fromBody(body: Body): RSide[] {
  return body.sides.map((side) => ({
    key: newKey(),
    id: side.id,
    name: side.name,
    categories: side.categories.map((category) => ({
      key: newKey(),
      id: category.id,
      name: category.name,
      members: category.members.map((m) => ({
        key: newKey(),
        id: m.id,
        name: m.name,
        party: m.party,
        organisation: m.organisation,
        title: m.title,
        role: m.role,
        vacant: m.vacant,
      })),
    })),
  }));
}

function toInput(sides: RSide[]): RosterSideInput[] {
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
            }),
          ),
        }),
      ),
    }),
  );
}

/** Ids the host gave to entries that were new in the tree that was sent. */
function idsFromSaved(sent: RSide[], saved: Body): Map<string, number> {
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
  return ids;
}

function applyIds(sides: RSide[], ids: Map<string, number>): RSide[] {
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

type Errors = Map<string, string>;

/** Errors by focus key ("<key>:name"); the tree is only saved when there are none. */
function validate(sides: RSide[]): Errors {
  const errors: Errors = new Map();
  for (const side of sides) {
    if (side.name.length > 200) errors.set(`${side.key}:name`, 'Namnet är för långt (högst 200 tecken).');
    for (const category of side.categories) {
      if (category.name.trim() === '') errors.set(`${category.key}:name`, 'Kategorin behöver ett namn.');
      else if (category.name.length > 200) errors.set(`${category.key}:name`, 'Namnet är för långt (högst 200 tecken).');
      for (const m of category.members) {
        if (m.vacant) continue;
        if (m.name.trim() === '') errors.set(`${m.key}:name`, 'Skriv ett namn eller markera platsen som vakant.');
        else if (m.name.length > 200) errors.set(`${m.key}:name`, 'Namnet är för långt (högst 200 tecken).');
        if (m.party.trim().length > 20) errors.set(`${m.key}:party`, 'Partiet får vara högst 20 tecken.');
        if (m.organisation.length > 500) errors.set(`${m.key}:organisation`, 'Texten är för lång (högst 500 tecken).');
        if (m.title.length > 500) errors.set(`${m.key}:title`, 'Texten är för lång (högst 500 tecken).');
      }
    }
  }
  return errors;
}

// --- moving ------------------------------------------------------------------

interface MemberPlace {
  categoryKey: string;
  index: number;
}

function categoriesInOrder(sides: RSide[]): RCategory[] {
  return sides.flatMap((s) => s.categories);
}

function findMember(sides: RSide[], key: string): { member: RMember; place: MemberPlace; category: RCategory } | null {
  for (const category of categoriesInOrder(sides)) {
    const index = category.members.findIndex((m) => m.key === key);
    if (index >= 0) return { member: category.members[index]!, place: { categoryKey: category.key, index }, category };
  }
  return null;
}

function mapCategories(sides: RSide[], fn: (c: RCategory) => RCategory): RSide[] {
  return sides.map((s) => ({ ...s, categories: s.categories.map(fn) }));
}

/** Moves a member to `index` in a category (the index counted without the member). */
export function moveMemberTo(sides: RSide[], key: string, categoryKey: string, index: number): RSide[] {
  const found = findMember(sides, key);
  if (!found) return sides;
  const without = mapCategories(sides, (c) =>
    c.key === found.place.categoryKey ? { ...c, members: c.members.filter((m) => m.key !== key) } : c,
  );
  return mapCategories(without, (c) => {
    if (c.key !== categoryKey) return c;
    const members = [...c.members];
    members.splice(Math.max(0, Math.min(index, members.length)), 0, found.member);
    return { ...c, members };
  });
}

/** One step up or down; past the ends of a category it moves into the neighbouring one. */
export function moveMemberBy(sides: RSide[], key: string, delta: -1 | 1): RSide[] {
  const found = findMember(sides, key);
  if (!found) return sides;
  const { place, category } = found;
  const target = place.index + delta;
  if (target >= 0 && target < category.members.length) return moveMemberTo(sides, key, category.key, target);
  const all = categoriesInOrder(sides);
  const at = all.findIndex((c) => c.key === category.key);
  const neighbour = all[at + delta];
  if (!neighbour) return sides;
  return moveMemberTo(sides, key, neighbour.key, delta < 0 ? neighbour.members.length : 0);
}

function moveCategoryBy(sides: RSide[], key: string, delta: -1 | 1): RSide[] {
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

function moveSideBy(sides: RSide[], key: string, delta: -1 | 1): RSide[] {
  const i = sides.findIndex((s) => s.key === key);
  const target = i + delta;
  if (i < 0 || target < 0 || target >= sides.length) return sides;
  const next = [...sides];
  const [side] = next.splice(i, 1);
  next.splice(target, 0, side!);
  return next;
}

function memberLabel(m: RMember): string {
  if (m.vacant) return 'Vakant plats';
  return m.name.trim() || 'Ny person';
}

function roleOptionLabel(role: Role): string {
  return role === 'adjungerad' ? 'adjungerad (adj.)' : roleLabel(role);
}

function emptyMember(): RMember {
  return { key: newKey(), name: '', party: '', organisation: '', title: '', role: 'ledamot', vacant: false };
}

// --- the editor -------------------------------------------------------------------

interface Sent {
  tree: RSide[];
  input: RosterSideInput[];
}

export function RosterEditor({ body, onState }: { body: Body; onState: (state: BodySaveState) => void }) {
  const baseId = useId();
  const [sides, setSidesState] = useState<RSide[]>(() => fromBody(body));
  const sidesRef = useRef(sides);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [undo, setUndo] = useState<{ sides: RSide[]; message: string } | null>(null);
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<{ categoryKey: string; index: number } | null>(null);
  const pendingFocus = useRef<{ key: string; select?: boolean } | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;

  const saver = useMemo(
    () =>
      new LatestSaver<Sent, Body>(`roster:${body.id}`, {
        send: (sent) => api['roster:save']({ bodyId: body.id, sides: sent.input }),
        onSaved: (saved, sent) => {
          setSaveError(null);
          const ids = idsFromSaved(sent.tree, saved);
          sidesRef.current = applyIds(sidesRef.current, ids);
          setSidesState(sidesRef.current);
        },
        onFailed: (error) => setSaveError(error.message),
        onState: (state) => onStateRef.current(state),
      }),
    [body.id],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  const errors = useMemo(() => validate(sides), [sides]);

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-focus-key="${target.key}"]`);
    if (el) {
      el.focus();
      if (target.select && el instanceof HTMLInputElement) el.select();
    }
  });

  /** Every change goes through here: shown at once, saved after a pause when valid. */
  const update = (next: RSide[], options: { delayMs?: number; focus?: string; select?: boolean; announce?: string } = {}) => {
    sidesRef.current = next;
    setSidesState(next);
    if (options.focus) pendingFocus.current = { key: options.focus, select: options.select };
    if (options.announce) setAnnounce(options.announce);
    if (validate(next).size > 0) {
      saver.cancel();
      onStateRef.current('invalid');
      return;
    }
    // A tree saved as a whole: ids of entries created by the previous save are applied in onSaved.
    const input = toInput(next);
    const parsed = safeParseSwedish(rosterInputSchema, input);
    if (!parsed.success) {
      setSaveError(`Listan kan inte sparas: ${parsed.error.issues[0]!.message}`);
      saver.cancel();
      onStateRef.current('invalid');
      return;
    }
    saver.schedule({ tree: next, input }, options.delayMs ?? 500);
  };

  const remember = (message: string) => setUndo({ sides: sidesRef.current, message });

  const touch = (key: string) => {
    setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  };
  const errorFor = (key: string) => (touched.has(key) ? errors.get(key) : undefined);

  const editMember = (key: string, patch: Partial<RMember>, delayMs = 600) => {
    update(
      mapCategories(sidesRef.current, (c) => ({ ...c, members: c.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) })),
      { delayMs },
    );
  };

  const focusKeyOfActive = (): string | undefined =>
    (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey;

  const moveMember = (member: RMember, delta: -1 | 1) => {
    const next = moveMemberBy(sidesRef.current, member.key, delta);
    if (next === sidesRef.current) {
      setAnnounce(delta < 0 ? `${memberLabel(member)} står redan först.` : `${memberLabel(member)} står redan sist.`);
      return;
    }
    const found = findMember(next, member.key)!;
    update(next, {
      delayMs: 300,
      focus: focusKeyOfActive() ?? `${member.key}:name`,
      announce: `${memberLabel(member)} flyttad till plats ${found.place.index + 1} i ${found.category.name.trim() || 'kategorin'}.`,
    });
  };

  const dropMember = (key: string, categoryKey: string, index: number) => {
    const found = findMember(sidesRef.current, key);
    if (!found) return;
    let target = index;
    if (found.place.categoryKey === categoryKey && found.place.index < index) target -= 1;
    if (found.place.categoryKey === categoryKey && found.place.index === target) return;
    const next = moveMemberTo(sidesRef.current, key, categoryKey, target);
    const moved = findMember(next, key)!;
    update(next, {
      delayMs: 300,
      announce: `${memberLabel(found.member)} flyttad till plats ${moved.place.index + 1} i ${moved.category.name.trim() || 'kategorin'}.`,
    });
  };

  const allCategories = categoriesInOrder(sides).map((c): PasteCategory => {
    const side = sides.find((s) => s.categories.includes(c))!;
    const [sideName, name] = [side.name.trim(), c.name.trim()];
    return { key: c.key, label: sideName ? `${sideName} – ${name || 'Namnlös kategori'}` : name || 'Namnlös kategori', side: sideName, name };
  });
  const existingNames = categoriesInOrder(sides).flatMap((c) => c.members.filter((m) => !m.vacant).map((m) => m.name.trim()));
  const memberTotal = categoriesInOrder(sides).reduce((n, c) => n + c.members.filter((m) => !m.vacant).length, 0);

  const onDragOverRow = (event: DragEvent<HTMLElement>, categoryKey: string, index: number) => {
    if (dragKey === null) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const at = event.clientY > rect.top + rect.height / 2 ? index + 1 : index;
    if (!dropHint || dropHint.categoryKey !== categoryKey || dropHint.index !== at) setDropHint({ categoryKey, index: at });
  };

  const endDrag = () => {
    setDragKey(null);
    setDropHint(null);
  };

  return (
    <section ref={rootRef} className="card roster-card" aria-labelledby={`${baseId}-heading`} data-roster-editor="">
      <div className="card-head">
        <div>
          <h2 id={`${baseId}-heading`} className="card-title">
            Ledamöter
          </h2>
          <p className="card-lead">
            {count(memberTotal, 'person', 'personer')}. Flytta med musen, med knapparna eller med Alt+↑ och Alt+↓. Ett möte behåller
            sin egen lista över kallade när listan här ändras.
          </p>
        </div>
        <RosterPaste
          bodyId={body.id}
          categories={allCategories}
          existingNames={existingNames}
          onAdd={(category, members) => {
            const added: RMember[] = members.map((m) => ({ key: newKey(), ...m }));
            // A body without categories gets the pasted one, without a side.
            const into = allCategories.some((c) => c.key === category.key)
              ? mapCategories(sidesRef.current, (c) => (c.key === category.key ? { ...c, members: [...c.members, ...added] } : c))
              : [...sidesRef.current, { key: newKey(), name: category.side, categories: [{ key: newKey(), name: category.name, members: added }] }];
            update(into, { delayMs: 0, announce: `${count(added.length, 'person', 'personer')} har lagts till i ${category.name}.` });
          }}
        />
      </div>

      {saveError && <ErrorBanner error={saveError} />}
      {undo && (
        <div className="undo-bar" role="status">
          <span>{undo.message}</span>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              const restored = undo.sides;
              setUndo(null);
              update(restored, { delayMs: 0, announce: 'Ångrat.' });
            }}
          >
            Ångra
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => setUndo(null)}>
            Stäng
          </button>
        </div>
      )}

      {sides.length === 0 && <p className="muted roster-empty">Inga sidor eller kategorier ännu. Börja med att lägga till en sida.</p>}

      {sides.map((side, si) => (
        <section
          key={side.key}
          className="roster-side"
          aria-label={side.name.trim() ? `Sida: ${side.name.trim()}` : `Sida ${si + 1}`}
          data-side-key={side.key}
        >
          <div
            className="roster-side-head"
            onKeyDown={(e) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                e.preventDefault();
                update(moveSideBy(sidesRef.current, side.key, e.key === 'ArrowUp' ? -1 : 1), { focus: focusKeyOfActive() });
              }
            }}
          >
            <div className="form-field roster-side-name">
              <label className="field-label" htmlFor={`${baseId}-${side.key}-name`}>
                Sidans namn <span className="field-hint">(kan lämnas tomt)</span>
              </label>
              <input
                id={`${baseId}-${side.key}-name`}
                data-focus-key={`${side.key}:name`}
                className="field-input"
                type="text"
                value={side.name}
                placeholder="För Region Norrvik (RN)"
                autoComplete="off"
                onChange={(e) => {
                  const name = e.target.value;
                  update(
                    sidesRef.current.map((s) => (s.key === side.key ? { ...s, name } : s)),
                    { delayMs: 700 },
                  );
                }}
                onBlur={() => saver.flush()}
              />
            </div>
            <div className="row-actions">
              <MoveButtons
                label={`sidan ${side.name.trim() || si + 1}`}
                focusKey={side.key}
                first={si === 0}
                last={si === sides.length - 1}
                onMove={(delta) =>
                  update(moveSideBy(sidesRef.current, side.key, delta), { focus: `${side.key}:${delta < 0 ? 'up' : 'down'}` })
                }
              />
              <button
                type="button"
                className="button button-quiet button-small danger-quiet"
                onClick={() => {
                  remember(`Sidan ${side.name.trim() || si + 1} har tagits bort.`);
                  update(
                    sidesRef.current.filter((s) => s.key !== side.key),
                    { delayMs: 0, announce: 'Sidan har tagits bort.' },
                  );
                }}
              >
                Ta bort sidan
              </button>
            </div>
          </div>

          {side.categories.map((category, ci) => {
            const categoryLabel = category.name.trim() || 'Namnlös kategori';
            const nameError = errorFor(`${category.key}:name`);
            return (
              <section
                key={category.key}
                className="roster-category"
                aria-label={`Kategori: ${categoryLabel}`}
                data-category-key={category.key}
                data-category-name={category.name.trim()}
              >
                <div
                  className="roster-category-head"
                  onKeyDown={(e) => {
                    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                      e.preventDefault();
                      update(moveCategoryBy(sidesRef.current, category.key, e.key === 'ArrowUp' ? -1 : 1), {
                        focus: focusKeyOfActive(),
                      });
                    }
                  }}
                >
                  <div className="form-field roster-category-name">
                    <label className="field-label" htmlFor={`${baseId}-${category.key}-name`}>
                      Kategorins namn
                    </label>
                    <input
                      id={`${baseId}-${category.key}-name`}
                      data-focus-key={`${category.key}:name`}
                      className="field-input"
                      type="text"
                      value={category.name}
                      autoComplete="off"
                      aria-invalid={nameError ? true : undefined}
                      aria-describedby={nameError ? `${baseId}-${category.key}-name-error` : undefined}
                      onChange={(e) => {
                        const name = e.target.value;
                        update(
                          mapCategories(sidesRef.current, (c) => (c.key === category.key ? { ...c, name } : c)),
                          { delayMs: 700 },
                        );
                      }}
                      onBlur={() => {
                        touch(`${category.key}:name`);
                        saver.flush();
                      }}
                    />
                    {nameError && (
                      <p id={`${baseId}-${category.key}-name-error`} className="field-error">
                        {nameError}
                      </p>
                    )}
                  </div>
                  <div className="row-actions">
                    <MoveButtons
                      label={`kategorin ${categoryLabel}`}
                      focusKey={category.key}
                      first={si === 0 && ci === 0}
                      last={si === sides.length - 1 && ci === side.categories.length - 1}
                      onMove={(delta) =>
                        update(moveCategoryBy(sidesRef.current, category.key, delta), {
                          focus: `${category.key}:${delta < 0 ? 'up' : 'down'}`,
                        })
                      }
                    />
                    <button
                      type="button"
                      className="button button-quiet button-small danger-quiet"
                      onClick={() => {
                        remember(`Kategorin ${categoryLabel} har tagits bort.`);
                        update(
                          sidesRef.current.map((s) => ({ ...s, categories: s.categories.filter((c) => c.key !== category.key) })),
                          { delayMs: 0, announce: `Kategorin ${categoryLabel} har tagits bort.` },
                        );
                      }}
                    >
                      Ta bort kategorin
                    </button>
                  </div>
                </div>

                <div
                  className={`member-list${dropHint?.categoryKey === category.key && category.members.length === 0 ? ' is-drop-target' : ''}`}
                  onDragOver={(e) => {
                    if (dragKey === null) return;
                    e.preventDefault();
                    e.dataTransfer.dropEffect = 'move';
                    if (e.target === e.currentTarget) {
                      const at = category.members.length;
                      if (!dropHint || dropHint.categoryKey !== category.key || dropHint.index !== at)
                        setDropHint({ categoryKey: category.key, index: at });
                    }
                  }}
                  onDrop={(e) => {
                    e.preventDefault();
                    const key = dragKey ?? e.dataTransfer.getData('text/plain');
                    const at = dropHint?.categoryKey === category.key ? dropHint.index : category.members.length;
                    endDrag();
                    if (key) dropMember(key, category.key, at);
                  }}
                >
                  {category.members.length > 0 && (
                    <div className="member-columns" aria-hidden="true">
                      <span />
                      <span>Namn</span>
                      <span>Parti</span>
                      <span>Organisation</span>
                      <span>Titel</span>
                      <span>Funktion</span>
                      <span>Vakant</span>
                      <span />
                    </div>
                  )}
                  {category.members.length === 0 && <p className="muted member-empty">Ingen i kategorin ännu.</p>}
                  {category.members.map((member, mi) => (
                    <MemberRow
                      key={member.key}
                      member={member}
                      position={mi + 1}
                      categoryLabel={categoryLabel}
                      isFirst={si === 0 && ci === 0 && mi === 0}
                      isLast={
                        si === sides.length - 1 && ci === side.categories.length - 1 && mi === category.members.length - 1
                      }
                      dragging={dragKey === member.key}
                      dropBefore={dropHint?.categoryKey === category.key && dropHint.index === mi}
                      dropAfter={
                        dropHint?.categoryKey === category.key && dropHint.index === mi + 1 && mi === category.members.length - 1
                      }
                      errorFor={errorFor}
                      onEdit={(patch, delayMs) => editMember(member.key, patch, delayMs)}
                      onBlurField={(field) => {
                        touch(`${member.key}:${field}`);
                        saver.flush();
                      }}
                      onMove={(delta) => moveMember(member, delta)}
                      onRemove={() => {
                        remember(`${memberLabel(member)} har tagits bort.`);
                        const nextFocus = category.members[mi + 1]?.key ?? category.members[mi - 1]?.key;
                        update(
                          mapCategories(sidesRef.current, (c) =>
                            c.key === category.key ? { ...c, members: c.members.filter((m) => m.key !== member.key) } : c,
                          ),
                          {
                            delayMs: 0,
                            focus: nextFocus ? `${nextFocus}:name` : `${category.key}:add`,
                            announce: `${memberLabel(member)} har tagits bort.`,
                          },
                        );
                      }}
                      onDragStart={(e) => {
                        setDragKey(member.key);
                        e.dataTransfer.effectAllowed = 'move';
                        e.dataTransfer.setData('text/plain', member.key);
                        const row = (e.currentTarget as HTMLElement).closest('.member-row');
                        if (row instanceof HTMLElement) e.dataTransfer.setDragImage(row, 16, 16);
                      }}
                      onDragEnd={endDrag}
                      onDragOver={(e) => onDragOverRow(e, category.key, mi)}
                      onDrop={(e) => {
                        e.preventDefault();
                        e.stopPropagation();
                        const key = dragKey ?? e.dataTransfer.getData('text/plain');
                        const at = dropHint?.categoryKey === category.key ? dropHint.index : mi;
                        endDrag();
                        if (key) dropMember(key, category.key, at);
                      }}
                    />
                  ))}
                </div>
                <div className="category-actions">
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    data-focus-key={`${category.key}:add`}
                    onClick={() => {
                      const member = emptyMember();
                      update(
                        mapCategories(sidesRef.current, (c) => (c.key === category.key ? { ...c, members: [...c.members, member] } : c)),
                        { focus: `${member.key}:name` },
                      );
                    }}
                  >
                    + Lägg till person i {categoryLabel}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => {
                      const member: RMember = { ...emptyMember(), vacant: true };
                      update(
                        mapCategories(sidesRef.current, (c) => (c.key === category.key ? { ...c, members: [...c.members, member] } : c)),
                        { delayMs: 0, focus: `${member.key}:vacant`, announce: `En vakant plats har lagts till i ${categoryLabel}.` },
                      );
                    }}
                  >
                    + Vakant plats
                  </button>
                </div>
              </section>
            );
          })}
          <div className="side-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                const category: RCategory = { key: newKey(), name: 'Ny kategori', members: [] };
                update(
                  sidesRef.current.map((s) => (s.key === side.key ? { ...s, categories: [...s.categories, category] } : s)),
                  { delayMs: 300, focus: `${category.key}:name`, select: true },
                );
              }}
            >
              + Lägg till kategori
            </button>
          </div>
        </section>
      ))}

      <div className="roster-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const side: RSide = { key: newKey(), name: '', categories: [{ key: newKey(), name: 'Ny kategori', members: [] }] };
            update([...sidesRef.current, side], { delayMs: 300, focus: `${side.key}:name` });
          }}
        >
          + Lägg till sida
        </button>
      </div>

      <LiveText text={announce} />
    </section>
  );
}

function MoveButtons({
  label,
  focusKey,
  first,
  last,
  onMove,
}: {
  label: string;
  focusKey: string;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={`Flytta upp ${label}`}
        title="Flytta upp (Alt+↑)"
        data-focus-key={`${focusKey}:up`}
        aria-disabled={first || undefined}
        onClick={() => {
          if (!first) onMove(-1);
        }}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Flytta ner ${label}`}
        title="Flytta ner (Alt+↓)"
        data-focus-key={`${focusKey}:down`}
        aria-disabled={last || undefined}
        onClick={() => {
          if (!last) onMove(1);
        }}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}

type MemberField = 'name' | 'party' | 'organisation' | 'title';

function MemberRow({
  member,
  position,
  categoryLabel,
  isFirst,
  isLast,
  dragging,
  dropBefore,
  dropAfter,
  errorFor,
  onEdit,
  onBlurField,
  onMove,
  onRemove,
  onDragStart,
  onDragEnd,
  onDragOver,
  onDrop,
}: {
  member: RMember;
  position: number;
  categoryLabel: string;
  isFirst: boolean;
  isLast: boolean;
  dragging: boolean;
  dropBefore: boolean;
  dropAfter: boolean;
  errorFor: (key: string) => string | undefined;
  onEdit: (patch: Partial<RMember>, delayMs?: number) => void;
  onBlurField: (field: MemberField) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
}) {
  const id = useId();
  const label = memberLabel(member);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      onMove(e.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const text = (field: MemberField, fieldLabel: string, extra?: { placeholder?: string; maxLength?: number }) => {
    const error = errorFor(`${member.key}:${field}`);
    return (
      <div className={`member-cell cell-${field}`}>
        <input
          data-focus-key={`${member.key}:${field}`}
          className="field-input"
          type="text"
          aria-label={fieldLabel}
          value={member[field]}
          placeholder={extra?.placeholder}
          maxLength={extra?.maxLength}
          autoComplete="off"
          disabled={member.vacant}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          onChange={(e) => onEdit({ [field]: e.target.value })}
          onBlur={() => onBlurField(field)}
        />
        {error && (
          <p id={`${id}-${field}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <div
      role="group"
      aria-label={`${label}, plats ${position} i ${categoryLabel}`}
      className={`member-row${dragging ? ' is-dragging' : ''}${dropBefore ? ' drop-before' : ''}${dropAfter ? ' drop-after' : ''}${member.vacant ? ' is-vacant' : ''}`}
      data-member-row=""
      data-member-name={member.vacant ? '' : member.name.trim()}
      data-vacant={member.vacant ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <span
        className="drag-handle"
        draggable
        title="Dra för att flytta"
        aria-hidden="true"
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
      >
        ⋮⋮
      </span>
      {member.vacant ? (
        <div className="member-cell cell-vacant-name">
          <span className="vacant-text">Vakant</span>
        </div>
      ) : (
        text('name', 'Namn', { placeholder: 'Namn' })
      )}
      {!member.vacant && text('party', 'Parti', { placeholder: 'Parti' })}
      {!member.vacant && text('organisation', 'Organisation', { placeholder: 'Organisation' })}
      {!member.vacant && text('title', 'Titel', { placeholder: 'Titel' })}
      <div className="member-cell cell-role">
        <select
          data-focus-key={`${member.key}:role`}
          className="field-input"
          aria-label="Funktion"
          value={member.role}
          onChange={(e) => onEdit({ role: e.target.value as Role }, 0)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleOptionLabel(role)}
            </option>
          ))}
        </select>
      </div>
      <label className="member-cell cell-vacant">
        <input
          type="checkbox"
          data-focus-key={`${member.key}:vacant`}
          checked={member.vacant}
          onChange={(e) => onEdit({ vacant: e.target.checked }, 0)}
        />
        <span className="cell-vacant-label">Vakant</span>
      </label>
      <div className="member-cell cell-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Flytta upp ${label}`}
          title="Flytta upp (Alt+↑)"
          data-focus-key={`${member.key}:up`}
          aria-disabled={isFirst || undefined}
          onClick={() => {
            if (!isFirst) onMove(-1);
          }}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Flytta ner ${label}`}
          title="Flytta ner (Alt+↓)"
          data-focus-key={`${member.key}:down`}
          aria-disabled={isLast || undefined}
          onClick={() => {
            if (!isLast) onMove(1);
          }}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="icon-button danger-quiet" aria-label={`Ta bort ${label}`} title="Ta bort" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
