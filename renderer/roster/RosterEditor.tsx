import type { Body } from '../../shared/model/domain';
import { count } from '../app/text';
import { ErrorBanner } from '../components/Banner';
import type { BodySaveState } from '../components/BodySaveState';
import { LiveText } from '../components/LiveText';
import { RosterPaste } from './RosterPaste';
import { SideSection } from './SideSection';
import {
  addPasted,
  dropMember,
  memberLabel,
  moveMemberBy,
  movedText,
  newCategory,
  newKey,
  pasteCategories,
  personNames,
  type RosterMember,
  type RosterSide,
} from './rosterModel';
import { useMemberDrag } from './useMemberDrag';
import { focusKeyOfActive, useRosterEditor } from './useRosterEditor';

/**
 * "Ledamöter": the body's roster of ordered sides, categories and members,
 * edited in place and saved as a whole tree (roster:save) after a short pause.
 * Members move with drag and drop, with Alt+↑/Alt+↓ or with the "Flytta
 * upp"/"Flytta ner" buttons; many can be pasted at once from Excel or Word.
 */
export function RosterEditor({ body, onState }: { body: Body; onState: (state: BodySaveState) => void }) {
  const editor = useRosterEditor(body, onState);
  const { baseId, sides, change, setAnnounce, undo } = editor;

  const drag = useMemberDrag((key, categoryKey, index) => {
    const next = dropMember(editor.current(), key, categoryKey, index);
    if (next !== editor.current()) editor.update(next, { delayMs: 300, announce: movedText(next, key) });
  });

  const moveMember = (member: RosterMember, delta: -1 | 1) => {
    const next = moveMemberBy(editor.current(), member.key, delta);
    if (next === editor.current()) {
      setAnnounce(delta < 0 ? `${memberLabel(member)} står redan först.` : `${memberLabel(member)} står redan sist.`);
      return;
    }
    editor.update(next, { delayMs: 300, focus: focusKeyOfActive() ?? `${member.key}:name`, announce: movedText(next, member.key) });
  };

  const names = personNames(sides);

  return (
    <section ref={editor.rootRef} className="card roster-card" aria-labelledby={`${baseId}-heading`} data-roster-editor="">
      <div className="card-head">
        <div>
          <h2 id={`${baseId}-heading`} className="card-title">
            Ledamöter
          </h2>
          <p className="card-lead">
            {count(names.length, 'person', 'personer')}. Flytta med musen, med knapparna eller med Alt+↑ och Alt+↓. Ett möte behåller
            sin egen lista över kallade när listan här ändras.
          </p>
        </div>
        <RosterPaste
          bodyId={body.id}
          categories={pasteCategories(sides)}
          existingNames={names}
          onAdd={(category, members) =>
            change((s) => addPasted(s, category, members), {
              delayMs: 0,
              announce: `${count(members.length, 'person', 'personer')} har lagts till i ${category.name}.`,
            })
          }
        />
      </div>

      {editor.saveError && <ErrorBanner error={editor.saveError} />}
      {undo && (
        <div className="undo-bar" role="status">
          <span>{undo.message}</span>
          <button type="button" className="button button-small" onClick={editor.undoLast}>
            Ångra
          </button>
          <button type="button" className="button button-quiet button-small" onClick={editor.closeUndo}>
            Stäng
          </button>
        </div>
      )}

      {sides.length === 0 && <p className="muted roster-empty">Inga sidor eller kategorier ännu. Börja med att lägga till en sida.</p>}

      {sides.map((side, si) => (
        <SideSection key={side.key} editor={editor} drag={drag} side={side} index={si} onMoveMember={moveMember} />
      ))}

      <div className="roster-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const side: RosterSide = { key: newKey(), name: '', categories: [newCategory()] };
            change((s) => [...s, side], { delayMs: 300, focus: `${side.key}:name` });
          }}
        >
          + Lägg till sida
        </button>
      </div>

      <LiveText text={editor.announce} />
    </section>
  );
}
