import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Body } from '../../shared/model/domain';
import { rosterInputSchema, type RosterSideInput } from '../../shared/model/roster';
import { safeParseSwedish } from '../../shared/format/validationMessages';
import { LatestSaver } from '../app/latestSaver';
import { api } from '../api/client';
import type { BodySaveState } from '../components/BodySaveState';
import { rosterFromBody, rosterToInput, validateRoster, withSavedIds, type RosterSide } from './rosterModel';

interface Sent {
  tree: RosterSide[];
  input: RosterSideInput[];
}

interface UpdateOptions {
  delayMs?: number;
  /** The focus key (`data-focus-key`) of the control to focus after the change is shown. */
  focus?: string;
  select?: boolean;
  announce?: string;
}

/** The focus key of the control that has focus, so a moved row keeps it on the same control. */
export function focusKeyOfActive(): string | undefined {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey;
}

/** Alt+↑ / Alt+↓ on a side's or a category's head: the step it asks for (the key's default is then stopped). */
export function altArrow(event: KeyboardEvent<HTMLElement>): -1 | 1 | null {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return null;
  event.preventDefault();
  return event.key === 'ArrowUp' ? -1 : 1;
}

/**
 * The roster editor's state: the tree, saved as a whole (roster:save) after a
 * short pause when it is valid, with focus and announcements after a change,
 * the last removal to undo, and which fields have been left (their errors show).
 */
export function useRosterEditor(body: Body, onState: (state: BodySaveState) => void) {
  const baseId = useId();
  const [sides, setSidesState] = useState<RosterSide[]>(() => rosterFromBody(body));
  const sidesRef = useRef(sides);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [undo, setUndo] = useState<{ sides: RosterSide[]; message: string } | null>(null);
  const pendingFocus = useRef<{ key: string; select?: boolean } | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;

  const saver = useMemo(
    () =>
      new LatestSaver<Sent, Body>(`roster:${body.id}`, {
        send: (sent) => api['roster:save']({ bodyId: body.id, sides: sent.input }),
        onSaved: (saved, sent) => {
          setSaveError(null);
          sidesRef.current = withSavedIds(sidesRef.current, sent.tree, saved);
          setSidesState(sidesRef.current);
        },
        onFailed: (error) => setSaveError(error.message),
        onState: (state) => onStateRef.current(state),
      }),
    [body.id],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  const errors = useMemo(() => validateRoster(sides), [sides]);

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-focus-key="${target.key}"]`);
    if (el) {
      el.focus();
      if (target.select && el instanceof HTMLInputElement) el.select();
    }
  });

  /** Every change goes through here: shown at once, saved after a pause when valid. */
  const update = (next: RosterSide[], options: UpdateOptions = {}) => {
    sidesRef.current = next;
    setSidesState(next);
    if (options.focus) pendingFocus.current = { key: options.focus, select: options.select };
    if (options.announce) setAnnounce(options.announce);
    if (validateRoster(next).size > 0) {
      saver.cancel();
      onStateRef.current('invalid');
      return;
    }
    // A tree saved as a whole: ids of entries created by the previous save are applied in onSaved.
    const input = rosterToInput(next);
    const parsed = safeParseSwedish(rosterInputSchema, input);
    if (!parsed.success) {
      setSaveError(`Listan kan inte sparas: ${parsed.error.issues[0]!.message}`);
      saver.cancel();
      onStateRef.current('invalid');
      return;
    }
    saver.schedule({ tree: next, input }, options.delayMs ?? 500);
  };

  /** The tree as it is now, with changes not yet rendered. */
  const current = () => sidesRef.current;

  /** A change from the tree as it is now (not as last rendered). */
  const change = (fn: (current: RosterSide[]) => RosterSide[], options?: UpdateOptions) => update(fn(sidesRef.current), options);

  /** Keeps the tree before a removal, for "Ångra". */
  const remember = (message: string) => setUndo({ sides: sidesRef.current, message });

  const undoLast = () => {
    if (!undo) return;
    setUndo(null);
    update(undo.sides, { delayMs: 0, announce: 'Ångrat.' });
  };

  /** The field was left: its error (if any) shows from now on, and the pending save goes at once. */
  const leave = (focusKey?: string) => {
    if (focusKey) setTouched((prev) => (prev.has(focusKey) ? prev : new Set(prev).add(focusKey)));
    saver.flush();
  };

  const errorFor = (focusKey: string) => (touched.has(focusKey) ? errors.get(focusKey) : undefined);

  return {
    baseId,
    rootRef,
    sides,
    current,
    saveError,
    announce,
    setAnnounce,
    undo,
    closeUndo: () => setUndo(null),
    undoLast,
    update,
    change,
    remember,
    leave,
    errorFor,
  };
}

export type RosterEditorState = ReturnType<typeof useRosterEditor>;
