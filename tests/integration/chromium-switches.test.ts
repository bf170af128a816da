import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

// The end-to-end tests and the benchmark run Chromium with CHROMIUM_ARGS. Its
// --disable-features replaces Playwright's own (Chromium keeps the last one),
// so it has to carry Playwright's list along; this checks that it does, in the
// switches the browser hands its renderer processes.

interface ProcessInfo {
  pid: number;
  parent: number;
  /** The command line; Chromium rewrites it for forked children, with spaces between the switches. */
  commandLine: string;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; the parent pid is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const commandLine = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      found.push({ pid: Number(name), parent, commandLine });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** The features a renderer of a browser started with `args` runs with switched off. */
async function rendererDisabledFeatures(args: string[]): Promise<string[]> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args, headless: true });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage();
    await page.setContent('<p>Anteckna</p>');
    const all = processes();
    const descendants = new Set([server.process().pid ?? -1]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) {
        if (descendants.has(p.parent) && !descendants.has(p.pid)) {
          descendants.add(p.pid);
          grew = true;
        }
      }
    }
    const renderer = all.find((p) => descendants.has(p.pid) && / --type=renderer /.test(p.commandLine));
    if (!renderer) throw new Error('No renderer process found.');
    await browser.close();
    return / --disable-features=(\S+)/.exec(renderer.commandLine)?.[1]?.split(',') ?? [];
  } finally {
    await server.close();
  }
}

describe('Chromium switches of the end-to-end tests and the benchmark', () => {
  it("switch off the navigation predictor and keep every feature Playwright switches off", async () => {
    const withoutOurs = CHROMIUM_ARGS.filter((a) => !a.startsWith('--disable-features='));
    const playwrights = await rendererDisabledFeatures(withoutOurs);
    const ours = await rendererDisabledFeatures(CHROMIUM_ARGS);

    expect(playwrights).toContain('MediaRouter');
    expect(playwrights).not.toContain('NavigationPredictor');
    expect(ours).toContain('NavigationPredictor');
    expect(playwrights.filter((f) => !ours.includes(f))).toEqual([]);
  });
});
