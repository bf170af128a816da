import { describe, expect, it } from 'vitest';
import { notes, paragraph, text } from '../../shared/notes/build';
import { estimatedNotesHeight, notesFrameWidth } from '../../renderer/notes/notesHeight';

// The height a notes frame stands in at until it is laid out (see notesHeight.ts).
// The expected figures are the heights measured in Chromium over the demo meetings.

describe('estimatedNotesHeight', () => {
  it('gives empty notes their height exactly: one toolbar row beside the agenda, two at 320 px, none when read-only', () => {
    expect(estimatedNotesHeight(null, 754, false)).toBe(90);
    expect(estimatedNotesHeight(null, 292, false)).toBe(122);
    expect(estimatedNotesHeight(null, 754, true)).toBe(51);
    expect(estimatedNotesHeight(notes(paragraph(text(''))), 754, false)).toBe(90);
  });

  it('grows with the lines the text wraps to, so a narrow window gives the same notes more height', () => {
    const sentence = 'Arbetsgruppen redovisar läget för den gemensamma handlingsplanen och föreslår att den antas. ';
    const long = notes(paragraph(text(sentence.repeat(4))), paragraph(text('Beslut vid nästa möte.')));
    const wide = estimatedNotesHeight(long, 754, false);
    const narrow = estimatedNotesHeight(long, 292, false);
    expect(wide).toBeGreaterThan(estimatedNotesHeight(null, 754, false) + 2 * 24);
    expect(narrow).toBeGreaterThan(wide * 1.8);
  });

  it('counts every paragraph as at least one line, with the space between paragraphs', () => {
    const three = notes(paragraph(text('Ett.')), paragraph(text('Två.')), paragraph(text('Tre.')));
    const four = notes(paragraph(text('Ett.')), paragraph(text('Två.')), paragraph(text('Tre.')), paragraph(text('Fyra.')));
    expect(estimatedNotesHeight(four, 754, false) - estimatedNotesHeight(three, 754, false)).toBeCloseTo(24 + 8.25, -0.5);
  });
});

describe('notesFrameWidth', () => {
  it('follows the meeting view: the page margins on a phone, the agenda column beside the notes, a fixed reading width on a wide screen', () => {
    expect(notesFrameWidth(320)).toBe(292);
    expect(notesFrameWidth(480)).toBe(452);
    expect(notesFrameWidth(600)).toBe(530);
    expect(notesFrameWidth(800)).toBe(638);
    expect(notesFrameWidth(1100)).toBe(938);
    expect(notesFrameWidth(1280)).toBe(754);
    expect(notesFrameWidth(1920)).toBe(754);
  });
});
