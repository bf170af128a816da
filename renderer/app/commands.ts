import { useEffect, useRef } from 'react';
import { COMMAND_EVENT, isAppCommand, type AppCommand } from '../../shared/ipc/commands';

/**
 * The app's menu commands in the renderer. The desktop menu (through the
 * preload, see api/client.ts) and anything else raise the DOM event
 * `anteckna:command`; the shell (App.tsx) routes each to the view that does
 * it, going there first when needed. A command that arrives before its view
 * is on screen waits here until the view takes it.
 */

const DELIVER_EVENT = 'anteckna:deliver';
let pending: AppCommand | null = null;

/** Hands a command to the view that does it (now, or once it is shown). */
export function deliverCommand(command: AppCommand): void {
  pending = command;
  window.dispatchEvent(new CustomEvent(DELIVER_EVENT, { detail: command }));
}

/** Runs `handler` for `command` while the calling view is shown. */
export function useAppCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const take = () => {
      if (pending !== command) return;
      pending = null;
      latest.current();
    };
    take();
    window.addEventListener(DELIVER_EVENT, take);
    return () => window.removeEventListener(DELIVER_EVENT, take);
  }, [command]);
}

/** Every command raised as a DOM event, for the shell to route. */
export function useCommandEvents(route: (command: AppCommand) => void): void {
  const latest = useRef(route);
  latest.current = route;
  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (isAppCommand(detail)) latest.current(detail);
    };
    window.addEventListener(COMMAND_EVENT, listener);
    return () => window.removeEventListener(COMMAND_EVENT, listener);
  }, []);
}
