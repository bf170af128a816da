import type { CalledPerson } from '../../shared/model/domain';
import { expectedCounts } from '../../shared/model/attendance';
import './expected.css';

/**
 * Before the meeting, who is expected: "Väntas: 14 av 18 · Förhinder: 3
 * (2 med ersättare) · Ej svarat: 11". Those not marked are expected (a
 * kallelse is answered with förhinder); guests and vacant seats are not counted.
 */
export function ExpectedSummary({ persons }: { persons: readonly CalledPerson[] }) {
  const c = expectedCounts(persons);
  if (c.called === 0) return null;
  return (
    <p className="expected-summary" data-expected-summary="">
      <span data-expected="expected">
        Väntas: <strong>{c.expected}</strong> av {c.called}
      </span>
      <span aria-hidden="true"> · </span>
      <span data-expected="excused">
        Förhinder: <strong>{c.excused}</strong>
        {c.substitutes > 0 && ` (${c.substitutes} med ersättare)`}
      </span>
      <span aria-hidden="true"> · </span>
      <span data-expected="unanswered">
        Ej svarat: <strong>{c.unanswered}</strong>
      </span>
    </p>
  );
}
