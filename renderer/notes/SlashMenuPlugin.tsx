import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { $getSelection, $isRangeSelection, type TextNode } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $buildSlashBlock, $placeSlashBlock, filterSlashBlocks, type SlashBlock } from './blocks';

class SlashOption extends MenuOption {
  constructor(readonly block: SlashBlock) {
    super(block.id);
  }
}

const MENU_NAME = 'Infoga block';

/**
 * Lexical's menu container is the listbox the editor points at
 * (`aria-controls`), and Lexical names it "Typeahead menu" whenever it
 * attaches it: the name is kept Swedish here, as long as the menu is open.
 */
function SwedishMenuName({ container }: { container: HTMLElement }) {
  useLayoutEffect(() => {
    const name = () => {
      if (container.getAttribute('aria-label') !== MENU_NAME) container.setAttribute('aria-label', MENU_NAME);
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(container, { attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [container]);
  return null;
}

/**
 * "/" at the start of a paragraph or after a space opens a menu of the blocks
 * secretaries use; typing filters it, ↑/↓ and Enter (or Tab) choose, Esc closes.
 */
export function SlashMenuPlugin({ formalName }: { formalName: string }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const triggerFn = useBasicTypeaheadTriggerMatch('/', { minLength: 0, maxLength: 20 });

  const options = useMemo(() => filterSlashBlocks(query ?? '').map((b) => new SlashOption(b)), [query]);

  const onSelectOption = useCallback(
    (option: SlashOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        textNode?.remove();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        const block = selection.anchor.getNode().getTopLevelElementOrThrow();
        $placeSlashBlock(block, $buildSlashBlock(option.block.id, { formalName }));
      });
      closeMenu();
    },
    [editor, formalName],
  );

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      anchorClassName="slash-menu-anchor"
      menuRenderFn={(anchorRef, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options: shown }) => {
        if (!anchorRef.current || shown.length === 0) return null;
        return createPortal(
          <div className="slash-menu" data-slash-menu="">
            <SwedishMenuName container={anchorRef.current} />
            {/* The options belong to Lexical's container, the listbox; the editor's
                aria-activedescendant names them "typeahead-item-N". */}
            <ul role="presentation">
              {shown.map((option, i) => (
                <li
                  key={option.key}
                  ref={(el) => option.setRefElement(el)}
                  id={`typeahead-item-${i}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={selectedIndex === i}
                  className={`slash-option${selectedIndex === i ? ' is-active' : ''}`}
                  data-slash-option={option.block.label}
                  onMouseEnter={() => setHighlightedIndex(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setHighlightedIndex(i);
                    selectOptionAndCleanUp(option);
                  }}
                >
                  <span className="slash-option-label">{option.block.label}</span>
                  <span className="slash-option-hint">{option.block.hint}</span>
                </li>
              ))}
            </ul>
          </div>,
          anchorRef.current,
        );
      }}
    />
  );
}
