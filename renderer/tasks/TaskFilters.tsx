import type { BodySummary } from '../../shared/model/body';
import { TASK_LIST_STATUSES, type TaskListFilter } from '../../shared/model/task-list';
import { Field, TextField } from '../components/Field';
import { STATUS_LABELS } from './taskListModel';

/** The filters of "Uppdrag": body, owner, open/done/all and overdue only; each change applies at once. */
export function TaskFilters({
  filter,
  bodies,
  onChange,
}: {
  filter: TaskListFilter;
  bodies: readonly BodySummary[];
  onChange: (change: Partial<TaskListFilter>) => void;
}) {
  return (
    <form className="tasklist-filters" aria-label="Filtrera uppdrag" onSubmit={(e) => e.preventDefault()}>
      <Field id="tasklist-body" label="Organ" className="form-field tasklist-filter">
        {(control) => (
          <select
            className="field-input"
            {...control}
            value={filter.bodyId ?? ''}
            onChange={(e) => onChange({ bodyId: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">Alla organ</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.shortName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id="tasklist-owner"
        label="Ansvarig"
        hint="(del av namnet)"
        className="form-field tasklist-filter"
        type="search"
        maxLength={200}
        value={filter.owner}
        onChange={(owner) => onChange({ owner })}
      />
      <fieldset className="tasklist-status">
        <legend className="field-label">Visa</legend>
        <div className="tasklist-status-options">
          {TASK_LIST_STATUSES.map((status) => (
            <label key={status} className="check-field">
              <input
                type="radio"
                name="tasklist-status"
                value={status}
                checked={filter.status === status}
                onChange={() => onChange({ status })}
              />
              {STATUS_LABELS[status]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check-field tasklist-overdue">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => onChange({ overdueOnly: e.target.checked })} />
        Bara försenade
      </label>
    </form>
  );
}
