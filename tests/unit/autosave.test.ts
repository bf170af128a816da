import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notes, paragraph, text } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import type { NotesDocument } from '../../shared/notes/schema';

/** What reached the host: when, and the text saved. */
const host = vi.hoisted(() => ({ saves: [] as { at: number; itemId: number; text: string }[] }));

vi.mock('../../renderer/api/client', () => ({
  api: {
    'notes:save': async (request: { itemId: number; notes: NotesDocument }) => {
      host.saves.push({ at: Date.now(), itemId: request.itemId, text: notesToPlainText(request.notes) });
      return { ok: true, value: { revision: host.saves.length, savedAt: new Date().toISOString() } };
    },
  },
}));

const { notesAutosaver, MAX_WAIT_MS, LONG_NOTES_MAX_WAIT_MS, TYPING_PAUSE_MS } = await import('../../renderer/notes/autosave');

/** The editor's state as the autosaver receives it. */
function snapshot(typed: string) {
  return { toJSON: () => notes(paragraph(text(typed))) };
}

/** Idle callbacks the page has been asked for; a test decides when the page is idle. */
let idleQueue: (() => void)[] = [];

/** The page is idle only when the test runs what is in `idleQueue`. */
function idleWhenTheTestSays(): void {
  vi.stubGlobal('requestIdleCallback', (work: () => void) => {
    idleQueue.push(work);
    return idleQueue.length;
  });
}

/** On a page idle only when the test says: one change typed, and the debounce run out. */
async function typedUntilSaveIsDue(itemId: number, typed: string): Promise<void> {
  idleWhenTheTestSays();
  notesAutosaver.begin(1, itemId, false, 0);
  notesAutosaver.change(1, itemId, snapshot(typed));
  await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
}

/**
 * On a busy page (an idle callback runs only when its timeout forces it),
 * 5 s of a key every 40 ms into one item, then 2 s of quiet. Returns the
 * text typed, the item's saves and the longest any letter waited to be saved.
 */
async function typedForFiveSecondsOnABusyPage(
  itemId: number,
  snapshotOf: (typed: string) => { toJSON(): unknown },
): Promise<{ typed: string; saves: typeof host.saves; worstWait: number }> {
  vi.stubGlobal('requestIdleCallback', (work: () => void, options?: { timeout?: number }) =>
    setTimeout(work, options?.timeout ?? 0),
  );
  notesAutosaver.begin(1, itemId, false, 0);
  let typed = '';
  const typedAt: number[] = [];
  for (let key = 0; key < 125; key++) {
    typed += 'a';
    typedAt.push(Date.now());
    notesAutosaver.change(1, itemId, snapshotOf(typed));
    await vi.advanceTimersByTimeAsync(40);
  }
  await vi.advanceTimersByTimeAsync(2_000);
  const saves = host.saves.filter((s) => s.itemId === itemId);
  let worstWait = 0;
  typedAt.forEach((at, index) => {
    const save = saves.find((s) => s.text.length >= index + 1);
    if (!save) throw new Error(`Bokstav ${index + 1} sparades aldrig.`);
    worstWait = Math.max(worstWait, save.at - at);
  });
  return { typed, saves, worstWait };
}

beforeEach(() => {
  vi.useFakeTimers();
  host.saves.length = 0;
  idleQueue = [];
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('autosave of the notes', () => {
  it('saves what is typed without pause at least every 0.5 s, even on a page that is never idle', async () => {
    const { typed, saves, worstWait } = await typedForFiveSecondsOnABusyPage(101, snapshot);
    expect(saves.at(-1)?.text).toBe(typed);
    // Each letter is stored within the longest wait plus the idle wait (100 ms) of being typed.
    expect(worstWait).toBeLessThanOrEqual(MAX_WAIT_MS + 100);
  });

  it('in notes so long that a save holds the page up, saves less often while typing goes on, still within a second', async () => {
    // Reading these notes out of the editor takes the page 100 ms.
    let pageClock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => pageClock);
    const longNotes = (typed: string) => ({
      toJSON: () => {
        pageClock += 100;
        return notes(paragraph(text(typed)));
      },
    });
    const { typed, saves, worstWait } = await typedForFiveSecondsOnABusyPage(105, longNotes);
    expect(saves.at(-1)?.text).toBe(typed);
    // Short notes are saved about every 0.5 s while typing (see the first test); these about every 0.8 s.
    expect(saves.length).toBeLessThanOrEqual(Math.ceil(5_000 / LONG_NOTES_MAX_WAIT_MS) + 1);
    expect(worstWait).toBeGreaterThan(MAX_WAIT_MS + 100);
    expect(worstWait).toBeLessThanOrEqual(LONG_NOTES_MAX_WAIT_MS + 100);
  });

  it('sends a due save in an idle moment, not between a keystroke and its frame', async () => {
    const itemId = 102;
    await typedUntilSaveIsDue(itemId, 'Beslut');
    expect(host.saves.filter((s) => s.itemId === itemId)).toHaveLength(0);
    expect(notesAutosaver.itemStatus(1, itemId).state).toBe('saving');

    // Typed while the save waits: it goes with it rather than postponing it.
    notesAutosaver.change(1, itemId, snapshot('Beslutet'));
    expect(idleQueue).toHaveLength(1);
    idleQueue.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.saves.filter((s) => s.itemId === itemId).map((s) => s.text)).toEqual(['Beslutet']);
    expect(notesAutosaver.itemStatus(1, itemId).state).toBe('saved');
  });

  it('shows a save committed mid-typing with the next keystroke or when typing pauses, never in a frame of its own', async () => {
    vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
    const itemId = 104;
    notesAutosaver.begin(1, itemId, false, 0);
    let inKeystroke = false;
    let lastKeyAt = -Infinity;
    const told: { state: string; duringKeystroke: boolean; sinceKey: number }[] = [];
    const unsubscribe = notesAutosaver.subscribe(() => {
      told.push({ state: notesAutosaver.itemStatus(1, itemId).state, duringKeystroke: inKeystroke, sinceKey: Date.now() - lastKeyAt });
    });
    try {
      let typed = '';
      // 3 s of a key every 60 ms: several saves are committed while typing goes on.
      for (let key = 0; key < 50; key++) {
        typed += 'x';
        inKeystroke = true;
        lastKeyAt = Date.now();
        notesAutosaver.change(1, itemId, snapshot(typed));
        inKeystroke = false;
        await vi.advanceTimersByTimeAsync(60);
      }
      const savesWhileTyping = host.saves.filter((s) => s.itemId === itemId).length;
      expect(savesWhileTyping).toBeGreaterThanOrEqual(5);
      expect(told.at(-1)?.state).toBe('saving');
      await vi.advanceTimersByTimeAsync(2_000);
    } finally {
      unsubscribe();
    }
    expect(told.length).toBeGreaterThan(0);
    for (const notice of told) {
      expect(notice.duringKeystroke || notice.sinceKey >= TYPING_PAUSE_MS).toBe(true);
    }
    expect(told.at(-1)?.state).toBe('saved');
    expect(notesAutosaver.itemStatus(1, itemId).state).toBe('saved');
  });

  it('saves at once when the editor loses focus, and the idle moment that comes later sends nothing twice', async () => {
    const itemId = 103;
    await typedUntilSaveIsDue(itemId, 'Punkten bordläggs');
    notesAutosaver.flushItem(1, itemId);
    await vi.advanceTimersByTimeAsync(0);
    for (const work of idleQueue.splice(0)) work();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.saves.filter((s) => s.itemId === itemId).map((s) => s.text)).toEqual(['Punkten bordläggs']);
  });
});
