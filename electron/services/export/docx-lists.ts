import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions, type NumberingDefinition } from 'docx';
import type { DocList } from '../../../shared/document/model';

/**
 * The numbering of the DOCX minutes' lists: bullets and numbers in Word's
 * own list numbering, nine levels each, so a list stays a list when the
 * document is edited in Word.
 */

const BULLET = 'anteckna-bullet';
const DECIMAL = 'anteckna-decimal';
const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const BULLETS = ['•', '◦', '▪'] as const;
const ORDERED = [
  { format: LevelFormat.DECIMAL, suffix: '.' },
  { format: LevelFormat.LOWER_LETTER, suffix: ')' },
  { format: LevelFormat.LOWER_ROMAN, suffix: '.' },
] as const;

function indent(level: number): NonNullable<ILevelsOptions['style']> {
  return { paragraph: { indent: { left: 567 + 425 * level, hanging: 357 } } };
}

/** Numbered levels whose count starts at `start` ("2." after a list the secretary broke off at 1). */
function decimalLevels(start: number): ILevelsOptions[] {
  return LEVELS.map((level) => {
    const kind = ORDERED[level % ORDERED.length] ?? ORDERED[0];
    return { level, format: kind.format, text: `%${level + 1}${kind.suffix}`, start, alignment: AlignmentType.LEFT, style: indent(level) };
  });
}

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length],
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
    { reference: DECIMAL, levels: decimalLevels(1) },
  ],
};

/**
 * The numbering a list's paragraphs refer to. A numbered list that starts
 * elsewhere than at 1 gets a definition of its own for that start, which docx
 * adds to the document the first time a paragraph uses it; each list is still
 * its own instance of it, so two lists never count on from each other.
 */
export function numberingOf(list: DocList): string | NumberingDefinition {
  if (!list.ordered) return BULLET;
  if (list.start === 1) return DECIMAL;
  return { reference: `${DECIMAL}-from-${list.start}`, levels: decimalLevels(list.start) };
}
