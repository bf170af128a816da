import { MemberColumns, MemberRow } from './MemberRow';
import {
  addMembers,
  editMember,
  emptyMember,
  memberLabel,
  moveCategoryBy,
  removeCategory,
  removeMember,
  renameCategory,
  type RosterCategory,
  type RosterMember,
} from './rosterModel';
import type { MemberDrag } from './useMemberDrag';
import type { RosterEditorState } from './useRosterEditor';
import { RosterEntryHead } from './RosterEntryHead';

/** Where a category or member stands in the whole roster: the move buttons at its ends do nothing. */
interface Place {
  first: boolean;
  last: boolean;
}

/** One category of a side: its name and buttons, its members (with drag and drop) and the buttons that add to it. */
export function CategorySection({
  editor,
  drag,
  category,
  place,
  onMoveMember,
}: {
  editor: RosterEditorState;
  drag: MemberDrag;
  category: RosterCategory;
  place: Place;
  onMoveMember: (member: RosterMember, delta: -1 | 1) => void;
}) {
  const { baseId, change, remember } = editor;
  const categoryLabel = category.name.trim() || 'Namnlös kategori';
  const members = category.members;
  const add = (member: RosterMember, options: { delayMs?: number; focus: string; announce?: string }) =>
    change((s) => addMembers(s, category.key, [member]), options);

  return (
    <section
      className="roster-category"
      aria-label={`Kategori: ${categoryLabel}`}
      data-category-key={category.key}
      data-category-name={category.name.trim()}
    >
      <RosterEntryHead
        className="roster-category-head"
        fieldClassName="roster-category-name"
        entryKey={category.key}
        inputId={`${baseId}-${category.key}-name`}
        label="Kategorins namn"
        value={category.name}
        error={editor.errorFor(`${category.key}:name`)}
        onRename={(name) => change((s) => renameCategory(s, category.key, name), { delayMs: 700 })}
        onLeave={() => editor.leave(`${category.key}:name`)}
        moveLabel={`kategorin ${categoryLabel}`}
        first={place.first}
        last={place.last}
        onMove={(delta, focus) => change((s) => moveCategoryBy(s, category.key, delta), { focus })}
        removeText="Ta bort kategorin"
        onRemove={() => {
          remember(`Kategorin ${categoryLabel} har tagits bort.`);
          change((s) => removeCategory(s, category.key), { delayMs: 0, announce: `Kategorin ${categoryLabel} har tagits bort.` });
        }}
      />

      <div
        className={`member-list${drag.isOver(category.key) && members.length === 0 ? ' is-drop-target' : ''}`}
        onDragOver={(e) => drag.overList(e, category.key, members.length)}
        onDrop={(e) => drag.dropOnList(e, category.key, members.length)}
      >
        {members.length > 0 && <MemberColumns />}
        {members.length === 0 && <p className="muted member-empty">Ingen i kategorin ännu.</p>}
        {members.map((member, mi) => (
          <MemberRow
            key={member.key}
            member={member}
            position={mi + 1}
            categoryLabel={categoryLabel}
            isFirst={place.first && mi === 0}
            isLast={place.last && mi === members.length - 1}
            dragging={drag.dragKey === member.key}
            dropBefore={drag.isHint(category.key, mi)}
            dropAfter={drag.isHint(category.key, mi + 1) && mi === members.length - 1}
            errorFor={editor.errorFor}
            onEdit={(patch, delayMs = 600) => change((s) => editMember(s, member.key, patch), { delayMs })}
            onBlurField={(field) => editor.leave(`${member.key}:${field}`)}
            onMove={(delta) => onMoveMember(member, delta)}
            onRemove={() => {
              remember(`${memberLabel(member)} har tagits bort.`);
              const nextFocus = members[mi + 1]?.key ?? members[mi - 1]?.key;
              change((s) => removeMember(s, member.key), {
                delayMs: 0,
                focus: nextFocus ? `${nextFocus}:name` : `${category.key}:add`,
                announce: `${memberLabel(member)} har tagits bort.`,
              });
            }}
            onDragStart={(e) => drag.start(e, member.key)}
            onDragEnd={drag.end}
            onDragOver={(e) => drag.overRow(e, category.key, mi)}
            onDrop={(e) => drag.dropOnRow(e, category.key, mi)}
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
            add(member, { focus: `${member.key}:name` });
          }}
        >
          + Lägg till person i {categoryLabel}
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => {
            const member: RosterMember = { ...emptyMember(), vacant: true };
            add(member, { delayMs: 0, focus: `${member.key}:vacant`, announce: `En vakant plats har lagts till i ${categoryLabel}.` });
          }}
        >
          + Vakant plats
        </button>
      </div>
    </section>
  );
}
