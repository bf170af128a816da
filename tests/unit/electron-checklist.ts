/**
 * The webPreferences Electron's security checklist asks of the main window:
 * each setting, the value it must have and why (the item numbers are those of
 * build/ELECTRON-SECURITY.md). Written out here rather than imported from
 * electron/main/policy.ts, so that weakening the policy fails a test.
 */
export const CHECKLIST_WEB_PREFERENCES: readonly (readonly [setting: string, value: boolean, why: string])[] = [
  ['contextIsolation', true, 'item 3, context isolation'],
  ['sandbox', true, 'item 4, process sandboxing'],
  ['nodeIntegration', false, 'item 2, no Node.js integration'],
  ['nodeIntegrationInWorker', false, 'item 2, no Node.js in workers'],
  ['nodeIntegrationInSubFrames', false, 'item 2, no Node.js in subframes'],
  ['webSecurity', true, 'item 6, web security stays on'],
  ['allowRunningInsecureContent', false, 'item 8, no insecure content'],
  ['experimentalFeatures', false, 'item 9, no experimental features'],
  ['webviewTag', false, 'item 11, no <webview>'],
  ['navigateOnDragDrop', false, 'item 13, a dropped file never replaces the app'],
  ['spellcheck', false, "Chromium's checker off: it would fetch dictionaries; the notes editor checks Swedish itself, offline"],
];

/** The checklist as an object of settings, to compare with a window's webPreferences. */
export function checklistWebPreferences(): Record<string, boolean> {
  return Object.fromEntries(CHECKLIST_WEB_PREFERENCES.map(([setting, value]) => [setting, value]));
}
