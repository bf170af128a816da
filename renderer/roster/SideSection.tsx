import { MoveButtons } from '../components/MoveButtons';
import { CategorySection } from './CategorySection';
import { addCategory, moveSideBy, newCategory, removeSide, renameSide, type RosterMember, type RosterSide } from './rosterModel';
import type { MemberDrag } from './useMemberDrag';
import { altArrow, focusKeyOfActive, type RosterEditorState } from './useRosterEditor';
import { RosterNameField } from './RosterNameField';

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
  const move = (delta: -1 | 1, focus: string | undefined) => change((s) => moveSideBy(s, side.key, delta), { focus });

  return (
    <section
      className="roster-side"
      aria-label={side.name.trim() ? `Sida: ${side.name.trim()}` : `Sida ${index + 1}`}
      data-side-key={side.key}
    >
      <div
        className="roster-side-head"
        onKeyDown={(e) => {
          const delta = altArrow(e);
          if (delta) move(delta, focusKeyOfActive());
        }}
      >
        <RosterNameField
          id={`${baseId}-${side.key}-name`}
          focusKey={`${side.key}:name`}
          className="roster-side-name"
          label={
            <>
              Sidans namn <span className="field-hint">(kan lämnas tomt)</span>
            </>
          }
          value={side.name}
          placeholder="För Region Norrvik (RN)"
          onChange={(name) => change((s) => renameSide(s, side.key, name), { delayMs: 700 })}
          onBlur={() => editor.leave()}
        />
        <div className="row-actions">
          <MoveButtons
            label={`sidan ${side.name.trim() || index + 1}`}
            focusKey={side.key}
            first={first}
            last={last}
            onMove={(d, focus) => move(d === 'up' ? -1 : 1, focus)}
          />
          <button
            type="button"
            className="button button-quiet button-small danger-quiet"
            onClick={() => {
              remember(`Sidan ${side.name.trim() || index + 1} har tagits bort.`);
              change((s) => removeSide(s, side.key), { delayMs: 0, announce: 'Sidan har tagits bort.' });
            }}
          >
            Ta bort sidan
          </button>
        </div>
      </div>

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
