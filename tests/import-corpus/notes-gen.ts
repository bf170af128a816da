import { bold, bulletList, heading, italic, link, notes, paragraph, table, text } from '../../shared/notes/build';
import type { BlockNodeJson, NotesDocument } from '../../shared/notes/schema';
import { INPUTS, NOTE_HEADINGS, SENTENCES } from './data';
import type { Random } from './random';

/** An item's notes: paragraphs with bold, italic and a link, a heading over a bullet list, now and then a small table. */

export const CORPUS_SITE = 'https://samverkan.example.se';

function sentences(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pick(SENTENCES)).join(' ');
}

function richParagraph(random: Random): BlockNodeJson {
  const body = sentences(random, random.int(2, 4));
  const roll = random.next();
  if (roll < 0.15) return paragraph(body, ' ', bold(random.pick(SENTENCES)));
  if (roll < 0.3) return paragraph(italic(random.pick(SENTENCES)), ' ', body);
  if (roll < 0.4) return paragraph(body, ' Läs mer i ', link(`${CORPUS_SITE}/dokument/${random.int(100, 999)}`, 'underlaget på webben'), '.');
  return paragraph(body);
}

/** `scale` multiplies the paragraphs (the benchmark's 40-page documents). */
export function drawNotes(random: Random, scale = 1): NotesDocument {
  const blocks: BlockNodeJson[] = [];
  const paragraphs = random.int(1, 3) * scale;
  for (let i = 0; i < paragraphs; i++) blocks.push(richParagraph(random));
  if (random.chance(0.45)) {
    blocks.push(heading(3, random.pick(NOTE_HEADINGS)));
    blocks.push(bulletList(...random.sample(INPUTS, random.int(2, 4))));
  }
  if (random.chance(0.15)) {
    blocks.push(paragraph('Tidsplan för arbetet:'));
    blocks.push(
      table([
        ['Period', 'Aktivitet'],
        ['Våren', 'Inledande dialog'],
        ['Hösten', 'Förslag och förankring'],
      ]),
    );
  }
  if (scale > 1) for (let i = 0; i < scale; i++) blocks.push(richParagraph(random));
  return notes(...blocks);
}

/** A one-sentence note ("Dagens agenda godkändes."). */
export function sentenceNotes(sentence: string): NotesDocument {
  return notes(paragraph(text(sentence)));
}
