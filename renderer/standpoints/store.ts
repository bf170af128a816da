import { useSyncExternalStore } from 'react';
import type { StandpointTemplate } from '../../shared/model/domain';
import type { IpcError } from '../../shared/ipc/result';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import type { SaveState } from '../app/saveState';

/**
 * The standpoints being edited, one entry per agenda item, outside React so
 * the picker, the field and "Fyll i standardfraser" all see the same text.
 * Saved through standpoint:save with a short debounce; a 'frozen' or
 * 'conflict' answer is shown and not retried (the text stays).
 */

export const STANDPOINT_DEBOUNCE_MS = 300;

export interface StandpointEntry {
  text: string;
  state: SaveState;
  /** Swedish message when state is 'error'. */
  error: string | null;
}

interface Slot {
  entry: StandpointEntry;
  saver: LatestSaver<string, { savedAt: string }>;
}

function key(meetingId: number, itemId: number): string {
  return `${meetingId}:${itemId}`;
}

export function standpointErrorMessage(error: IpcError): string {
  if (error.code === 'frozen') {
    return 'Mötesanteckningen är justerad och kan inte ändras. Texten finns kvar här men sparas inte – lås upp anteckningen för att ändra.';
  }
  if (error.code === 'conflict') {
    return `Ställningstagandet kunde inte sparas: ${error.message} Texten finns kvar här.`;
  }
  return `Kunde inte spara ställningstagandet: ${error.message} Texten finns kvar och sparas vid nästa ändring.`;
}

class StandpointStore {
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<() => void>();

  /** Registers the stored text of an item; text edited in this session wins over a stale copy. */
  seed(meetingId: number, itemId: number, stored: string): void {
    if (this.slots.has(key(meetingId, itemId))) return;
    this.slot(meetingId, itemId, stored);
    this.emit();
  }

  get(meetingId: number, itemId: number): StandpointEntry | undefined {
    return this.slots.get(key(meetingId, itemId))?.entry;
  }

  /** The secretary changed the text: keep it and save after the debounce. */
  set(meetingId: number, itemId: number, text: string, options: { immediate?: boolean } = {}): void {
    const slot = this.slot(meetingId, itemId, text);
    slot.entry = { ...slot.entry, text };
    slot.saver.schedule(text, STANDPOINT_DEBOUNCE_MS);
    if (options.immediate) slot.saver.flush();
    this.emit();
  }

  flush(meetingId?: number): void {
    for (const [k, slot] of this.slots) {
      if (meetingId === undefined || k.startsWith(`${meetingId}:`)) slot.saver.flush();
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private slot(meetingId: number, itemId: number, initial: string): Slot {
    const k = key(meetingId, itemId);
    let slot = this.slots.get(k);
    if (!slot) {
      const created: Slot = {
        entry: { text: initial, state: 'saved', error: null },
        saver: new LatestSaver<string, { savedAt: string }>(`standpoint:${k}`, {
          send: (standpoint) => api['standpoint:save']({ meetingId, itemId, standpoint }),
          onState: (state) => {
            if (state !== 'error') created.entry = { ...created.entry, state, error: null };
            else created.entry = { ...created.entry, state };
            this.emit();
          },
          onFailed: (error) => {
            created.entry = { ...created.entry, state: 'error', error: standpointErrorMessage(error) };
            // Never retried by a timer (LatestSaver only sends again on the next change or flush).
            this.emit();
          },
        }),
      };
      this.slots.set(k, created);
      slot = created;
    }
    return slot;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const standpointStore = new StandpointStore();

export function useStandpoint(meetingId: number, itemId: number, stored: string): StandpointEntry {
  return useSyncExternalStore(
    standpointStore.subscribe,
    () => standpointStore.get(meetingId, itemId) ?? fallbackEntry(stored),
  );
}

const fallbacks = new Map<string, StandpointEntry>();
function fallbackEntry(text: string): StandpointEntry {
  let entry = fallbacks.get(text);
  if (!entry) {
    entry = { text, state: 'saved', error: null };
    fallbacks.set(text, entry);
  }
  return entry;
}

// --- templates --------------------------------------------------------------

type TemplatesState = { status: 'loading' } | { status: 'ready'; templates: StandpointTemplate[] } | { status: 'error'; message: string };

class TemplateCache {
  private readonly byBody = new Map<number, TemplatesState>();
  private readonly listeners = new Set<() => void>();

  get = (bodyId: number): TemplatesState => {
    let state = this.byBody.get(bodyId);
    if (!state) {
      state = { status: 'loading' };
      this.byBody.set(bodyId, state);
      void this.load(bodyId);
    }
    return state;
  };

  async load(bodyId: number): Promise<void> {
    const result = await api['templates:list']({ bodyId });
    this.byBody.set(
      bodyId,
      result.ok ? { status: 'ready', templates: result.value } : { status: 'error', message: result.error.message },
    );
    this.emit();
  }

  /** Replaces the cached list after an edit in the template library. */
  put(bodyId: number, templates: StandpointTemplate[]): void {
    this.byBody.set(bodyId, { status: 'ready', templates });
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const templateCache = new TemplateCache();

export function useTemplates(bodyId: number): TemplatesState {
  return useSyncExternalStore(templateCache.subscribe, () => templateCache.get(bodyId));
}

// --- "insert standpoint" keystroke -------------------------------------------

const pickers = new Map<string, () => void>();

/** A mounted StandpointField offers to open its picker. */
export function registerStandpointPicker(meetingId: number, itemId: number, open: () => void): () => void {
  const k = key(meetingId, itemId);
  pickers.set(k, open);
  return () => {
    if (pickers.get(k) === open) pickers.delete(k);
  };
}

/** Opens the picker of an item's standpoint field; false when none is mounted. */
export function openStandpointPicker(meetingId: number, itemId: number): boolean {
  const open = pickers.get(key(meetingId, itemId));
  if (!open) return false;
  open();
  return true;
}

/** Ctrl+Alt+S or Alt+S (not with Shift or Meta). */
export function isInsertStandpointKey(event: { altKey: boolean; shiftKey: boolean; metaKey: boolean; code: string; key: string }): boolean {
  return event.altKey && !event.shiftKey && !event.metaKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
}
