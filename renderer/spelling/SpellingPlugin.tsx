import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  BLUR_COMMAND,
  COMMAND_PRIORITY_LOW,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { flagAt, flagsOf, nextFlag, unknownSignal, type Caret, type Flag } from './flags';
export { NEXT_MISSPELLING_SHORTCUT } from './flags';
import { isPointOn, paintUnderlines, rangeInText } from './highlights';
import { useLiveSpellingPreference } from './livePreference';
import { spellingClient } from './spellingClient';
import { addBodyWord, ignoreWord, knownSetOf, loadMeetingWords, refreshMeetingWords, subscribeWords } from './spellingWords';
import { SpellingMenu, type MenuChoice } from './SpellingMenu';
import { LiveText } from '../components/LiveText';
import './spelling.css';

/**
 * Live spelling in one notes editor: after her edits (debounced, off the
 * keystroke path) the editor's text goes to the spelling worker, and the
 * words it does not know are underlined with the CSS Custom Highlight API.
 * Right-click on an underlined word, the ContextMenu key or Shift+F10 at one,
 * or Alt+F7 (the next one) opens the spelling menu.
 *
 * Test signals on the editor's root: `data-spelling-state`
 * ("checking" | "ready" | "off" | "unavailable") and `data-spelling-unknown`
 * (the underlined words in order).
 */

/** A pause in typing this long and the text is checked. */
const CHECK_DELAY_MS = 200;

export type SpellingState = 'checking' | 'ready' | 'off' | 'unavailable';

const NOTHING_FLAGGED = 'Inga stavfel i anteckningarna.';

interface Underlined {
  readonly flag: Flag;
  readonly range: Range;
}

interface OpenMenu {
  readonly flag: Flag;
  readonly suggestions: readonly string[];
  readonly anchor: DOMRect;
}

function signal(editor: LexicalEditor, state: SpellingState, unknown: string): void {
  const root = editor.getRootElement();
  if (!root) return;
  if (root.dataset['spellingState'] !== state) root.dataset['spellingState'] = state;
  if (root.dataset['spellingUnknown'] !== unknown) root.dataset['spellingUnknown'] = unknown;
}

function $caret(): Caret | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const focus = selection.focus;
  return focus.type === 'text' ? { key: focus.key, offset: focus.offset } : null;
}

function $textNodes(): { key: string; text: string }[] {
  return $getRoot()
    .getAllTextNodes()
    .map((node) => ({ key: node.getKey(), text: node.getTextContent() }));
}

export function SpellingPlugin({ meetingId }: { meetingId: number }) {
  const [editor] = useLexicalComposerContext();
  const [live] = useLiveSpellingPreference();
  const underlined = useRef<Underlined[]>([]);
  const order = useRef<string[]>([]);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (!live) {
      underlined.current = [];
      paintUnderlines(editor, []);
      signal(editor, 'off', '');
      return undefined;
    }
    const set = knownSetOf(meetingId);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run = 0;
    let typing = false;
    let disposed = false;
    let lastPainting = '';

    const check = async () => {
      const mine = ++run;
      const before = editor.getEditorState();
      const { nodes, caret } = before.read(() => ({ nodes: $textNodes(), caret: $caret() }));
      await loadMeetingWords(meetingId);
      const answers = await spellingClient.check(set, nodes);
      if (disposed || mine !== run) return;
      if (spellingClient.getState() === 'unavailable') {
        lastPainting = '';
        underlined.current = [];
        paintUnderlines(editor, []);
        signal(editor, 'unavailable', '');
        return;
      }
      // She went on typing while the worker answered: check again, this answer is of older text.
      if (editor.getEditorState() !== before) return schedule();
      const texts = new Map(nodes.map((node) => [node.key, node.text]));
      const flags = flagsOf(nodes, answers, caret, typing);
      // Only the caret moved, or nothing changed: the ranges painted follow the text by themselves
      // (unless Lexical made new DOM or text for a node, as when it turns bold).
      const painting = JSON.stringify([flags, nodes]);
      const stillShown = underlined.current.every((u) => u.range.startContainer.isConnected && u.range.toString() === u.flag.word);
      if (painting === lastPainting && stillShown) return signal(editor, 'ready', unknownSignal(underlined.current.map((u) => u.flag)));
      lastPainting = painting;
      const painted: Underlined[] = [];
      for (const flag of flags) {
        const range = rangeInText(editor.getElementByKey(flag.key), texts.get(flag.key) ?? '', flag.start, flag.end);
        if (range) painted.push({ flag, range });
      }
      underlined.current = painted;
      order.current = nodes.map((node) => node.key);
      paintUnderlines(
        editor,
        painted.map((u) => u.range),
      );
      signal(editor, 'ready', unknownSignal(painted.map((u) => u.flag)));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), CHECK_DELAY_MS);
    };

    signal(editor, 'checking', editor.getRootElement()?.dataset['spellingUnknown'] ?? '');
    refreshMeetingWords(meetingId);
    spellingClient.start();
    const stopUpdates = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, tags }) => {
      const edited = dirtyLeaves.size > 0 || dirtyElements.size > 0;
      // Undo and redo put finished words back: they are underlined at once, caret or not.
      if (edited) typing = !tags.has(HISTORIC_TAG);
      else typing = false;
      signal(editor, 'checking', editor.getRootElement()?.dataset['spellingUnknown'] ?? '');
      schedule();
    });
    // Leaving the notes finishes the word she was typing.
    const stopBlur = editor.registerCommand(
      BLUR_COMMAND,
      () => {
        typing = false;
        schedule();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    const stopWords = subscribeWords(schedule);
    const stopState = spellingClient.subscribe(schedule);
    schedule();
    return () => {
      disposed = true;
      clearTimeout(timer);
      stopUpdates();
      stopBlur();
      stopWords();
      stopState();
      underlined.current = [];
      paintUnderlines(editor, []);
    };
  }, [editor, meetingId, live]);

  const openAt = useCallback(
    async (target: Underlined) => {
      // Notes another window writes to are read-only here: the word may be added or ignored, not replaced.
      const suggestions = editor.isEditable() ? await spellingClient.suggest(target.flag.word) : [];
      setNotice(null);
      setMenu({ flag: target.flag, suggestions, anchor: target.range.getBoundingClientRect() });
    },
    [editor],
  );

  // The keyboard: the ContextMenu key or Shift+F10 at an underlined word, Alt+F7 to the next one.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const atCaret = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
          const next = event.key === 'F7' && event.altKey && !event.ctrlKey && !event.metaKey;
          if (!atCaret && !next) return false;
          const caret = editor.getEditorState().read($caret);
          const flags = underlined.current.map((u) => u.flag);
          const flag = atCaret ? flagAt(flags, caret) : nextFlag(flags, order.current, caret);
          const target = underlined.current.find((u) => u.flag === flag);
          if (!target) {
            if (!next || editor.getRootElement()?.dataset['spellingState'] !== 'ready') return false;
            // Alt+F7 with nothing underlined: say so, rather than nothing happening.
            event.preventDefault();
            setSaid((before) => (before === NOTHING_FLAGGED ? `${NOTHING_FLAGGED}\u00a0` : NOTHING_FLAGGED));
            return true;
          }
          event.preventDefault();
          setSaid('');
          if (next) {
            editor.update(() => {
              const node = $getNodeByKey(target.flag.key);
              if ($isTextNode(node)) node.select(target.flag.start, target.flag.end);
            });
          }
          void openAt(target);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, openAt],
  );

  // The mouse: a right-click on an underlined word opens the spelling menu instead of the browser's.
  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const target = underlined.current.find((u) => isPointOn(u.range, event.clientX, event.clientY));
      if (!target) return;
      event.preventDefault();
      void openAt(target);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor, openAt]);

  /** Focus back in the editor, the caret at the end of the word (or of what replaced it). */
  const returnToWord = (flag: Flag, end = flag.end) => {
    editor.update(() => {
      const node = $getNodeByKey(flag.key);
      if ($isTextNode(node) && end <= node.getTextContentSize()) node.select(end, end);
    });
    editor.focus();
  };

  const choose = async (choice: MenuChoice) => {
    if (!menu) return;
    const { flag } = menu;
    setMenu(null);
    switch (choice.kind) {
      case 'replace':
        // One undo step of its own: Ctrl+Z brings the typo back.
        editor.update(
          () => {
            const node = $getNodeByKey(flag.key);
            if (!editor.isEditable() || !$isTextNode(node) || node.getTextContent().slice(flag.start, flag.end) !== flag.word) return;
            node.spliceText(flag.start, flag.end - flag.start, choice.word, true);
          },
          { tag: HISTORY_PUSH_TAG },
        );
        editor.focus();
        return;
      case 'add': {
        returnToWord(flag);
        const problem = await addBodyWord(meetingId, flag.word);
        if (problem) setNotice(`”${flag.word}” kunde inte läggas till i ordlistan: ${problem}`);
        return;
      }
      case 'ignore':
        ignoreWord(flag.word);
        returnToWord(flag);
        return;
      case 'close':
        returnToWord(flag);
        return;
      case 'leave':
        return;
      default: {
        const never: never = choice;
        return never;
      }
    }
  };

  return (
    <>
      {/* In the body: the notes' content-visibility contains and clips fixed descendants, so a menu
          inside them would be placed against the notes' box and cut off. */}
      {menu &&
        createPortal(
          <SpellingMenu word={menu.flag.word} suggestions={menu.suggestions} anchor={menu.anchor} onChoose={(c) => void choose(c)} />,
          document.body,
        )}
      {live && <LiveText text={said} />}
      {notice && (
        <p className="spelling-notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
