import { useId } from 'react';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type CalledPerson, type PersonDetailOrder } from '../../shared/model/domain';
import { details } from '../../shared/document/people';
import { attendanceLabel, isPresidingRole, roleLabel } from '../../shared/format/labels';
import { attendanceDetail } from '../../shared/format/attendance';
import { groupPersons } from '../../shared/model/attendance';
import { attendanceHref } from '../app/router';
import { count } from '../app/text';
import type { LabelledItem } from '../agenda/labels';
import { partyInBrackets } from '../attendance/text';
import { ExpectedSummary } from '../attendance/ExpectedSummary';

/** Counts per attendance status, and the called persons grouped as in the roster. */
export function AttendanceSummary({
  meetingId,
  persons,
  agenda,
  readOnly = false,
  boardLink = true,
  detailOrder = 'organisationTitle',
  beforeMeeting = false,
}: {
  meetingId: number;
  persons: CalledPerson[];
  agenda: LabelledItem[];
  /** Justerad: the attendance can be looked at, not changed. */
  readOnly?: boolean;
  /** False for an earlier version: the board shows the current one. */
  boardLink?: boolean;
  /** The body's order of a person's details, as printed: organisation then title, or title then organisation. */
  detailOrder?: PersonDetailOrder;
  /** Replies to the kallelse are still coming in: who is expected is shown above the counts. */
  beforeMeeting?: boolean;
}) {
  const headingId = useId();
  const members = persons.filter((p) => p.kind === 'member' && !p.vacant);
  const invitees = persons.filter((p) => p.kind === 'invitee');
  const guests = persons.filter((p) => p.kind === 'guest');

  const counts = new Map<AttendanceStatus, number>();
  for (const p of members) counts.set(p.attendance.status, (counts.get(p.attendance.status) ?? 0) + 1);
  // "Ej markerad" last: it is what is left to do, not an attendance.
  const order = [...ATTENDANCE_STATUSES.filter((s) => s !== 'unmarked'), 'unmarked' as const];
  const shown = order.filter((s) => (counts.get(s) ?? 0) > 0);

  return (
    <section className="attendance" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId} className="section-title">
          Närvaro
        </h2>
        {boardLink && (
          <a className="button button-quiet button-small" href={attendanceHref(meetingId)} aria-keyshortcuts="Alt+N">
            {readOnly ? 'Visa närvaro' : 'Markera närvaro'} <span className="shortcut-hint">Alt+N</span>
          </a>
        )}
      </div>
      {persons.length === 0 ? (
        <p className="muted">Inga kallade ännu.</p>
      ) : (
        <>
          {beforeMeeting && <ExpectedSummary persons={persons} />}
          <ul className="attendance-counts" aria-label="Närvaro i siffror">
            {shown.map((status) => (
              <li key={status} className={`count-chip status-${status}`} data-status={status}>
                <span className="count-label">{attendanceLabel(status)}</span>{' '}
                <span className="count-value">{counts.get(status)}</span>
              </li>
            ))}
            {invitees.length > 0 && (
              <li className="count-chip status-invitee" data-status="invitee">
                <span className="count-label">Inbjudna</span> <span className="count-value">{invitees.length}</span>
              </li>
            )}
            {guests.length > 0 && (
              <li className="count-chip status-guest" data-status="guest">
                <span className="count-label">Gäster</span> <span className="count-value">{guests.length}</span>
              </li>
            )}
          </ul>
          <details className="called-details">
            <summary>Visa kallade ({count(persons.length, 'person', 'personer')})</summary>
            <CalledList persons={persons} agenda={agenda} detailOrder={detailOrder} />
          </details>
        </>
      )}
    </section>
  );
}

function CalledList({
  persons,
  agenda,
  detailOrder,
}: {
  persons: CalledPerson[];
  agenda: LabelledItem[];
  detailOrder: PersonDetailOrder;
}) {
  const groups = groupPersons(persons);
  let lastSide = '';
  return (
    <div className="called-list">
      {groups.map((group) => {
        const showSide = group.side !== '' && group.side !== lastSide;
        lastSide = group.side || lastSide;
        return (
          <div key={group.key} className="called-group">
            {showSide && <p className="called-side">{group.side}</p>}
            <p className="called-category">{group.category}</p>
            <ul className="called-persons">
              {group.persons.map((p) => {
                const detail = attendanceDetail(p.attendance);
                const item = p.itemId !== null ? agenda.find((e) => e.item.id === p.itemId) : undefined;
                return (
                  <li key={p.id} className="called-person">
                    <span className="called-name">
                      {p.vacant ? (
                        <span className="muted">Vakant</span>
                      ) : (
                        <>
                          {p.name}
                          {partyInBrackets(p) && ` ${partyInBrackets(p)}`}
                          {details(p, detailOrder).map((detail) => `, ${detail}`).join('')}
                          {p.role !== 'ledamot' &&
                            (isPresidingRole(p.role) ? (
                              <>
                                , <strong>{roleLabel(p.role)}</strong>
                              </>
                            ) : (
                              `, ${roleLabel(p.role)}`
                            ))}
                          {item && <span className="muted"> – punkt {item.fullLabel}</span>}
                        </>
                      )}
                    </span>{' '}
                    {!p.vacant && (
                      <span className={`status-tag status-${p.attendance.status}`}>
                        {attendanceLabel(p.attendance.status)}
                        {detail && ` (${detail})`}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
