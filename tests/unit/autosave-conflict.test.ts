import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notes, paragraph, text } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import type { NotesDocument } from '../../shared/notes/schema';

/**
 * A host that checks revisions as storage does: one item's stored text and
 * revision, every request it got, and the copies a choice kept.
 */
const host = vi.hoisted(() => ({
  stored: { text: '', revision: 0 },
  saves: [] as { text: string; baseRevision: number | undefined; refused: boolean }[],
  copies: [] as { why: string; text: string }[],
  resolves: [] as { keep: string; text: string }[],
  /** A refusal the next save gets instead (the empty-notes guard). */
  refuseNext: null as null | { code: 'conflict'; message: string },
}));

const STALE = 'Punkten har ändrats i ett annat fönster sedan du började skriva här.';

vi.mock('../../renderer/api/client', () => {
  const plain = (doc: NotesDocument) => doc.root.children.map((p) => ('children' in p ? p.children.map((c) => ('text' in c ? c.text : '')).join('') : '')).join('\n');
  return {
    api: {
      'notes:save': async (request: { notes: NotesDocument; baseRevision?: number }) => {
        const refusal = host.refuseNext;
        host.refuseNext = null;
        const stale = request.baseRevision !== undefined && request.baseRevision !== host.stored.revision;
        host.saves.push({ text: plain(request.notes), baseRevision: request.baseRevision, refused: stale || refusal !== null });
        if (refusal) return { ok: false, error: refusal };
        if (stale) return { ok: false, error: { code: 'conflict', message: STALE, field: 'baseRevision' } };
        host.stored = { text: plain(request.notes), revision: host.stored.revision + 1 };
        return { ok: true, value: { revision: host.stored.revision, savedAt: new Date().toISOString() } };
      },
      'notes:resolve': async (request: { keep: 'mine' | 'saved'; notes: NotesDocument }) => {
        const mine = plain(request.notes);
        host.resolves.push({ keep: request.keep, text: mine });
        if (request.keep === 'mine') {
          host.copies.push({ why: 'replacedByMine', text: host.stored.text });
          host.stored = { text: mine, revision: host.stored.revision + 1 };
        } else {
          host.copies.push({ why: 'setAsideForSaved', text: mine });
        }
        return {
          ok: true,
          value: { notes: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: host.stored.text }] }] } }, revision: host.stored.revision, savedAt: null },
        };
      },
    },
  };
});

const { notesAutosaver, MAX_WAIT_MS } = await import('../../renderer/notes/autosave');

const MEETING = 1;
let item = 500;

function snapshot(typed: string) {
  return { toJSON: () => notes(paragraph(text(typed))) };
}

/** Types, and lets the save go and be answered. */
async function type(typed: string): Promise<void> {
  notesAutosaver.change(MEETING, item, snapshot(typed));
  await vi.advanceTimersByTimeAsync(MAX_WAIT_MS + 200);
}

/** This window opened the item at revision 3; another window has saved since (revision 4). */
async function conflictAfterAnotherWindowSaved(): Promise<void> {
  item += 1;
  host.stored = { text: 'Det andra fönstrets text.', revision: 4 };
  notesAutosaver.begin(MEETING, item, true, 3);
  await type('Min text.');
}

beforeEach(() => {
  vi.useFakeTimers();
  host.saves.length = 0;
  host.copies.length = 0;
  host.resolves.length = 0;
});

afterEach(async () => {
  // Each test's conflict is settled, so the next starts with nothing open.
  for (let i = 501; i <= item; i++) await notesAutosaver.resolve(MEETING, i, 'saved');
  vi.useRealTimers();
});

describe('autosave when another window saved the item', () => {
  it('is final: not retried while typing goes on or time passes, her text stays, and the header never says "Sparat"', async () => {
    await conflictAfterAnotherWindowSaved();
    expect(host.saves).toEqual([{ text: 'Min text.', baseRevision: 3, refused: true }]);
    await type('Min text. Och mer.');
    await vi.advanceTimersByTimeAsync(60_000);
    notesAutosaver.flush(MEETING);
    await vi.advanceTimersByTimeAsync(1_000);

    expect(host.saves).toHaveLength(1);
    expect(host.stored).toEqual({ text: 'Det andra fönstrets text.', revision: 4 });
    expect(notesAutosaver.conflictOf(MEETING, item)).toMatchObject({ message: STALE, resolving: false, failure: null });
    expect(notesAutosaver.globalStatus().state).toBe('error');
    expect(notesAutosaver.globalStatus().message).not.toBe('Sparat');
    expect(notesAutosaver.itemStatus(MEETING, item).state).toBe('error');
    // An editor opened on the item again shows her newest text, still from revision 3.
    const seed = notesAutosaver.seed(MEETING, item, { notes: null, revision: 4 });
    expect([notesToPlainText(seed.notes), seed.revision]).toEqual(['Min text. Och mer.', 3]);
  });

  it('keeps the empty-notes refusal apart: no choice to make, and her next change is tried again', async () => {
    item += 1;
    host.stored = { text: 'Sparad.', revision: 2 };
    notesAutosaver.begin(MEETING, item, true, 2);
    host.refuseNext = { code: 'conflict', message: 'Ett tomt dokument skulle ersätta text som redan finns.' };
    await type('');
    expect(notesAutosaver.conflictOf(MEETING, item)).toBeNull();
    expect(notesAutosaver.itemStatus(MEETING, item).message).toContain('tomt dokument');
    await type('Ny text.');
    expect(host.saves.map((s) => [s.text, s.baseRevision, s.refused])).toEqual([
      ['', 2, true],
      ['Ny text.', 2, false],
    ]);
    expect(notesAutosaver.globalStatus().state).toBe('saved');
  });

  it('"keep mine": her newest text is stored, the saved one is kept as a copy, and saving goes on from the new revision', async () => {
    await conflictAfterAnotherWindowSaved();
    await type('Min text, längre.');
    const stored = await notesAutosaver.resolve(MEETING, item, 'mine');
    expect(stored?.revision).toBe(5);
    expect(host.resolves).toEqual([{ keep: 'mine', text: 'Min text, längre.' }]);
    expect(host.copies).toEqual([{ why: 'replacedByMine', text: 'Det andra fönstrets text.' }]);
    expect(notesAutosaver.conflictOf(MEETING, item)).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(notesAutosaver.globalStatus().state).toBe('saved');

    await type('Min text, längre. Tillägg.');
    expect(host.saves.at(-1)).toEqual({ text: 'Min text, längre. Tillägg.', baseRevision: 5, refused: false });
    expect(host.stored.revision).toBe(6);
  });

  it('"take the saved one": her text is kept as a copy, the saved text and its revision are what this window goes on from', async () => {
    await conflictAfterAnotherWindowSaved();
    const stored = await notesAutosaver.resolve(MEETING, item, 'saved');
    expect(notesToPlainText(stored?.notes ?? null)).toBe('Det andra fönstrets text.');
    expect(host.copies).toEqual([{ why: 'setAsideForSaved', text: 'Min text.' }]);
    await vi.advanceTimersByTimeAsync(1_000);
    // Nothing is sent over the saved text, and an editor opened again shows it.
    expect(host.saves).toHaveLength(1);
    expect(host.stored).toEqual({ text: 'Det andra fönstrets text.', revision: 4 });
    expect(notesAutosaver.globalStatus().state).toBe('saved');
    const seed = notesAutosaver.seed(MEETING, item, { notes: null, revision: 4 });
    expect([notesToPlainText(seed.notes), seed.revision]).toEqual(['Det andra fönstrets text.', 4]);

    await type('Det andra fönstrets text. Och min rad.');
    expect(host.saves.at(-1)).toEqual({ text: 'Det andra fönstrets text. Och min rad.', baseRevision: 4, refused: false });
  });

  it('sets her text aside as a copy when the page closes with the conflict open', async () => {
    await conflictAfterAnotherWindowSaved();
    notesAutosaver.setAsideConflicts();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.resolves).toEqual([{ keep: 'saved', text: 'Min text.' }]);
    expect(host.copies).toEqual([{ why: 'setAsideForSaved', text: 'Min text.' }]);
    expect(host.stored.text).toBe('Det andra fönstrets text.');
  });
});
