/**
 * The printed numbers of Word's automatic numbering ("4.", "b)"), which
 * mammoth's document tree does not carry: it tells a paragraph's list level
 * and whether it is ordered, but not which list instance (numId) it belongs
 * to nor the level's format. Minutes number their agenda items this way, so
 * the number matters to the recogniser.
 *
 * mammoth 1.13.0 (pinned) reads numbering.xml through the module
 * `lib/docx/numbering-xml`, looked up at call time. We wrap its
 * `readNumberingXml` once so each level it hands to a paragraph also carries
 * the numId and the definitions read from the same numbering.xml; the
 * counting itself happens per document in `ListCounter`. If mammoth's
 * internals ever change shape, the wrap is skipped and markers fall back to
 * a guess from the level alone.
 */

interface XmlElement {
  name?: string;
  attributes: Record<string, string | undefined>;
  children: XmlElement[];
  first(name: string): XmlElement | undefined | null;
  firstOrEmpty(name: string): XmlElement;
  getElementsByTagName(name: string): XmlElement[];
}

interface LevelDefinition {
  format: string;
  text: string;
  start: number;
}

interface NumberingDefinitions {
  abstracts: Map<string, Map<number, LevelDefinition>>;
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  levelsByStyle: Map<string, { abstractId: string; level: number }>;
}

/** What a paragraph's `numbering` holds after the wrap (mammoth's own fields plus ours). */
export interface WordListLevel {
  isOrdered: boolean;
  level: string;
  anteckna?: { numId: string | null; abstractId: string; definitions: NumberingDefinitions };
}

interface MammothNumbering {
  findLevel(numId: string, level: string): object | null;
  findLevelByParagraphStyleId(styleId: string): object | null;
}

interface NumberingXmlModule {
  readNumberingXml: (root: XmlElement, options: unknown) => MammothNumbering;
  anteckna_wrapped?: boolean;
}

export function wrapMammothNumbering(module: unknown): void {
  const target = module as Partial<NumberingXmlModule> | null;
  if (target === null || typeof target.readNumberingXml !== 'function' || target.anteckna_wrapped === true) return;
  const original = target.readNumberingXml;
  target.readNumberingXml = (root, options) => {
    const numbering = original(root, options);
    let definitions: NumberingDefinitions;
    try {
      definitions = readDefinitions(root);
    } catch {
      return numbering;
    }
    return {
      findLevel(numId, level) {
        const found = numbering.findLevel(numId, level);
        const abstractId = definitions.nums.get(numId)?.abstractId;
        return found && abstractId !== undefined ? { ...found, anteckna: { numId, abstractId, definitions } } : found;
      },
      findLevelByParagraphStyleId(styleId) {
        const found = numbering.findLevelByParagraphStyleId(styleId);
        const byStyle = definitions.levelsByStyle.get(styleId);
        return found && byStyle ? { ...found, anteckna: { numId: null, abstractId: byStyle.abstractId, definitions } } : found;
      },
    };
  };
  target.anteckna_wrapped = true;
}

function readDefinitions(root: XmlElement): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, LevelDefinition>>();
  const levelsByStyle = new Map<string, { abstractId: string; level: number }>();
  for (const abstract of root.getElementsByTagName('w:abstractNum')) {
    const abstractId = abstract.attributes['w:abstractNumId'] ?? '';
    const levels = new Map<number, LevelDefinition>();
    for (const lvl of abstract.getElementsByTagName('w:lvl')) {
      const level = Number(lvl.attributes['w:ilvl'] ?? '0');
      levels.set(level, {
        format: lvl.firstOrEmpty('w:numFmt').attributes['w:val'] ?? 'decimal',
        text: lvl.firstOrEmpty('w:lvlText').attributes['w:val'] ?? `%${level + 1}.`,
        start: Number(lvl.firstOrEmpty('w:start').attributes['w:val'] ?? '1') || 0,
      });
      const style = lvl.firstOrEmpty('w:pStyle').attributes['w:val'];
      if (style !== undefined) levelsByStyle.set(style, { abstractId, level });
    }
    abstracts.set(abstractId, levels);
  }
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  for (const num of root.getElementsByTagName('w:num')) {
    const startOverrides = new Map<number, number>();
    for (const override of num.getElementsByTagName('w:lvlOverride')) {
      const start = override.firstOrEmpty('w:startOverride').attributes['w:val'];
      if (start !== undefined) startOverrides.set(Number(override.attributes['w:ilvl'] ?? '0'), Number(start) || 0);
    }
    nums.set(num.attributes['w:numId'] ?? '', { abstractId: num.firstOrEmpty('w:abstractNumId').attributes['w:val'] ?? '', startOverrides });
  }
  return { abstracts, nums, levelsByStyle };
}

/**
 * Counts list paragraphs the way Word does: one counter per abstract list
 * and level, shared by the list instances that use it, restarted where an
 * instance overrides the start, and deeper levels restarted by a higher one.
 */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();
  /** Used when the definitions are unknown: count per level object alone. */
  private readonly guessed = new Map<object, number[]>();

  /** The printed marker; '' for a bullet or an unknown number, null when the level prints nothing (numbered headings in LibreOffice). */
  marker(numbering: WordListLevel, guessKey: object): string | null {
    const level = Math.max(0, Math.min(8, Number(numbering.level) || 0));
    const info = numbering.anteckna;
    const levels = info?.definitions.abstracts.get(info.abstractId);
    if (info === undefined || levels === undefined || levels.size === 0) return this.guess(numbering, level, guessKey);
    const counts = this.counts.get(info.abstractId) ?? [];
    this.counts.set(info.abstractId, counts);
    const start = (at: number) => levels.get(at)?.start ?? 1;
    const startKey = `${info.numId ?? ''}:${level}`;
    const override = info.numId === null ? undefined : info.definitions.nums.get(info.numId)?.startOverrides.get(level);
    if (!this.started.has(startKey)) {
      this.started.add(startKey);
      if (override !== undefined) counts[level] = override - 1;
    }
    counts[level] = (counts[level] ?? start(level) - 1) + 1;
    counts.length = level + 1;
    const own = levels.get(level);
    if (own === undefined || own.format === 'bullet') return '';
    const printed = own.text
      .replace(/%([1-9])/g, (_, digit: string) => {
        const at = Number(digit) - 1;
        return formatNumber(counts[at] ?? start(at), levels.get(at)?.format ?? 'decimal');
      })
      .trim();
    return printed === '' && own.format === 'none' ? null : printed;
  }

  private guess(numbering: WordListLevel, level: number, key: object): string {
    if (!numbering.isOrdered) return '';
    const counts = this.guessed.get(key) ?? [];
    this.guessed.set(key, counts);
    counts[level] = (counts[level] ?? 0) + 1;
    const n = counts[level] ?? 1;
    return level === 1 ? `${formatNumber(n, 'lowerLetter')})` : `${n}.`;
  }
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Word's letters: a … z, then aa, bb … */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}
