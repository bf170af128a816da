import { useId, useState } from 'react';
import type { CalledPerson } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import { DateField } from '../components/DateField';
import { Field } from '../components/Field';
import type { LabelledItem } from '../agenda/labels';
import type { TaskDraft, TaskEditor } from './useTasks';

const OTHER = '__other__';

function TaskRow({
  task,
  number,
  called,
  editor,
  readOnly,
}: {
  task: TaskDraft;
  number: string;
  called: readonly CalledPerson[];
  editor: TaskEditor;
  readOnly: boolean;
}) {
  const id = useId();
  const names = called.filter((p) => !p.vacant && p.name.trim()).map((p) => p.name.trim());
  const [otherChosen, setOtherChosen] = useState(task.owner !== '' && !names.includes(task.owner));
  const selectValue = otherChosen ? OTHER : task.owner;
  const whatEmpty = task.what.trim() === '';

  if (readOnly) {
    return (
      <li className={`task${task.done ? ' is-done' : ''}`} data-task-id={task.id ?? undefined}>
        <TaskText task={task} />
      </li>
    );
  }

  return (
    <li className={`task task-edit${task.done ? ' is-done' : ''}`} data-task-id={task.id ?? undefined} data-task-key={task.key}>
      <div className="task-grid">
        <Field id={`${id}-what`} label="Uppdrag" className="form-field task-what">
          {(control) => (
            <>
              <input
                {...control}
                className="field-input"
                value={task.what}
                autoComplete="off"
                aria-label={`Uppdrag, punkt ${number}`}
                placeholder="Vad ska göras?"
                aria-describedby={whatEmpty ? `${id}-hint` : undefined}
                onChange={(e) => editor.change(task.key, { what: e.target.value })}
              />
              {whatEmpty && (
                <p id={`${id}-hint`} className="field-hint task-hint">
                  Sparas när du har skrivit vad som ska göras.
                </p>
              )}
            </>
          )}
        </Field>
        <Field id={`${id}-owner`} label="Ansvarig" className="form-field task-owner">
          {(control) => (
            <>
              <select
                {...control}
                className="field-input"
                value={selectValue}
                onChange={(e) => {
                  const value = e.target.value;
                  if (value === OTHER) {
                    setOtherChosen(true);
                    return;
                  }
                  setOtherChosen(false);
                  editor.change(task.key, { owner: value }, 0);
                }}
              >
                <option value="">Ingen vald</option>
                {names.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
                <option value={OTHER}>Annan (skriv namn) …</option>
              </select>
              {otherChosen && (
                <input
                  className="field-input task-owner-text"
                  aria-label="Ansvarig (fritext)"
                  placeholder="Namn eller grupp"
                  value={task.owner}
                  autoComplete="off"
                  onChange={(e) => editor.change(task.key, { owner: e.target.value })}
                />
              )}
            </>
          )}
        </Field>
        <DateField
          id={`${id}-deadline`}
          className="task-deadline"
          label="Senast"
          value={task.deadline}
          onChange={(deadline) => editor.change(task.key, { deadline })}
          draft={
            task.id !== null
              ? { key: `task:${task.id}:deadline`, label: 'Senast', keep: true }
              : { key: `task-new:${task.key}:deadline`, label: 'Senast', keep: false }
          }
        />
        <label className="check-field task-done">
          <input
            type="checkbox"
            checked={task.done}
            onChange={(e) => editor.change(task.key, { done: e.target.checked }, 0)}
          />{' '}
          Klar
        </label>
        <button
          type="button"
          className="button button-quiet button-small task-remove"
          aria-label={`Ta bort uppdraget ${task.what.trim() || '(tomt)'}`}
          onClick={() => void editor.remove(task.key)}
        >
          Ta bort
        </button>
      </div>
    </li>
  );
}

function TaskText({ task }: { task: TaskDraft }) {
  return (
    <span className="task-text">
      <span className="task-what-text">{task.what}</span>
      {task.owner && <span className="task-owner-name"> – {task.owner}</span>}
      {task.deadline && <span className="task-deadline-text">, senast {formatLongDate(task.deadline)}</span>}
      {task.done && <span className="task-done-tag"> (klart)</span>}
    </span>
  );
}

/** "Uppdrag" under one item: what, owner, deadline, done. */
export function ItemTasks({
  entry,
  tasks,
  called,
  editor,
  readOnly,
}: {
  entry: LabelledItem;
  tasks: readonly TaskDraft[];
  called: readonly CalledPerson[];
  editor: TaskEditor;
  readOnly: boolean;
}) {
  const number = entry.numberText;
  if (readOnly && tasks.length === 0) return null;
  return (
    <div className="item-tasks" aria-label={`Uppdrag för punkt ${entry.fullLabel}`} role="group">
      {tasks.length > 0 && <p className="item-meta-label item-tasks-title">Uppdrag</p>}
      {tasks.length > 0 && (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskRow key={task.key} task={task} number={number} called={called} editor={editor} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button button-quiet button-small add-task"
          onClick={() => {
            const key = editor.create(entry.item.id);
            requestAnimationFrame(() => {
              const row = document.querySelector<HTMLInputElement>(`[data-task-key="${key}"] input`);
              row?.focus();
            });
          }}
        >
          + Nytt uppdrag
        </button>
      )}
    </div>
  );
}

/** "Uppdrag från mötet": every saved task, open ones first, then by item number. */
export function GatheredTasks({ tasks, items }: { tasks: readonly TaskDraft[]; items: readonly LabelledItem[] }) {
  const headingId = useId();
  const order = new Map(items.map((e, i) => [e.item.id, i]));
  const saved = tasks.filter((t) => t.what.trim() !== '');
  const sorted = [...saved].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      (order.get(a.itemId ?? -1) ?? 9999) - (order.get(b.itemId ?? -1) ?? 9999) ||
      (a.id ?? 0) - (b.id ?? 0),
  );
  return (
    <section className="gathered-tasks" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Uppdrag från mötet
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">Inga uppdrag ännu. Lägg till uppdrag under punkterna.</p>
      ) : (
        <ol className="gathered-list">
          {sorted.map((task) => {
            const entry = items.find((e) => e.item.id === task.itemId);
            return (
              <li key={task.key} className={`gathered-task${task.done ? ' is-done' : ''}`} data-done={task.done}>
                <span className="gathered-item">{entry ? (entry.numbered ? `Punkt ${entry.numberText}` : entry.reference) : 'Mötet'}</span>
                <TaskText task={task} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
