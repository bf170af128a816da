import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import {
  APP_START_URL,
  databaseArgument,
  externalUrlToOpen,
  isNavigationAllowed,
  isTrustedSender,
  rendererFileForRequest,
  startupErrorMessage,
  windowWebPreferences,
} from '../../electron/main/policy';
import { contentTypeFor, resolveStaticPath } from '../../electron/web/static';
import { checklistWebPreferences } from './electron-checklist';

// The decisions behind the Electron window and its IPC (electron/main/policy.ts).

describe('navigation', () => {
  it('allows only the app’s own pages', () => {
    for (const url of [APP_START_URL, 'app://anteckna/', 'app://anteckna/index.html#/meeting/3', 'app://anteckna/app.js?x=1']) {
      expect(isNavigationAllowed(url), url).toBe(true);
    }
  });

  it('refuses the web, files, other hosts and tricks', () => {
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:3000/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://evil/',
      'app://anteckna.evil.example/',
      'app://user@anteckna/',
      'app://anteckna:8080/',
      'app:anteckna/index.html',
      'about:blank',
      '',
      'inte en adress',
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });
});

describe('IPC sender', () => {
  it('trusts only the main frame of the app window showing app://anteckna/', () => {
    expect(isTrustedSender({ frameUrl: 'app://anteckna/index.html', isMainFrameOfAppWindow: true })).toBe(true);
  });

  it('refuses subframes, other windows, other pages and vanished frames', () => {
    expect(isTrustedSender({ frameUrl: 'app://anteckna/index.html', isMainFrameOfAppWindow: false })).toBe(false);
    expect(isTrustedSender({ frameUrl: 'https://evil.example/', isMainFrameOfAppWindow: true })).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///tmp/x.html', isMainFrameOfAppWindow: true })).toBe(false);
    expect(isTrustedSender({ frameUrl: null, isMainFrameOfAppWindow: true })).toBe(false);
  });
});

describe('links opened outside the app', () => {
  it('hands http(s) links to the system browser', () => {
    expect(externalUrlToOpen('https://www.vgregion.se/samverkan')).toBe('https://www.vgregion.se/samverkan');
    expect(externalUrlToOpen('http://example.se/a b')).toBe('http://example.se/a%20b');
  });

  it('drops every other kind of link', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://anteckna/',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pass@example.se/',
      'inte en adress',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });
});

describe('window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const prefs = windowWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({ preload: '/app/dist/electron/preload.cjs', ...checklistWebPreferences() });
  });
});

describe('app:// files', () => {
  const root = resolve('/srv/anteckna/dist/renderer');

  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(rendererFileForRequest(root, 'app://anteckna/')).toBe(join(root, 'index.html'));
    expect(rendererFileForRequest(root, 'app://anteckna/app.js')).toBe(join(root, 'app.js'));
    expect(rendererFileForRequest(root, 'app://anteckna/fonts/Inter%20Bold.woff2')).toBe(join(root, 'fonts', 'Inter Bold.woff2'));
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://anteckna/..%2f..%2fpackage.json',
      'app://anteckna/%2e%2e/%2e%2e/package.json',
      'app://anteckna/..%5c..%5cpackage.json',
      'app://anteckna/app.js%00.png',
      'app://anteckna/C:%5cWindows%5cwin.ini',
      'app://anteckna/%E0%A4%A',
      'app://evil/app.js',
    ]) {
      const file = rendererFileForRequest(root, url);
      if (file !== null) expect(file.startsWith(root + '/'), `${url} → ${file}`).toBe(true);
    }
    expect(rendererFileForRequest(root, 'app://anteckna/..%2f..%2fpackage.json')).toBeNull();
    expect(rendererFileForRequest(root, 'app://evil/app.js')).toBeNull();
    expect(resolveStaticPath(root, '/../package.json')).toBeNull();
    expect(resolveStaticPath(root, '/a/../../package.json')).toBeNull();
  });

  it('labels files with their content type', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('app.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('okänd.xyz')).toBe('application/octet-stream');
  });
});

describe('start-up', () => {
  it('reads --db from the process arguments', () => {
    expect(databaseArgument(['/usr/bin/electron', '.', '--db', '/tmp/a.sqlite'])).toBe('/tmp/a.sqlite');
    expect(databaseArgument(['anteckna', '--db=/tmp/b.sqlite'])).toBe('/tmp/b.sqlite');
    expect(databaseArgument(['anteckna', '--no-sandbox'])).toBeUndefined();
    expect(databaseArgument(['anteckna', '--db', '--inspect'])).toBeUndefined();
  });

  it('shows the storage’s own Swedish message for a damaged or newer database', () => {
    const message = 'Databasfilen /x.sqlite är skadad och kan inte öppnas.';
    expect(startupErrorMessage(new AppError('storage', message))).toBe(message);
    expect(startupErrorMessage(new Error('boom'))).toBe('Anteckna kunde inte starta: boom');
  });
});
