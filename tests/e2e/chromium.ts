/**
 * The machine's Chromium and the switches it needs here (no GPU, no
 * background connections on a closed network). Used by the Playwright config,
 * the benchmark and tests that launch a browser of their own.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Chrome's navigation predictor picks 1 in 100 links of an http page at
 * random and watches them with an IntersectionObserver that may only run
 * every 100 ms. On a page where it picked one, every keystroke that moves
 * layout is followed by an extra, empty frame, and the next keystroke often
 * waits a whole frame interval for its own (a benchmark round with it typed
 * at p95 19 ms instead of 10). It never runs in the app: Electron loads
 * app://, and the predictor only watches http(s) pages. Switched off so that
 * a run measures Anteckna, not the draw of that lottery.
 */
const DISABLED_FEATURES = ['NavigationPredictor'];

/**
 * Chromium keeps only the last --disable-features switch and Playwright puts
 * its own first, so ours repeats Playwright's list (playwright-core 1.65.1).
 * tests/integration/chromium-switches.test.ts fails when Playwright's list
 * changes.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_FEATURES].join(',')}`,
];
