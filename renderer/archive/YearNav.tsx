import type { ArchiveYearCount } from '../../shared/model/archive';
import { archiveHref } from '../app/router';
import { count } from '../app/text';

/** The body's years, newest first, each with its number of meetings; the year shown is marked. */
export function YearNav({ bodyId, years, current }: { bodyId: number; years: ArchiveYearCount[]; current: number | null }) {
  return (
    <nav className="archive-years" aria-label="År i arkivet">
      <ul className="archive-year-list">
        {years.map(({ year, count: meetings }) => (
          <li key={year}>
            <a
              className="archive-year"
              href={archiveHref(bodyId, year)}
              aria-current={year === current ? 'page' : undefined}
              data-year={year}
            >
              <span className="archive-year-number">{year}</span>{' '}
              <span className="archive-year-count">{count(meetings, 'möte', 'möten')}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
