/**
 * The machine's Chromium and the switches it needs here (no GPU, no
 * background connections on a closed network). Used by the Playwright config
 * and by tests that launch a browser of their own.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
