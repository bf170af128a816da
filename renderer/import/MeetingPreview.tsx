import { formatLongDate, formatTimeRange } from '../../shared/format/date';
import { attendanceLabel, roleLabel, typeLine } from '../../shared/format/labels';
import type { MeetingFile, MeetingFileSubItem } from '../../shared/meetingfile/schema';
import type { NewCalledPerson } from '../../shared/model/new-meeting';
import { presentersText } from '../app/text';
import { nameWithParty } from '../attendance/text';

/**
 * The meeting that "Spara som möte" would save, compactly: the header, the
 * called list by side with attendance, and the items with their kind,
 * minutes, presenters and standpoint. `data-preview-items` counts the items
 * for tests and the reader who wants the number.
 */
export function MeetingPreview({ file }: { file: MeetingFile }) {
  const m = file.meeting;
  const members = m.calledPersons.filter((p) => p.kind !== 'guest');
  const sides = [...new Set(members.map((p) => p.sideName))];
  const time = m.startTime || m.endTime ? formatTimeRange(m.startTime, m.endTime) : '';
  return (
    <div className="import-preview" data-preview-items={m.agenda.length} data-preview-date={m.date}>
      <dl className="import-preview-header">
        <PreviewField label="Titel" value={m.title} />
        {m.subtitle && <PreviewField label="Undertitel" value={m.subtitle} />}
        <PreviewField label="Datum" value={m.date ? formatLongDate(m.date) : ''} />
        <PreviewField label="Tid" value={time} />
        <PreviewField label="Plats" value={m.place} />
        {m.meetingForm && <PreviewField label="Mötesform" value={m.meetingForm} />}
      </dl>

      <h3 className="import-preview-title">Kallade ({members.length})</h3>
      {members.length === 0 ? (
        <p className="muted">Ingen kallelselista hittades.</p>
      ) : (
        sides.map((side) => (
          <div key={side} className="import-preview-side">
            {side && <p className="import-preview-side-name">{side}</p>}
            <ul className="import-preview-people">
              {members
                .filter((p) => p.sideName === side)
                .map((p, i) => (
                  <li key={i}>
                    {personText(p)}
                    {p.attendance.status !== 'unmarked' && <span className="import-preview-attendance"> – {attendanceLabel(p.attendance.status)}</span>}
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}

      <h3 className="import-preview-title">Punkter ({m.agenda.length})</h3>
      {m.agenda.length === 0 ? (
        <p className="muted">Inga punkter hittades. Ange vilka rader som är punkter i listan.</p>
      ) : (
        <ol className="import-preview-items">
          {m.agenda.map((item, i) => (
            <li key={i} data-preview-item={item.title}>
              <PreviewItem item={item} />
              {item.children.length > 0 && (
                <ol className="import-preview-subitems" type="a">
                  {item.children.map((child, j) => (
                    <li key={j}>
                      <PreviewItem item={child} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {(m.secretaryName || m.reviewers.length > 0) && (
        <dl className="import-preview-header">
          {m.secretaryName && <PreviewField label="Vid anteckningarna" value={m.secretaryName} />}
          {m.reviewers.length > 0 && <PreviewField label="Justerat av" value={m.reviewers.map((r) => r.name).join(', ')} />}
        </dl>
      )}
    </div>
  );
}

function PreviewField({ label, value }: { label: string; value: string }) {
  return (
    <div className="import-preview-field">
      <dt>{label}</dt>
      <dd>{value || <span className="muted">saknas</span>}</dd>
    </div>
  );
}

function PreviewItem({ item }: { item: MeetingFileSubItem }) {
  const type = typeLine(item.kind, item.minutes, item.attachment);
  return (
    <>
      <span className="import-preview-item-title">{item.title || '(utan rubrik)'}</span>
      {type && <span className="import-preview-item-meta"> · {type}</span>}
      {item.presenters.length > 0 && (
        <span className="import-preview-item-meta">
          {' '}
          · Föredragande: {presentersText(item.presenters)}
        </span>
      )}
      {item.standpoint && <p className="import-preview-standpoint">Ställningstagande: {item.standpoint}</p>}
    </>
  );
}

function personText(p: NewCalledPerson): string {
  if (p.vacant) return 'Vakant';
  const name = nameWithParty(p);
  const role = p.role !== 'ledamot' ? roleLabel(p.role) : '';
  return [name, p.organisation, p.title, role].filter(Boolean).join(', ');
}
