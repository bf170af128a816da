import { isOneOf } from './names';

/**
 * The app's own commands that the desktop menu sends to the renderer
 * (Arkiv, Visa, Hjälp). Main sends one of these names on COMMAND_CHANNEL; the
 * preload passes on only names in this list; the renderer turns each into a
 * DOM event `anteckna:command` that the views listen for.
 */
export const APP_COMMANDS = [
  'allMeetings',
  'newBody',
  'print',
  'export',
  'backups',
  'live',
  'attendance',
  'shortcuts',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return isOneOf(APP_COMMANDS, value);
}

/** The IPC channel main → renderer for menu commands (never a request channel). */
export const COMMAND_CHANNEL = 'anteckna:command';

/** Name of the global the preload exposes for menu commands. */
export const COMMANDS_GLOBAL = 'antecknaMenu';

/** The DOM event the renderer raises for a command, in both hosts. */
export const COMMAND_EVENT = 'anteckna:command';
