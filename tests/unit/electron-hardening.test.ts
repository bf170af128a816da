import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import {
  APP_SCHEME_PRIVILEGES,
  isNavigationAllowed,
  isPermissionGranted,
  isWebviewAttachAllowed,
  securityHeaders,
  showExistingWindow,
  windowOpenDecision,
  windowWebPreferences,
} from '../../electron/main/policy';
import { CHECKLIST_WEB_PREFERENCES, checklistWebPreferences } from './electron-checklist';

// Electron's security checklist as far as it can be checked without the
// Electron binary: the decisions in electron/main/policy.ts, the CSP, that
// main.ts really wires those decisions to Electron, the fuses in the
// packaging config, and build/ELECTRON-SECURITY.md covering every item.

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('window webPreferences', () => {
  it.each(CHECKLIST_WEB_PREFERENCES)('set %s to %s (%s)', (setting, value) => {
    expect((windowWebPreferences('/app/preload.cjs') as Record<string, unknown>)[setting]).toBe(value);
  });

  it('are exactly the hardened set: isolated, sandboxed, no Node, web security on, nothing experimental', () => {
    expect(windowWebPreferences('/app/preload.cjs')).toEqual({ preload: '/app/preload.cjs', ...checklistWebPreferences() });
  });

  it('the app:// scheme does not bypass the CSP and allows no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ secure: true, standard: true, bypassCSP: false, allowServiceWorkers: false });
  });
});

/** The CSP as a map: directive → its sources. */
function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('starts from nothing allowed and lets scripts come only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    // WebAssembly for the spelling worker's Hunspell, and no other kind of eval.
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has no eval, no wildcard and no remote origin in any directive', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        // Compiling WebAssembly is allowed to scripts only; it turns no string into code.
        if (name === 'script-src' && source === "'wasm-unsafe-eval'") continue;
        expect(source, `${name} ${source}`).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|^\*|^https?:|^wss?:|^blob:|^filesystem:|\.[a-z]{2,}/i);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    // Inline scripts stay forbidden; inline styles are allowed for Lexical only.
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('goes out with every app:// response, with nosniff and no framing', () => {
    const headers = securityHeaders(CONTENT_SECURITY_POLICY);
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});

describe('permissions', () => {
  it('refuses every permission a page can ask for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'window-management',
      'idle-detection',
      'storage-access',
      'hid',
      'serial',
      'usb',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission), permission).toBe(false);
    }
  });
});

describe('navigation and new windows', () => {
  it('never navigates off app://anteckna/', () => {
    expect(isNavigationAllowed('app://anteckna/index.html#/meeting/1')).toBe(true);
    for (const url of ['https://example.se/', 'file:///etc/passwd', 'http://127.0.0.1:5000/', 'javascript:alert(1)', 'app://annan/']) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('never opens an Electron window; http(s) and mailto links go to the system instead', () => {
    expect(windowOpenDecision('https://www.vgregion.se/')).toEqual({ action: 'deny', openExternally: 'https://www.vgregion.se/' });
    expect(windowOpenDecision('http://example.se/sida')).toEqual({ action: 'deny', openExternally: 'http://example.se/sida' });
    expect(windowOpenDecision('mailto:sekreterare@example.se?subject=Protokoll')).toEqual({
      action: 'deny',
      openExternally: 'mailto:sekreterare@example.se?subject=Protokoll',
    });
  });

  it('drops every other link, including mailto with attachments', () => {
    for (const url of [
      'app://anteckna/index.html',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:',
      'mailto:a@example.se?attach=/etc/passwd',
      'mailto:a@example.se?Attachment=C:/x',
      'https://user:pass@example.se/',
      'inte en adress',
    ]) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('refuses <webview> attachments', () => {
    expect(isWebviewAttachAllowed()).toBe(false);
  });
});

describe('second instance', () => {
  function fakeWindow(minimized: boolean) {
    const calls: string[] = [];
    return {
      calls,
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      focus: () => calls.push('focus'),
    };
  }

  it('brings the first instance’s window forward, restoring it when minimized', () => {
    const minimized = fakeWindow(true);
    showExistingWindow(minimized);
    expect(minimized.calls).toEqual(['restore', 'focus']);
    const open = fakeWindow(false);
    showExistingWindow(open);
    expect(open.calls).toEqual(['focus']);
    expect(() => showExistingWindow(null)).not.toThrow();
  });
});

describe('main.ts wires the policy to Electron', () => {
  const main = read('electron/main/main.ts');
  const harden = main.slice(main.indexOf('function harden('));

  it('is a single instance that focuses the first window', () => {
    expect(main).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{\s*app\.quit\(\);/);
    expect(main).toContain("app.on('second-instance', () => showExistingWindow(mainWindow));");
  });

  it('takes the writer lock before opening the database and lets go of it on quit', () => {
    const start = main.slice(main.indexOf('function start('));
    const lock = start.indexOf('acquireWriterLock(databasePath');
    const open = start.search(/openDatabase\w*\(databasePath/);
    expect(lock).toBeGreaterThan(-1);
    expect(open).toBeGreaterThan(lock);
    expect(main).toMatch(/app\.on\('will-quit'[\s\S]*?writerLock\?\.release\(\)/);
  });

  it('creates the window with the policy’s webPreferences and loads only app://anteckna/', () => {
    expect(main).toContain('webPreferences: windowWebPreferences(preloadPath)');
    expect(main).toContain('loadURL(APP_START_URL)');
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('hands every permission request and check to the policy', () => {
    expect(main).toContain('setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)))');
    expect(main).toContain('setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission))');
    expect(main).toContain('setDevicePermissionHandler((details) => isPermissionGranted(details.deviceType))');
  });

  it('hardens every webContents: navigation, redirects, webviews and new windows', () => {
    expect(main).toContain("app.on('web-contents-created', (_event, contents) => harden(contents));");
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(harden, event).toMatch(new RegExp(`contents\\.on\\('${event}', \\(event\\) => \\{\\s*if \\(!isNavigationAllowed\\(event\\.url\\)\\) event\\.preventDefault\\(\\);`));
    }
    expect(harden).toMatch(/contents\.on\('will-attach-webview', \(event\) => \{\s*if \(!isWebviewAttachAllowed\(\)\) event\.preventDefault\(\);/);
    expect(harden).toMatch(/setWindowOpenHandler\(\(\{ url \}\) => \{\s*const \{ action, openExternally \} = windowOpenDecision\(url\);/);
    expect(harden).toContain('return { action };');
  });

  it("never lets Chromium's spell checker fetch dictionaries from the internet: it is off, and nothing sets its languages", () => {
    expect(windowWebPreferences('/app/preload.cjs').spellcheck).toBe(false);
    expect(main).toContain('ses.setSpellCheckerEnabled(false);');
    expect(main).not.toMatch(/setSpellCheckerLanguages|setSpellCheckerDictionaryDownloadURL/);
  });

  it('serves app:// with the CSP and security headers', () => {
    expect(main).toContain('securityHeaders(CONTENT_SECURITY_POLICY)');
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME/);
  });

  it('checks the sender of every IPC call before dispatch', () => {
    const ipc = read('electron/main/ipc.ts');
    const check = ipc.indexOf('if (!isTrustedSender(');
    expect(check).toBeGreaterThan(-1);
    expect(ipc.indexOf('return dispatch(')).toBeGreaterThan(check);
  });

  it('the preload exposes one function per channel, never ipcRenderer itself', () => {
    const preload = read('electron/main/preload.ts');
    expect(preload).toContain('contextBridge.exposeInMainWorld(');
    expect(preload).toContain('ipcRenderer.invoke(channel, payload)');
    // The one listener: the menu's commands, passed on as a name from the list, never the event.
    const commandListener = 'ipcRenderer.on(COMMAND_CHANNEL, (_event, command: unknown) => {\n      if (isAppCommand(command)) listener(command);';
    expect(preload).toContain(commandListener);
    const code = preload.replace(/^import .*$/gm, '').replace(commandListener, '');
    expect(code).not.toMatch(/ipcRenderer\s*[,}\])]|ipcRenderer\.(on|send|sendSync|once)\b/);
  });
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('no insecure switch anywhere in the Electron code', () => {
  it('never turns off isolation, sandbox or web security, nor turns on Node, insecure content or Blink features', () => {
    for (const file of sources('electron')) {
      const text = read(file);
      expect(text, file).not.toMatch(
        /nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures|webviewTag:\s*true|allowpopups/,
      );
    }
  });
});

/** The scalar keys of one top-level block of the YAML (two-space indented `key: value` lines). */
function yamlBlock(yaml: string, block: string): Map<string, string> {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${block}:`);
  expect(start, `${block}: in electron-builder.yml`).toBeGreaterThan(-1);
  const values = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = /^ {2}([A-Za-z]+):\s*([^#\s]+)/.exec(line);
    if (!match) break;
    values.set(match[1] ?? '', match[2] ?? '');
  }
  return values;
}

describe('packaging config (build/electron-builder.yml)', () => {
  const yaml = read('build/electron-builder.yml');

  it('sets the fuses: no RunAsNode, no NODE_OPTIONS, no inspect flags, app only from its integrity-checked asar', () => {
    const fuses = yamlBlock(yaml, 'electronFuses');
    expect(fuses.get('runAsNode')).toBe('false');
    expect(fuses.get('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuses.get('enableNodeCliInspectArguments')).toBe('false');
    expect(fuses.get('onlyLoadAppFromAsar')).toBe('true');
    expect(fuses.get('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(fuses.get('enableCookieEncryption')).toBe('true');
  });

  it('packs the app into an asar', () => {
    expect(yaml).toMatch(/^asar: true$/m);
  });

  it('pins Electron to an exact version', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // Electron supports its latest three majors: 43, 44 and 45 in December 2026 (issue 16, point 13).
  it('uses an Electron that still gets security fixes, on a Node that still gets them', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string>; engines: Record<string, string> };
    expect(Number(pkg.devDependencies['electron']?.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(pkg.engines['node']).toBe('>=24');
  });

  it('ships better-sqlite3 as Node-API binaries that load in Electron unchanged, so nothing is rebuilt per Electron version', () => {
    expect(yaml).toMatch(/^npmRebuild: false$/m);
    expect(yaml).toContain('node_modules/better-sqlite3/prebuilds/**');
    const sqlite = JSON.parse(read('node_modules/better-sqlite3/package.json')) as { files?: string[]; gypfile?: boolean };
    expect(sqlite.files).toContain('prebuilds/**');
  });
});

describe('build/ELECTRON-SECURITY.md', () => {
  it('answers all 20 items of Electron’s checklist, each with what is done or why it does not apply', () => {
    const doc = read('build/ELECTRON-SECURITY.md');
    for (let n = 1; n <= 20; n += 1) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${n} |`));
      expect(row, `item ${n}`).toBeDefined();
      const cells = (row ?? '').split('|').map((c) => c.trim());
      // | n | item | status | what / where |
      expect(cells[2], `item ${n}: name`).not.toBe('');
      expect(cells[3], `item ${n}: status`).toMatch(/^(Gjort|Gäller inte)/);
      expect((cells[4] ?? '').length, `item ${n}: explanation`).toBeGreaterThan(20);
    }
  });
});
