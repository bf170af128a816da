import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/commands';

/**
 * The application menu, in Swedish: Arkiv, Redigera, Visa, Fönster, Hjälp
 * with the app's own commands. Reload and the developer tools only when
 * started with --utvecklare (or ANTECKNA_DEVTOOLS=1): in the product they
 * would let anyone at the keyboard reach the renderer's internals.
 * Pure (no Electron at runtime), so the whole menu is unit-tested.
 */

export interface MenuOptions {
  platform: NodeJS.Platform;
  developer: boolean;
  /** Sends an app command to the window's renderer. */
  send(command: AppCommand): void;
  /** "Om Anteckna": a native dialog with the version. */
  about(): void;
}

export function isDeveloperStart(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return argv.includes('--utvecklare') || env['ANTECKNA_DEVTOOLS'] === '1';
}

export function applicationMenu({ platform, developer, send, about }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, name: AppCommand, accelerator?: string, handledByPage = false): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator === undefined ? {} : { accelerator }),
    // The page handles these keys itself (Alt+L, Alt+N): the menu only shows them.
    ...(handledByPage ? { registerAccelerator: false } : {}),
  });

  const file: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: [
      command('Alla möten', 'allMeetings', 'CmdOrCtrl+Shift+M'),
      command('Nytt organ …', 'newBody'),
      { type: 'separator' },
      command('Exportera …', 'export', 'CmdOrCtrl+E'),
      command('Skriv ut …', 'print', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command('Säkerhetskopior …', 'backups'),
      { type: 'separator' },
      mac ? { role: 'close', label: 'Stäng fönstret' } : { role: 'quit', label: 'Avsluta', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Redigera',
    submenu: [
      { role: 'undo', label: 'Ångra' },
      { role: 'redo', label: 'Gör om' },
      { type: 'separator' },
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopiera' },
      { role: 'paste', label: 'Klistra in' },
      { role: 'pasteAndMatchStyle', label: 'Klistra in som oformaterad text' },
      { role: 'selectAll', label: 'Markera allt' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Visa',
    submenu: [
      command('Liveläge', 'live', 'Alt+L', true),
      command('Närvaro', 'attendance', 'Alt+N', true),
      { type: 'separator' },
      { role: 'zoomIn', label: 'Större text' },
      { role: 'zoomOut', label: 'Mindre text' },
      { role: 'resetZoom', label: 'Normal textstorlek' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Helskärm' },
      ...(developer
        ? ([
            { type: 'separator' },
            { role: 'reload', label: 'Läs in igen' },
            { role: 'toggleDevTools', label: 'Utvecklarverktyg' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Fönster',
    submenu: [
      { role: 'minimize', label: 'Minimera' },
      ...(mac ? ([{ role: 'zoom', label: 'Zooma' }, { role: 'front', label: 'Lägg alla överst' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'close', label: 'Stäng' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Hjälp',
    role: 'help',
    submenu: [command('Kortkommandon', 'shortcuts', 'F1'), { type: 'separator' }, { label: 'Om Anteckna', click: about }],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Anteckna',
          submenu: [
            { label: 'Om Anteckna', click: about },
            { type: 'separator' },
            { role: 'hide', label: 'Göm Anteckna' },
            { role: 'hideOthers', label: 'Göm övriga' },
            { role: 'unhide', label: 'Visa alla' },
            { type: 'separator' },
            { role: 'quit', label: 'Avsluta Anteckna' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, window, help];
}
