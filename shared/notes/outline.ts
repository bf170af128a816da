/** The heading kinds a note can hold, as stored ("Rubrik" in the toolbar is an h3). */
export type NoteHeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

const TAG_RANK: Record<NoteHeadingTag, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * The outline level of each heading in an item's notes, asked in document
 * order: the largest kind the notes use one level below the item's heading,
 * each smaller kind one more, never more than one level below the heading
 * before it (so no level is skipped whatever kinds a paste brought in), and
 * never deeper than `deepest` (Word's outline in the exports, h6 in the app).
 */
export function noteHeadingOutline(
  used: Iterable<NoteHeadingTag>,
  itemLevel: number,
  deepest: number,
): (tag: NoteHeadingTag) => number {
  const ranked = [...new Set(used)].sort((a, b) => TAG_RANK[a] - TAG_RANK[b]);
  const below = (level: number) => Math.min(level + 1, deepest);
  let previous = itemLevel;
  return (tag) => {
    let level = below(itemLevel);
    for (let step = ranked.indexOf(tag); step > 0 && level < previous + 1 && level < deepest; step--) level = below(level);
    previous = level;
    return level;
  };
}
