import { useEffect, useSyncExternalStore } from 'react';
import { navigate } from './router';
import { saveTracker } from './saveTracker';

/**
 * Fields that hold a value the app cannot save (a date that does not exist,
 * a time written wrong). What the secretary typed is kept here, with its
 * message, until she fixes it: the top bar says "inte sparat" instead of a
 * green "Sparat", and a field she left for another page gets her text back
 * when she returns (or follows "Visa fältet"). Kept in memory only: a value
 * that was never valid has nothing to restore after a restart.
 */

export interface InvalidField {
  /** Names the field across visits ("task:12:deadline"); `data-draft-key` on its input. */
  key: string;
  /** What she typed, kept as it was. */
  text: string;
  message: string;
  /** The field's name, for "Visa fältet Senast". */
  label: string;
  /** The page the field is on. */
  href: string;
}

const SOURCE = 'invalid-fields';
const INVALID_ONE = 'Ett fält har fel värde – inte sparat';

class InvalidFields {
  private readonly entries = new Map<string, InvalidField>();
  private snapshot: readonly InvalidField[] = [];
  private readonly listeners = new Set<() => void>();

  get(key: string): InvalidField | undefined {
    return this.entries.get(key);
  }

  /** Whether any field whose key starts with `prefix` holds a wrong value. */
  hasPrefix(prefix: string): boolean {
    return this.snapshot.some((entry) => entry.key.startsWith(prefix));
  }

  set(entry: InvalidField): void {
    const before = this.entries.get(entry.key);
    if (
      before &&
      before.text === entry.text &&
      before.message === entry.message &&
      before.label === entry.label &&
      before.href === entry.href
    ) {
      return;
    }
    this.entries.set(entry.key, entry);
    this.publish();
  }

  clear(key: string): void {
    if (this.entries.delete(key)) this.publish();
  }

  clearPrefix(prefix: string): void {
    let changed = false;
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) changed = this.entries.delete(key) || changed;
    }
    if (changed) this.publish();
  }

  list = (): readonly InvalidField[] => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(): void {
    this.snapshot = [...this.entries.values()];
    const count = this.snapshot.length;
    if (count === 0) saveTracker.set(SOURCE, 'saved');
    else saveTracker.set(SOURCE, 'error', count === 1 ? INVALID_ONE : `${count} fält har fel värde – inte sparat`);
    for (const listener of this.listeners) listener();
  }
}

export const invalidFields = new InvalidFields();

export function useInvalidFields(): readonly InvalidField[] {
  return useSyncExternalStore(invalidFields.subscribe, invalidFields.list);
}

/** The current page's address, as `InvalidField.href` records it. */
export function currentHref(): string {
  return window.location.hash || '#/';
}

const REVEAL_TIMEOUT_MS = 5000;

/**
 * "Visa fältet": to the field's page, then focus on the field once it is
 * shown. A field that no longer exists (its task was removed, the minutes
 * were approved) lets its value go: there is nothing left to fix.
 */
export function revealInvalidField(entry: InvalidField): void {
  if (currentHref() !== entry.href) navigate(entry.href);
  const selector = `[data-draft-key="${CSS.escape(entry.key)}"]`;
  const focus = (element: HTMLElement) => {
    element.scrollIntoView({ block: 'center' });
    element.focus();
  };
  const found = document.querySelector<HTMLElement>(selector);
  if (found) {
    focus(found);
    return;
  }
  const observer = new MutationObserver(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return;
    observer.disconnect();
    clearTimeout(timer);
    focus(element);
  });
  const timer = setTimeout(() => {
    observer.disconnect();
    if (!document.querySelector(selector)) invalidFields.clear(entry.key);
  }, REVEAL_TIMEOUT_MS);
  observer.observe(document.body, { childList: true, subtree: true });
}

/** The save status's "inte sparat" for a view that keeps its own wrong values (the body's settings and roster). */
export function useInvalidStatus(source: string, invalid: boolean): void {
  useEffect(() => {
    if (!invalid) return;
    saveTracker.set(`invalid:${source}`, 'error', INVALID_ONE);
    return () => saveTracker.set(`invalid:${source}`, 'saved');
  }, [source, invalid]);
}
