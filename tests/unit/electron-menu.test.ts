import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { applicationMenu, isDeveloperStart } from '../../electron/main/menu';
import { APP_COMMANDS, type AppCommand } from '../../shared/ipc/commands';

// The desktop app's menu, checked without the Electron binary: Swedish,
// the app's own commands, and no developer entries in the product.

function menu(platform: NodeJS.Platform, developer = false) {
  const sent: AppCommand[] = [];
  let abouts = 0;
  const template = applicationMenu({ platform, developer, send: (c) => sent.push(c), about: () => abouts++ });
  return { template, sent, abouts: () => abouts };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('application menu', () => {
  it('has Arkiv, Redigera, Visa, Fönster and Hjälp, every entry labelled in Swedish', () => {
    const { template } = menu('linux');
    expect(template.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const all = items(template).filter((i) => i.type !== 'separator');
    for (const item of all) expect(item.label, JSON.stringify(item.role)).toMatch(/^[A-ZÅÄÖ]/);
    // Electron's own role labels are English: none is left to Electron.
    expect(all.filter((i) => i.role !== undefined && i.label === undefined)).toEqual([]);
    expect(all.map((i) => i.label)).toEqual(expect.arrayContaining(['Ångra', 'Klipp ut', 'Klistra in', 'Avsluta', 'Skriv ut …']));
  });

  it('sends each of the app commands from its entry, and shows Alt+L and Alt+N without taking the keys from the page', () => {
    const { template, sent } = menu('linux');
    const commandItems = items(template).filter((i) => i.click !== undefined && i.label !== 'Om Anteckna');
    for (const item of commandItems) click(item);
    expect([...sent].sort()).toEqual([...APP_COMMANDS].sort());
    const live = items(template).find((i) => i.label === 'Liveläge');
    expect(live).toMatchObject({ accelerator: 'Alt+L', registerAccelerator: false });
    expect(items(template).find((i) => i.label === 'Skriv ut …')).toMatchObject({ accelerator: 'CmdOrCtrl+P' });
  });

  it('has no reload and no developer tools unless started with --utvecklare', () => {
    const roles = (template: MenuItemConstructorOptions[]) => items(template).map((i) => i.role);
    expect(roles(menu('linux').template)).not.toContain('toggleDevTools');
    expect(roles(menu('linux').template)).not.toContain('reload');
    expect(roles(menu('linux').template)).not.toContain('forceReload');
    expect(roles(menu('linux', true).template)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    expect(isDeveloperStart(['electron', '.'], {})).toBe(false);
    expect(isDeveloperStart(['electron', '.', '--utvecklare'], {})).toBe(true);
    expect(isDeveloperStart(['electron', '.'], { ANTECKNA_DEVTOOLS: '1' })).toBe(true);
  });

  it('on macOS starts with the app menu and "Om Anteckna", which opens the about box', () => {
    const { template, abouts } = menu('darwin');
    expect(template.map((m) => m.label)).toEqual(['Anteckna', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    click(items(template).find((i) => i.label === 'Om Anteckna')!);
    expect(abouts()).toBe(1);
  });

  it('is the menu main.ts installs, and the preload passes on only known commands', () => {
    const root = resolve(__dirname, '..', '..');
    const main = readFileSync(join(root, 'electron/main/main.ts'), 'utf8');
    expect(main).toMatch(/Menu\.setApplicationMenu\(\s*Menu\.buildFromTemplate\(\s*applicationMenu\(/);
    const preload = readFileSync(join(root, 'electron/main/preload.ts'), 'utf8');
    expect(preload).toContain('if (isAppCommand(command)) listener(command);');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b/);
  });
});
