import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpeller, type LoadedSpeller } from '../../electron/services/spelling/engine';
import type { Body, Meeting } from '../../shared/model/domain';
import { bold, link, notes, paragraph, text } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { SpellCheck } from '../../shared/spelling/check';
import { knownWordsOf } from '../../shared/spelling/known';
import { meetingSpelling } from '../../shared/spelling/meeting-spelling';
import { inCaseOf, replacementPlan, replaceWholeWord } from '../../shared/spelling/replace';
import { demoMeetings } from './document-support';

// Issue 23, point 3: the whole meeting's check and its replace, with the real Swedish dictionary.

let speller: LoadedSpeller;
let draft: { meeting: Meeting; body: Body };
beforeAll(async () => {
  speller = await loadSpeller();
  const found = demoMeetings().find(({ meeting }) => meeting.status === 'draft');
  if (!found) throw new Error('the demo has a draft meeting');
  draft = found;
});
afterAll(() => speller.dispose());

/** The demo's draft with slips written into its header, two items' notes, a title, a standpoint and a task. */
function misspelt(): Meeting {
  const meeting = structuredClone(draft.meeting);
  const [, , , , , second, third, fourth] = meeting.agenda;
  if (!second || !third || !fourth) throw new Error('the demo draft has eight items');
  meeting.place = 'Samanträdesrummet, Norrviks kommunhus';
  meeting.subtitle = '';
  second.notes = notes(
    paragraph(bold('Viktigt: '), 'Vi hade en refleksion om tjänstepersonner i nära vård.'),
    paragraph('Se ', link('https://example.se/refleksion', 'handlingarna'), ' och samanträde nästa gång.'),
  );
  third.title = 'Samanträde om tjänstepersonner';
  third.notes = notes(paragraph('Ingen refleksion.'));
  fourth.standpoint = 'PSN ställer sig bakom förslaget efter refleksion.';
  meeting.tasks = [{ id: 9001, itemId: third.id, what: 'Boka nästa samanträde', owner: 'Sekreteraren', deadline: null, done: false }];
  return meeting;
}

function checked(meeting: Meeting, extra: string[] = []) {
  return meetingSpelling(meeting, new SpellCheck(speller, [...knownWordsOf(meeting, draft.body), ...extra]), speller);
}

describe('the whole meeting’s spelling check', () => {
  it('lists each unknown word once, with its count, its items in agenda order and the right first suggestion', () => {
    const meeting = misspelt();
    const ids = meeting.agenda.map((item) => item.id);
    const [second, third, fourth] = [ids[5], ids[6], ids[7]];
    const words = checked(meeting).filter((w) => w.word !== 'Årshjul');
    expect(words.map(({ word, count, itemIds }) => ({ word, count, itemIds }))).toEqual([
      { word: 'Samanträdesrummet', count: 1, itemIds: [] },
      { word: 'refleksion', count: 3, itemIds: [second, third, fourth] },
      { word: 'tjänstepersonner', count: 2, itemIds: [second, third] },
      { word: 'samanträde', count: 3, itemIds: [second, third] },
    ]);
    expect(words.map((w) => w.suggestions[0])).toEqual(['Sammanträdesrummet', 'reflektion', 'tjänstepersoner', 'sammanträde']);
    for (const word of words) expect(word.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('knows the names of the meeting and the body’s own words, and reads no link address', () => {
    const meeting = misspelt();
    const words = checked(meeting, ['refleksion']).map((w) => w.word);
    expect(words).not.toContain('refleksion');
    expect(words).not.toContain('Norrviks');
    expect(words).not.toContain('https');
  });

  it('finds nothing to say about the demo’s draft, whose "Årshjul" is a word of every body', () => {
    expect(checked(draft.meeting).map((w) => w.word)).toEqual([]);
  });
});

describe('replacing a word in the whole meeting', () => {
  it('replaces whole words only, keeping a capital and leaving links and longer words alone', () => {
    expect(replaceWholeWord('Samanträde, samanträde och samanträdesrum.', 'samanträde', 'sammanträde', Infinity)).toEqual({
      text: 'Sammanträde, sammanträde och samanträdesrum.',
      replaced: 2,
    });
    expect(replaceWholeWord('Se https://x.se/samanträde om samanträde', 'samanträde', 'sammanträde', 1).text).toBe(
      'Se https://x.se/samanträde om sammanträde',
    );
    expect(inCaseOf('stockholm', 'Stockholm')).toBe('Stockholm');
    expect(inCaseOf('Samanträde', 'sammanträde')).toBe('Sammanträde');
  });

  it('"Ersätt" changes the first place only: the first item’s notes, its formatting kept', () => {
    const meeting = misspelt();
    const plan = replacementPlan(meeting, 'refleksion', 'reflektion', 'first');
    expect(plan.replaced).toBe(1);
    expect(plan.changes.map((c) => c.kind)).toEqual(['notes']);
    const [change] = plan.changes;
    if (change?.kind !== 'notes') throw new Error('a notes change');
    expect(notesToPlainText(change.notes)).toBe(
      'Viktigt: Vi hade en reflektion om tjänstepersonner i nära vård.\nSe handlingarna och samanträde nästa gång.',
    );
    const first = change.notes.root.children[0];
    expect(first?.type === 'paragraph' && first.children[0]).toEqual(bold('Viktigt: '));
    const second = change.notes.root.children[1];
    expect(second?.type === 'paragraph' && second.children[1]).toEqual(link('https://example.se/refleksion', 'handlingarna'));
    // The caller's meeting is not changed: storage writes the plan.
    expect(notesToPlainText(meeting.agenda[5]?.notes ?? null)).toContain('refleksion');
  });

  it('"Ersätt alla" changes every place: title, notes, standpoint and task, capital kept', () => {
    const meeting = misspelt();
    const plan = replacementPlan(meeting, 'samanträde', 'sammanträde', 'all');
    expect(plan.replaced).toBe(3);
    expect(plan.changes.map((c) => c.kind)).toEqual(['notes', 'item', 'task']);
    const [notesChange, item, task] = plan.changes;
    expect(notesChange?.kind === 'notes' && notesToPlainText(notesChange.notes)).toContain('och sammanträde nästa gång');
    expect(item?.kind === 'item' && item.patch.title).toBe('Sammanträde om tjänstepersonner');
    expect(task?.kind === 'task' && task.task.what).toBe('Boka nästa sammanträde');
    const after = replacementPlan(meeting, 'refleksion', 'reflektion', 'all');
    expect(after.replaced).toBe(3);
    expect(after.changes.map((c) => c.kind)).toEqual(['notes', 'notes', 'standpoint']);
    expect(replacementPlan(meeting, 'Samanträdesrummet', 'Sammanträdesrummet', 'all').changes).toEqual([
      { kind: 'header', header: expect.objectContaining({ place: 'Sammanträdesrummet, Norrviks kommunhus' }) },
    ]);
  });

  it('a word split over two formats is left, and nothing is said to be replaced', () => {
    const meeting = misspelt();
    const item = meeting.agenda[5];
    if (!item) throw new Error('item');
    item.notes = notes(paragraph(text('refl', 'bold'), 'eksion'));
    const plan = replacementPlan(meeting, 'refleksion', 'reflektion', 'all');
    expect(plan.changes.filter((c) => c.kind === 'notes' && c.itemId === item.id)).toEqual([]);
  });
});
