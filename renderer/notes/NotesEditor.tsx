import { useEffect, useState } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import type { EditorState } from 'lexical';
import type { NotesDocument } from '../../shared/notes/schema';
import { isNotesEmpty } from '../../shared/notes/text';
import { NOTES_SHORTCUT_TRANSFORMERS } from '../../shared/notes/lexical/markdown';
import { NOTES_NODES } from '../../shared/notes/lexical/nodes';
import { AUTO_LINK_MATCHERS, NOTES_THEME, validateLinkUrl } from './config';
import { notesAutosaver, useItemConflict, useItemSaveStatus } from './autosave';
import { PendingNotes, useMountWhenNear } from './PendingNotes';
import { notesSizeStyle } from './notesHeight';
import { EditablePlugin, FocusPlugin, NoteHeadingLevelPlugin, StandpointKeyPlugin, TableScrollFocusPlugin } from './editorPlugins';
import { NotesErrorBoundary } from './NotesErrorBoundary';
import { BoundedHistoryPlugin } from './BoundedHistoryPlugin';
import { ListTabPlugin } from './ListTabPlugin';
import { PastePlugin } from './PastePlugin';
import { CaretSyncPlugin } from './CaretSyncPlugin';
import { SlashMenuPlugin } from './SlashMenuPlugin';
import { Toolbar } from './toolbar/Toolbar';
import { NotesConflictBar } from './NotesConflictBar';
import { NotesCopiesList } from './NotesCopiesList';
import { ItemLockNote, TakeOverPlugin } from './ItemLockNote';
import { useItemLock } from './itemLock';
import { STORED_NOTES_TAG } from './storedNotes';
import { WarningIcon } from './WarningIcon';
import { NEXT_MISSPELLING_SHORTCUT, SpellingPlugin } from '../spelling/SpellingPlugin';
import './conflict.css';

// The plugin takes a mutable array and re-registers when it changes: one copy for every editor.
const MARKDOWN_SHORTCUTS = [...NOTES_SHORTCUT_TRANSFORMERS];

export interface NotesEditorProps {
  meetingId: number;
  itemId: number;
  /** The stored notes (Lexical JSON), or null for none yet. */
  initialNotes: NotesDocument | null;
  /**
   * The stored revision `initialNotes` started from (see notesAutosaver.seed):
   * every save sends it, so a save over another window's newer text is refused.
   */
  notesRevision: number;
  /** The item's printed number and title, "4. Färdplan …". */
  itemLabel: string;
  /** The outline level of the item's heading (h3 in the meeting, h1 in live mode): note headings go below it. */
  itemHeadingLevel: number;
  readOnly: boolean;
  /** The body's formal name, for the "… beslutar att" block of the slash menu. */
  formalName?: string;
  /** Put the caret at the end of the notes when the editor appears (live mode). */
  autoFocus?: boolean;
  /**
   * Mount the editor when it is on or near the screen, or in idle time (a
   * meeting's thirty items); until then its text is shown plain. Without it the
   * editor mounts at once (the single item of live mode).
   */
  deferred?: boolean;
}

/**
 * One agenda item's notes: a Lexical rich-text editor that saves itself.
 * The editor owns its state; React only mounts it. Changes go straight to the
 * autosaver, so typing never re-renders anything above this component.
 */
export function NotesEditor(props: NotesEditorProps) {
  const mount = useMountWhenNear(props.deferred === true);
  if (mount.state === 'waiting') {
    return (
      <PendingNotes
        placeholderRef={mount.ref}
        notes={props.initialNotes}
        meetingId={props.meetingId}
        itemId={props.itemId}
        readOnly={props.readOnly}
        onWanted={mount.mountForUser}
      />
    );
  }
  return (
    <NotesErrorBoundary notes={props.initialNotes} itemLabel={props.itemLabel}>
      <NotesEditorInner {...props} autoFocus={props.autoFocus === true || mount.state === 'wanted'} />
    </NotesErrorBoundary>
  );
}

function initialEditorState(notes: NotesDocument | null): string | undefined {
  // Lexical refuses to load a root without children; start empty instead.
  if (!notes || notes.root.children.length === 0) return undefined;
  return JSON.stringify(notes);
}

function NotesEditorInner({
  meetingId,
  itemId,
  initialNotes,
  notesRevision,
  itemLabel,
  itemHeadingLevel,
  readOnly,
  formalName = '',
  autoFocus = false,
}: NotesEditorProps) {
  // Read once: the editor owns its content from here on.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: `anteckna-notes-${meetingId}-${itemId}`,
    nodes: NOTES_NODES,
    theme: NOTES_THEME,
    editable: !readOnly,
    editorState: initialEditorState(initialNotes),
    onError: (error: Error) => {
      console.error('Anteckningsredigeraren:', error);
    },
  }));

  // Whether these notes had text decides if emptying them may replace what is stored.
  const [hadText] = useState(() => !isNotesEmpty(initialNotes));
  const [revision] = useState(notesRevision);
  useEffect(() => notesAutosaver.begin(meetingId, itemId, hadText, revision), [meetingId, itemId, hadText, revision]);

  const onChange = (editorState: EditorState, _editor: unknown, tags: Set<string>) => {
    // Stored text put in the editor (see storedNotes.ts) is not a change to save.
    if (tags.has(STORED_NOTES_TAG)) return;
    notesAutosaver.change(meetingId, itemId, editorState);
  };

  // One tab writes to an item at a time (itemLock.ts); here it is read-only while another holds it,
  // and once the lock comes here, until the newest saved text is shown.
  const lock = useItemLock(meetingId, itemId, !readOnly);
  const [shownTakeOver, setShownTakeOver] = useState(0);
  const writtenElsewhere = lock.state === 'elsewhere' || lock.takenOver !== shownTakeOver;
  const conflict = useItemConflict(meetingId, itemId);
  const noticeId = `notes-notice-${meetingId}-${itemId}`;
  const described = (writtenElsewhere && !readOnly) || conflict !== null ? noticeId : undefined;

  const editorLabel = `Anteckningar för punkt ${itemLabel}`;
  // Auto-links are made while typing; registering them runs their transform
  // over every text node, which a meeting of thirty editors paid on opening.
  // They join an editor the first time it gets focus (before any key).
  const [typedIn, setTypedIn] = useState(autoFocus);
  // Read once, as the content: the browser remembers the height once the notes are shown.
  const [sizeStyle] = useState(() => notesSizeStyle(initialNotes, readOnly));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div
        className={`notes-editor${readOnly || writtenElsewhere ? ' is-readonly' : ''}`}
        data-notes-item={itemId}
        data-notes-lock={lock.state}
        style={sizeStyle}
        onFocus={() => setTypedIn(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) notesAutosaver.flushItem(meetingId, itemId);
        }}
      >
        {!readOnly && <Toolbar itemLabel={itemLabel} disabled={writtenElsewhere} />}
        {!readOnly && writtenElsewhere && <ItemLockNote id={noticeId} />}
        {conflict !== null && <NotesConflictBar meetingId={meetingId} itemId={itemId} conflict={conflict} messageId={noticeId} />}
        <div className="notes-surface">
          <RichTextPlugin
            contentEditable={
              readOnly ? (
                // Minutes that cannot be written to invite no writing.
                <ContentEditable className="notes-content" aria-label={editorLabel} spellCheck={false} lang="sv" />
              ) : (
                <ContentEditable
                  className="notes-content"
                  aria-label={editorLabel}
                  aria-describedby={described}
                  // Anteckna checks the spelling itself (SpellingPlugin): no second checker of the browser's.
                  spellCheck={false}
                  aria-keyshortcuts={NEXT_MISSPELLING_SHORTCUT}
                  lang="sv"
                  aria-placeholder="Skriv anteckningar … (/ för block)"
                  placeholder={<div className="notes-placeholder">Skriv anteckningar … (/ för block)</div>}
                />
              )
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <BoundedHistoryPlugin />
        <ListPlugin />
        <ListTabPlugin />
        <LinkPlugin validateUrl={validateLinkUrl} />
        {typedIn && !readOnly && <AutoLinkPlugin matchers={AUTO_LINK_MATCHERS} />}
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
        <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
        {!readOnly && <SlashMenuPlugin formalName={formalName} />}
        {!readOnly && <SpellingPlugin meetingId={meetingId} />}
        <CaretSyncPlugin />
        <PastePlugin />
        <FocusPlugin meetingId={meetingId} itemId={itemId} autoFocus={autoFocus} />
        <StandpointKeyPlugin meetingId={meetingId} itemId={itemId} />
        <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={onChange} />
        {lock.takenOver > 0 && (
          <TakeOverPlugin meetingId={meetingId} itemId={itemId} takenOver={lock.takenOver} onShown={setShownTakeOver} />
        )}
        <EditablePlugin editable={!readOnly && !writtenElsewhere} />
        <TableScrollFocusPlugin editable={!readOnly && !writtenElsewhere} />
        <NoteHeadingLevelPlugin itemLevel={itemHeadingLevel} />
        {conflict === null && <ItemSaveStatus meetingId={meetingId} itemId={itemId} />}
      </div>
      {!readOnly && <NotesCopiesList meetingId={meetingId} itemId={itemId} itemLabel={itemLabel} />}
    </LexicalComposer>
  );
}

/** A visible note under the editor when its text could not be saved. */
function ItemSaveStatus({ meetingId, itemId }: { meetingId: number; itemId: number }) {
  const status = useItemSaveStatus(meetingId, itemId);
  if (status.state !== 'error') return null;
  return (
    <p className="notes-save-error" data-item-save-state="error">
      <WarningIcon />
      <span>{status.message} Texten finns kvar här.</span>
    </p>
  );
}

