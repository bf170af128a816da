import { useId, type DragEvent, type KeyboardEvent } from 'react';
import { ROLES, type Role } from '../../shared/model/domain';
import { roleLabel } from '../../shared/format/labels';
import { KindOptions } from '../components/Field';
import { MoveButtons } from '../components/MoveButtons';
import './roster-email.css';
import { memberLabel, type RosterMember } from './rosterModel';

type MemberField = 'name' | 'party' | 'organisation' | 'title' | 'email';

function roleOptionLabel(role: Role): string {
  return role === 'adjungerad' ? 'adjungerad (adj.)' : roleLabel(role);
}

/** The column heads above a category's rows (the rows' own fields carry the labels for assistive technology). */
export function MemberColumns() {
  return (
    <div className="member-columns" aria-hidden="true">
      <span />
      <span>Namn</span>
      <span>Parti</span>
      <span>Organisation</span>
      <span>Titel</span>
      <span>E-post</span>
      <span>Funktion</span>
      <span>Vakant</span>
      <span />
    </div>
  );
}

/** One person (or vacant seat) of a category: the fields, the handle to drag it, and its buttons. */
export function MemberRow({
  member,
  position,
  categoryLabel,
  isFirst,
  isLast,
  dragging,
  dropBefore,
  dropAfter,
  errorFor,
  onEdit,
  onBlurField,
  onMove,
  onRemove,
  onDragStart,
  onDragEnd,
  onDragOver,
  onDrop,
}: {
  member: RosterMember;
  position: number;
  categoryLabel: string;
  isFirst: boolean;
  isLast: boolean;
  dragging: boolean;
  dropBefore: boolean;
  dropAfter: boolean;
  errorFor: (key: string) => string | undefined;
  onEdit: (patch: Partial<RosterMember>, delayMs?: number) => void;
  onBlurField: (field: MemberField) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
}) {
  const id = useId();
  const label = memberLabel(member);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      onMove(e.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const text = (field: MemberField, fieldLabel: string) => {
    const error = errorFor(`${member.key}:${field}`);
    return (
      <div className={`member-cell cell-${field}`}>
        <input
          data-focus-key={`${member.key}:${field}`}
          className="field-input"
          type="text"
          inputMode={field === 'email' ? 'email' : undefined}
          spellCheck={field === 'email' ? false : undefined}
          aria-label={fieldLabel}
          value={member[field]}
          placeholder={fieldLabel}
          autoComplete="off"
          disabled={member.vacant}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          onChange={(e) => onEdit({ [field]: e.target.value })}
          onBlur={() => onBlurField(field)}
        />
        {error && (
          <p id={`${id}-${field}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <div
      role="group"
      aria-label={`${label}, plats ${position} i ${categoryLabel}`}
      className={`member-row${dragging ? ' is-dragging' : ''}${dropBefore ? ' drop-before' : ''}${dropAfter ? ' drop-after' : ''}${member.vacant ? ' is-vacant' : ''}`}
      data-member-row=""
      data-member-name={member.vacant ? '' : member.name.trim()}
      data-vacant={member.vacant ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <span
        className="drag-handle"
        draggable
        title="Dra för att flytta"
        aria-hidden="true"
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
      >
        ⋮⋮
      </span>
      {member.vacant ? (
        <div className="member-cell cell-vacant-name">
          <span className="vacant-text">Vakant</span>
        </div>
      ) : (
        <>
          {text('name', 'Namn')}
          {text('party', 'Parti')}
          {text('organisation', 'Organisation')}
          {text('title', 'Titel')}
          {text('email', 'E-post')}
        </>
      )}
      <div className="member-cell cell-role">
        <select
          data-focus-key={`${member.key}:role`}
          className="field-input"
          aria-label="Funktion"
          value={member.role}
          onChange={(e) => onEdit({ role: e.target.value as Role }, 0)}
        >
          <KindOptions kinds={ROLES} label={roleOptionLabel} />
        </select>
      </div>
      <label className="member-cell cell-vacant">
        <input
          type="checkbox"
          data-focus-key={`${member.key}:vacant`}
          checked={member.vacant}
          onChange={(e) => onEdit({ vacant: e.target.checked }, 0)}
        />
        <span className="cell-vacant-label">Vakant</span>
      </label>
      <div className="member-cell cell-actions">
        <MoveButtons label={label} focusKey={member.key} first={isFirst} last={isLast} onMove={(d) => onMove(d === 'up' ? -1 : 1)} />
        <button type="button" className="icon-button danger-quiet" aria-label={`Ta bort ${label}`} title="Ta bort" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
