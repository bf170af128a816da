import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { AgendaItem, Body, Meeting, StandpointTemplate } from '../../shared/model/domain';
import { fillTemplate, suggestTemplates } from '../../shared/standpoints/templates';
import { GAP_PATTERN, splitGaps, templateContext } from './context';
import {
  isInsertStandpointKey,
  registerStandpointPicker,
  standpointStore,
  useStandpoint,
  useTemplates,
} from './store';

export interface StandpointFieldProps {
  meeting: Meeting;
  item: AgendaItem;
  body: Body;
  readOnly: boolean;
}

/**
 * "Ställningstagande": the item's standpoint in its own field (printed in
 * italics), saved by itself, with a picker of the body's phrases filled from
 * the body and the meeting. Ctrl+Alt+S (or Alt+S) opens the picker with the
 * best phrase for the item's kind selected; Enter inserts it.
 */
export function StandpointField({ meeting, item, body, readOnly }: StandpointFieldProps) {
  const meetingId = meeting.id;
  const itemId = item.id;
  useEffect(() => standpointStore.seed(meetingId, itemId, item.standpoint), [meetingId, itemId, item.standpoint]);
  const entry = useStandpoint(meetingId, itemId, item.standpoint);
  const [pickerOpen, setPickerOpen] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const caretRef = useRef<{ start: number; end: number } | null>(null);
  /** Where focus was when the picker opened (the notes, with Ctrl+Alt+S): Escape goes back there. */
  const openerRef = useRef<HTMLElement | null>(null);
  const fieldId = useId();

  const open = useCallback(() => {
    if (readOnly) return;
    const ta = textareaRef.current;
    if (ta && document.activeElement === ta) caretRef.current = { start: ta.selectionStart, end: ta.selectionEnd };
    else caretRef.current = null;
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPickerOpen(true);
  }, [readOnly]);

  useEffect(() => registerStandpointPicker(meetingId, itemId, open), [meetingId, itemId, open]);

  const insert = (filled: string) => {
    const current = standpointStore.get(meetingId, itemId)?.text ?? item.standpoint;
    let next: string;
    let start: number;
    const caret = caretRef.current;
    if (caret) {
      next = current.slice(0, caret.start) + filled + current.slice(caret.end);
      start = caret.start;
    } else if (current.trim() === '') {
      next = filled;
      start = 0;
    } else {
      const sep = /\s$/.test(current) ? '' : ' ';
      next = current + sep + filled;
      start = current.length + sep.length;
    }
    // Shown and focused before the key's handler returns: the next key typed belongs in the field.
    flushSync(() => {
      standpointStore.set(meetingId, itemId, next);
      setPickerOpen(false);
    });
    const ta = textareaRef.current;
    if (!ta) return;
    ta.focus();
    // The first gap is selected, so typing fills it.
    const gap = GAP_PATTERN.exec(filled);
    if (gap) ta.setSelectionRange(start + gap.index, start + gap.index + gap[0].length);
    else ta.setSelectionRange(start + filled.length, start + filled.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isInsertStandpointKey(event.nativeEvent)) {
      event.preventDefault();
      open();
    }
  };

  const hasGaps = GAP_PATTERN.test(entry.text);
  const state = entry.state;

  return (
    <div
      className={`standpoint-field${readOnly ? ' is-readonly' : ''}`}
      data-standpoint-item={itemId}
      data-standpoint-state={state}
    >
      <div className="standpoint-head">
        {/* Named with its item: a screen reader's list of fields tells the items apart. */}
        <label className="standpoint-label" htmlFor={fieldId}>
          Ställningstagande<span className="visually-hidden"> för {item.title.trim() || 'punkten'}</span>
        </label>
        {!readOnly && (
          <button
            type="button"
            className="standpoint-pick-button"
            onClick={open}
            aria-haspopup="dialog"
            aria-expanded={pickerOpen}
            aria-keyshortcuts="Control+Alt+S Alt+S"
            title="Infoga standardfras (Ctrl+Alt+S)"
          >
            Infoga fras<span className="visually-hidden"> i {item.title.trim() || 'punkten'}</span> <kbd>Ctrl+Alt+S</kbd>
          </button>
        )}
      </div>
      <div className="standpoint-input-wrap">
        <div className="standpoint-backdrop" aria-hidden="true">
          {splitGaps(entry.text).map((part, i) =>
            part.gap ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
          )}
          {'\u200b'}
        </div>
        <textarea
          id={fieldId}
          ref={textareaRef}
          className="standpoint-input"
          value={entry.text}
          readOnly={readOnly}
          rows={2}
          lang="sv"
          spellCheck
          placeholder={readOnly ? '' : 'Skriv eller infoga en fras (Ctrl+Alt+S) …'}
          onChange={(e) => standpointStore.set(meetingId, itemId, e.target.value)}
          onBlur={() => standpointStore.flush(meetingId)}
          onKeyDown={onKeyDown}
          aria-describedby={hasGaps || entry.error ? `${fieldId}-help` : undefined}
        />
      </div>
      {(hasGaps || entry.error) && (
        <div id={`${fieldId}-help`} className="standpoint-help">
          {hasGaps && !entry.error && (
            <p className="standpoint-gaps" data-standpoint-gaps="">
              Fyll i det som står inom hakparentes.
            </p>
          )}
          {entry.error && (
            <p className="standpoint-error" role="alert" data-standpoint-error="">
              {entry.error}
            </p>
          )}
        </div>
      )}
      {pickerOpen && (
        <TemplatePicker
          meeting={meeting}
          item={item}
          body={body}
          onInsert={insert}
          onClose={() => {
            setPickerOpen(false);
            const opener = openerRef.current;
            requestAnimationFrame(() => (opener?.isConnected ? opener : textareaRef.current)?.focus());
          }}
        />
      )}
    </div>
  );
}

interface PickerProps {
  meeting: Meeting;
  item: AgendaItem;
  body: Body;
  onInsert: (text: string) => void;
  onClose: () => void;
}

/** The phrase picker: best suggestion first and selected; type to filter; Enter inserts. */
export function TemplatePicker({ meeting, item, body, onInsert, onClose }: PickerProps) {
  const templates = useTemplates(body.id);
  const [filter, setFilter] = useState('');
  const [group, setGroup] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const filterRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);

  useEffect(() => filterRef.current?.focus({ preventScroll: true }), []);
  // In a short window beside Teams the picker opens near the bottom: bring all of it into view
  // (again once the phrases have arrived and given it its height).
  useEffect(() => {
    pickerRef.current?.scrollIntoView({ block: 'nearest' });
  }, [templates.status]);

  const options = useMemo(() => {
    if (templates.status !== 'ready') return [] as StandpointTemplate[];
    const suggested = suggestTemplates(templates.templates, item.kind);
    const f = filter.trim().toLowerCase();
    if (!f) return suggested;
    return suggested.filter((t) => t.label.toLowerCase().includes(f) || t.text.toLowerCase().includes(f));
  }, [templates, item.kind, filter]);

  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const selected = options[activeIndex];
  const needsGroup = selected ? selected.text.includes('{grupp}') : false;
  const context = templateContext(body, meeting, group);

  const choose = (template: StandpointTemplate | undefined) => {
    if (!template) return;
    onInsert(fillTemplate(template.text, context).text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(options.length, 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(selected);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={pickerRef}
      className="template-picker"
      role="dialog"
      aria-label="Infoga standardfras"
      data-template-picker=""
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      <div className="template-picker-inputs">
        <label className="template-picker-filter">
          <span className="visually-hidden">Sök fras</span>
          <input
            ref={filterRef}
            type="search"
            value={filter}
            placeholder="Sök fras …"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={selected ? `${listId}-${selected.id}` : undefined}
            aria-autocomplete="list"
            onChange={(e) => {
              setFilter(e.target.value);
              setActive(0);
            }}
          />
        </label>
        {needsGroup && (
          <label className="template-picker-group">
            <span>Grupp/person</span>
            <input type="text" value={group} placeholder="t.ex. UG SAMSA" onChange={(e) => setGroup(e.target.value)} />
          </label>
        )}
      </div>
      {templates.status === 'loading' && <p className="template-picker-note">Hämtar fraser …</p>}
      {templates.status === 'error' && (
        <p className="template-picker-note is-error" role="alert">
          Fraserna kunde inte hämtas: {templates.message}
        </p>
      )}
      {templates.status === 'ready' && options.length === 0 && (
        <p className="template-picker-note">Ingen fras matchar.</p>
      )}
      <ul id={listId} role="listbox" className="template-picker-list" aria-label="Fraser">
        {options.map((t, i) => {
          const filled = fillTemplate(t.text, context);
          return (
            <li
              key={t.id}
              id={`${listId}-${t.id}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`template-option${i === activeIndex ? ' is-active' : ''}`}
              data-template-label={t.label}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(t)}
            >
              <span className="template-option-label">{t.label}</span>
              <span className="template-option-text">
                {splitGaps(filled.text).map((part, j) =>
                  part.gap ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>,
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="template-picker-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> välj · <kbd>Enter</kbd> infoga · <kbd>Esc</kbd> stäng
      </p>
    </div>
  );
}
