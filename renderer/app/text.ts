import type { Presenter } from '../../shared/model/domain';

/** Small Swedish text helpers for the interface. */

/** "1 medlem" / "12 medlemmar". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B och C". */
export function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/** "Angela Olausson, Västkom och Åsa Jackson, VGR." */
export function presentersText(presenters: readonly Presenter[]): string {
  const text = joinSwedish(presenters.map((p) => (p.organisation ? `${p.name}, ${p.organisation}` : p.name)));
  return text && !/[.!?]$/.test(text) ? `${text}.` : text;
}
