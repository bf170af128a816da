import type { Body, BodyStandingItem } from '../../../shared/model/body';
import { AppError } from '../../../shared/ipc/result';
import { inPrintedOrder, standingItemsInputSchema } from '../../../shared/model/standing-agenda';
import type { Db } from './db';
import { getBody } from './bodies';
import { parseInput, prepared } from './sql';

/**
 * The body's standing items: the one place that decides what every new
 * meeting of the body starts with (from the body or from an earlier
 * meeting). A meeting's own items never change the list.
 */

/**
 * Replaces the body's standing items with `input`, stored in printed order
 * (those before the subject items first). Titles are trimmed; an empty title,
 * the same title twice at one level, or too many items are refused and
 * nothing changes.
 */
export function setStandingItems(db: Db, id: number, input: readonly BodyStandingItem[], at: string): Body {
  const items = inPrintedOrder(parseInput(standingItemsInputSchema, input));
  const result = prepared(db, 'UPDATE bodies SET standing_items_json = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(items),
    at,
    id,
  );
  if (result.changes === 0) throw new AppError('not_found', 'Organet finns inte.');
  return getBody(db, id);
}
