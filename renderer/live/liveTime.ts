/** Time bookkeeping of live mode: the clock and the time used on each item. */

export interface ItemTimes {
  /** Milliseconds spent on each item before it last stopped being current. */
  spent: Record<number, number>;
  /** The item in progress and since when (epoch ms). */
  current: number | null;
  since: number;
}

export function switchItemTime(times: ItemTimes, itemId: number, now: number): ItemTimes {
  if (times.current === itemId) return times;
  const spent = { ...times.spent };
  if (times.current !== null) spent[times.current] = (spent[times.current] ?? 0) + Math.max(0, now - times.since);
  return { spent, current: itemId, since: now };
}

/** Whole minutes used, a label against the allotted time, and minutes over. */
export function itemTimeText(usedMs: number, allotted: number | null): { used: number; label: string; over: number } {
  const used = Math.floor(usedMs / 60_000);
  if (allotted === null || allotted <= 0) return { used, label: `${used} min på punkten`, over: 0 };
  return { used, label: `${used} av ${allotted} min`, over: Math.max(0, used - allotted) };
}

const key = (meetingId: number) => `anteckna.live.${meetingId}.times`;

export function loadItemTimes(meetingId: number): ItemTimes {
  try {
    const raw = window.sessionStorage.getItem(key(meetingId));
    if (raw) {
      const parsed = JSON.parse(raw) as Partial<ItemTimes>;
      if (parsed && typeof parsed === 'object' && typeof parsed.since === 'number') {
        return {
          spent: typeof parsed.spent === 'object' && parsed.spent !== null ? parsed.spent : {},
          current: typeof parsed.current === 'number' ? parsed.current : null,
          since: parsed.since,
        };
      }
    }
  } catch {
    // Unreadable or disabled storage: start counting afresh.
  }
  return { spent: {}, current: null, since: Date.now() };
}

export function saveItemTimes(meetingId: number, times: ItemTimes): void {
  try {
    window.sessionStorage.setItem(key(meetingId), JSON.stringify(times));
  } catch {
    // Not essential.
  }
}
