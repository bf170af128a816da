import { CategorySection } from './CategorySection';
import { addCategory, moveSideBy, newCategory, removeSide, renameSide, type RosterMember, type RosterSide } from './rosterModel';
import type { MemberDrag } from './useMemberDrag';
import type { RosterEditorState } from './useRosterEditor';
import { RosterEntryHead } from './RosterEntryHead';

/** One side of the body ("För Region Norrvik (RN)"): its name and buttons, its categories, and "Lägg till kategori". */
export function SideSection({
  editor,
  drag,
  side,
  index,
  onMoveMember,
}: {
  editor: RosterEditorState;
  drag: MemberDrag;
  side: RosterSide;
  index: number;
  onMoveMember: (member: RosterMember, delta: -1 | 1) => void;
}) {
  const { baseId, sides, change, remember } = editor;
  const [first, last] = [index === 0, index === sides.length - 1];

  return (
    <section
      className="roster-side"
      aria-label={side.name.trim() ? `Sida: ${side.name.trim()}` : `Sida ${index + 1}`}
      data-side-key={side.key}
    >
      <RosterEntryHead
        className="roster-side-head"
        fieldClassName="roster-side-name"
        entryKey={side.key}
        inputId={`${baseId}-${side.key}-name`}
        label={
          <>
            Sidans namn <span className="field-hint">(kan lämnas tomt)</span>
          </>
        }
        value={side.name}
        placeholder="För Region Norrvik (RN)"
        onRename={(name) => change((s) => renameSide(s, side.key, name), { delayMs: 700 })}
        onLeave={() => editor.leave()}
        moveLabel={`sidan ${side.name.trim() || index + 1}`}
        first={first}
        last={last}
        onMove={(delta, focus) => change((s) => moveSideBy(s, side.key, delta), { focus })}
        removeText="Ta bort sidan"
        onRemove={() => {
          remember(`Sidan ${side.name.trim() || index + 1} har tagits bort.`);
          change((s) => removeSide(s, side.key), { delayMs: 0, announce: 'Sidan har tagits bort.' });
        }}
      />

      {side.categories.map((category, ci) => (
        <CategorySection
          key={category.key}
          editor={editor}
          drag={drag}
          category={category}
          place={{ first: first && ci === 0, last: last && ci === side.categories.length - 1 }}
          onMoveMember={onMoveMember}
        />
      ))}
      <div className="side-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const category = newCategory();
            change((s) => addCategory(s, side.key, category), { delayMs: 300, focus: `${category.key}:name`, select: true });
          }}
        >
          + Lägg till kategori
        </button>
      </div>
    </section>
  );
}
