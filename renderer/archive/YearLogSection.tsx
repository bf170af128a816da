import { formatLongDate } from '../../shared/format/date';
import { doneLabel, itemLabel, meetingName, standpointsByMeeting, yearLogTitle, type ArchiveBody, type YearLog } from '../../shared/model/archive';
import { FormError } from '../components/Field';
import { Dialog } from '../review/Dialog';
import { YEAR_LOG_FORMATS, useYearLogExport, yearLogFormatName } from './useYearLogExport';

/**
 * "Beslutslogg 2026": the body's standpoints and the tasks given in the year,
 * as the exported file has them, with export to Word and PDF for the annual report.
 */
export function YearLogSection({ body, year, log }: { body: ArchiveBody; year: number; log: YearLog }) {
  const groups = standpointsByMeeting(log.standpoints);
  const headingId = `year-log-${year}`;
  return (
    <section className="card archive-log" aria-labelledby={headingId}>
      <div className="archive-log-head">
        <h2 id={headingId} className="archive-section-title">
          {yearLogTitle(year)}
        </h2>
        <YearLogExport bodyId={body.id} year={year} />
      </div>

      <h3 className="archive-log-subtitle">Ställningstaganden</h3>
      {groups.length === 0 && <p className="muted">Inga ställningstaganden {year}.</p>}
      {groups.map((group) => (
        <div key={group.meetingId} className="archive-log-meeting">
          <h4 className="archive-log-meeting-name">{meetingName(group.date, group.meetingTitle)}</h4>
          <ul className="archive-standpoints">
            {group.standpoints.map((s) => (
              <li key={s.itemId}>
                <span className="archive-standpoint-item">{itemLabel(s.itemNumber, s.itemTitle, body.numberedItems)}</span>
                <span className="archive-standpoint-text">{s.standpoint}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h3 className="archive-log-subtitle">Uppdrag</h3>
      {log.tasks.length === 0 && <p className="muted">Inga uppdrag gavs {year}.</p>}
      {log.tasks.length > 0 && (
        <ul className="archive-tasks">
          {log.tasks.map((t) => (
            <li key={t.id} className="archive-task" data-task-done={t.done}>
              <span className="archive-task-what">{t.what.trim() || 'Namnlöst uppdrag'}</span>
              <span className="archive-task-facts">
                {t.owner.trim() && <span>Ansvarig: {t.owner.trim()}</span>}
                {t.deadline && <span>Senast {formatLongDate(t.deadline)}</span>}
                <span>Klart: {doneLabel(t)}</span>
                <span>Givet {formatLongDate(t.date)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function YearLogExport({ bodyId, year }: { bodyId: number; year: number }) {
  const { state, exportAs, dismiss } = useYearLogExport(bodyId, year);
  const busy = state.kind === 'exporting';
  return (
    <div className="archive-export">
      <div className="archive-export-actions">
        {YEAR_LOG_FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button-small"
            // Not disabled while exporting: the focused button would lose focus to the page.
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void exportAs(format, false);
            }}
          >
            Exportera {label}
          </button>
        ))}
      </div>
      <p className="archive-export-status" role="status" data-year-log-export={state.kind}>
        {state.kind === 'exporting' && `Exporterar ${yearLogFormatName(state.format)} …`}
        {state.kind === 'done' && (
          <span data-export-path={state.path}>
            {yearLogFormatName(state.format)} är sparad: <span className="export-path">{state.path}</span>
          </span>
        )}
      </p>
      {state.kind === 'error' && <FormError error={state.message} />}
      {state.kind === 'confirm' && (
        <Dialog
          title="Filen finns redan. Vill du ersätta den?"
          lead={`Det finns redan en fil med samma namn i exportmappen (${yearLogFormatName(state.format)}).`}
          onClose={dismiss}
        >
          {() => (
            <div className="dialog-actions">
              <button type="button" className="button button-primary" onClick={() => void exportAs(state.format, true)}>
                Ersätt filen
              </button>
              <button type="button" className="button button-quiet" data-autofocus onClick={dismiss}>
                Avbryt
              </button>
            </div>
          )}
        </Dialog>
      )}
    </div>
  );
}
