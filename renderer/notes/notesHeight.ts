import type { NotesDocument } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';

/*
 * The meeting view lays out only the notes near the screen
 * (`content-visibility: auto`); the others take the height given here until
 * first shown, and the height they were shown at after that. A flat guess
 * (it was 240 px) let the page jump by the difference as she scrolled: an
 * empty editor is 92 px, so the button she aimed at moved before her click
 * landed. The guess is exact for empty notes and close for written ones.
 *
 * The figures follow renderer/styles/notes.css: 15 px text at line-height
 * 1.6, paragraphs 0.55em apart, padding 6 + 12 px, a min-height of 3.4em and
 * the toolbar's one row of 39 px (two rows, 71 px, in a frame narrower than
 * its buttons). The size is the content box's: the frame's borders come on top.
 */
const LINE = 24;
const BLOCK_GAP = 8.25;
const PADDING = 18;
const MIN_CONTENT = 51;
const TOOLBAR_ROW = 39;
const TOOLBAR_TWO_ROWS = 71;
/** Below this frame width the toolbar's buttons take two rows. */
const TOOLBAR_WRAPS_BELOW = 430;
/** An average character of the notes' 15 px sans-serif, measured over the demo meeting's notes. */
const CHARACTER_WIDTH = 8;
/** The content's horizontal padding and borders. */
const CONTENT_INSET = 34;

/**
 * A top-level item's notes frame across the window's width, by the meeting
 * view's layout (renderer/styles/app.css): the page's margins below 520 px,
 * the wider ones up to 720 px, the agenda's column beside it up to 1120 px,
 * and from there a fixed reading width.
 */
export function notesFrameWidth(viewportWidth: number): number {
  if (viewportWidth >= 1120) return 754;
  if (viewportWidth > 720) return viewportWidth - 162;
  if (viewportWidth > 520) return viewportWidth - 70;
  return Math.max(200, viewportWidth - 28);
}

/** The height in CSS pixels the notes will take inside their frame, for the frame's width and whether it has a toolbar. */
export function estimatedNotesHeight(notes: NotesDocument | null, frameWidth: number, readOnly: boolean): number {
  const charactersPerLine = Math.max(12, Math.floor((frameWidth - CONTENT_INSET) / CHARACTER_WIDTH));
  const text = notesToPlainText(notes);
  const blocks = text === '' ? [''] : text.split('\n');
  const lines = blocks.reduce((sum, block) => sum + Math.max(1, Math.ceil(block.length / charactersPerLine)), 0);
  const content = Math.max(MIN_CONTENT, PADDING + lines * LINE + (blocks.length - 1) * BLOCK_GAP);
  const toolbar = readOnly ? 0 : frameWidth < TOOLBAR_WRAPS_BELOW ? TOOLBAR_TWO_ROWS : TOOLBAR_ROW;
  return Math.round(content + toolbar);
}

/** The style that gives a notes frame its expected height while its content is not laid out. */
export function notesSizeStyle(notes: NotesDocument | null, readOnly: boolean): { containIntrinsicSize: string } {
  const width = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return { containIntrinsicSize: `auto ${estimatedNotesHeight(notes, notesFrameWidth(width), readOnly)}px` };
}
