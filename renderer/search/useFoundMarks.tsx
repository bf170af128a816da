import { useEffect, useMemo } from 'react';
import { hitPattern, hitRanges } from '../../shared/search/marks';
import { parseSearchText } from '../../shared/search/query';
import { meetingHref, replaceRoute, type FoundAt } from '../app/router';

/** The name the stylesheet styles: `::highlight(sok-traff)`. */
export const FOUND_HIGHLIGHT = 'sok-traff';

/**
 * Text that is not shown as text, or belongs to the app's own controls rather
 * than the minutes. A textarea's text cannot carry a highlight (an editable
 * item title is one: it is left unmarked); the standpoint's text is drawn a
 * second time in the backdrop behind its textarea, and is marked there.
 */
const SKIPPED =
  'script, style, textarea, input, select, button, .visually-hidden, [aria-hidden="true"]:not(.standpoint-backdrop), .found-bar';

/**
 * Ranges over every text node under `root` where the words stand. Each text
 * node is searched on its own: a phrase that Lexical split across nodes (a
 * bold word inside it) is left unmarked rather than marked in pieces.
 */
export function foundRanges(root: Node, pattern: RegExp): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    for (const { start, end } of hitRanges(text.data, pattern)) {
      const range = new Range();
      range.setStart(text, start);
      range.setEnd(text, end);
      ranges.push(range);
    }
  }
  return ranges;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Leaves the meeting's address without the words, so the marks do not come back on reload. */
function clearFound(meetingId: number): void {
  replaceRoute(meetingHref(meetingId));
}

/**
 * A search hit opened in its meeting: the item scrolled into view and the
 * words marked with the CSS Custom Highlight API, which paints over the text
 * without touching the DOM (Lexical owns the notes' DOM, and a `<mark>` in it
 * would be taken for content). The marks follow the text as editors mount
 * and re-render; they go with Esc, the bar's ×, her first keystroke in the
 * minutes, or leaving the meeting.
 */
export function useFoundMarks(meetingId: number, found: FoundAt | null, ready: boolean): void {
  // The route is read anew on every render: the words, not the object, say whether anything changed.
  const words = found?.words ?? null;
  const pattern = useMemo(() => (words === null ? null : hitPattern(parseSearchText(words).terms)), [words]);
  const itemId = found?.itemId ?? null;
  useEffect(() => {
    if (!ready || !pattern || !highlightsSupported()) return;
    // The item, or for the meeting's own text (header, called list) the whole document; looked up on each
    // paint, because a reload of the meeting replaces its DOM.
    const rootOf = () =>
      (itemId !== null && document.querySelector<HTMLElement>(`.meeting-doc [data-item-id="${itemId}"]`)) ||
      document.querySelector<HTMLElement>('.meeting-doc');
    const start = rootOf();
    if (!start) return;
    if (itemId !== null) start.scrollIntoView({ block: 'start' });

    let scrolled = false;
    let frame = 0;
    const paint = () => {
      frame = 0;
      const root = rootOf();
      const ranges = root ? foundRanges(root, pattern) : [];
      CSS.highlights.set(FOUND_HIGHLIGHT, new Highlight(...ranges));
      // Once, when the first mark is known: bring it into sight if the item is taller than the window.
      const first = ranges[0];
      if (!scrolled && first) {
        scrolled = true;
        const box = first.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) {
          window.scrollBy({ top: box.top - window.innerHeight / 3 });
        }
      }
    };
    paint();
    // Editors mount later (deferred) and re-render on every change: paint again once the DOM has settled.
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    });
    const main = document.getElementById('main') ?? document.body;
    observer.observe(main, { childList: true, subtree: true, characterData: true });

    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) clearFound(meetingId);
    };
    // Her own writing ends the marks: they were for finding, not for editing.
    const onInput = () => clearFound(meetingId);
    document.addEventListener('keydown', onKey);
    main.addEventListener('beforeinput', onInput);
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKey);
      main.removeEventListener('beforeinput', onInput);
      CSS.highlights.delete(FOUND_HIGHLIGHT);
    };
  }, [ready, pattern, itemId, meetingId]);
}

/** "Markerar: avtal ×" above the minutes while words from a search are marked. */
export function FoundBar({ meetingId, found }: { meetingId: number; found: FoundAt | null }) {
  if (!found || !found.words.trim()) return null;
  return (
    <div className="found-bar" data-found-words={found.words}>
      <span className="found-bar-text">
        Markerar: <strong>{found.words}</strong>
      </span>
      <button type="button" className="icon-button found-bar-clear" aria-label={`Sluta markera ${found.words}`} title="Sluta markera (Esc)" onClick={() => clearFound(meetingId)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/** The marks and their bar, for MeetingView. */
export function FoundMarks({ meetingId, found, ready }: { meetingId: number; found: FoundAt | null; ready: boolean }) {
  useFoundMarks(meetingId, found, ready);
  return <FoundBar meetingId={meetingId} found={found} />;
}
