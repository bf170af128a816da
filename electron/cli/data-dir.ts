import { homedir } from 'node:os';
import { isAbsolute, posix, win32 } from 'node:path';

/**
 * The per-user data folder of the command-line and browser hosts:
 * Linux `$XDG_CONFIG_HOME/Anteckna` (or `~/.config/Anteckna`),
 * macOS `~/Library/Application Support/Anteckna`, Windows `%APPDATA%\Anteckna`.
 * On every platform this is the folder Electron's `app.getPath('userData')`
 * gives the desktop app, so the app, the CLI and the browser host open the
 * same database by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), 'Anteckna');
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', 'Anteckna');
  }
  const xdg = env['XDG_CONFIG_HOME'];
  return posix.join(xdg && isAbsolute(xdg) ? xdg : posix.join(home, '.config'), 'Anteckna');
}
