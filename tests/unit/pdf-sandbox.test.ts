import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchPrintingChromium, type ChromiumLauncher } from '../../electron/services/export/pdf-printer';

// The PDF printer's Chromium runs in its sandbox wherever the system allows it.

function fakeLauncher(sandboxWorks: boolean): ChromiumLauncher & { calls: boolean[] } {
  const calls: boolean[] = [];
  return {
    calls,
    launch: async ({ chromiumSandbox, args }) => {
      calls.push(chromiumSandbox);
      expect(args).not.toContain('--no-sandbox');
      if (chromiumSandbox && !sandboxWorks) throw new Error('No usable sandbox!');
      return {} as Browser;
    },
  };
}

describe('Chromium for printing', () => {
  it('starts with the sandbox for an ordinary user', async () => {
    const launcher = fakeLauncher(true);
    const log: string[] = [];
    const started = await launchPrintingChromium(launcher, '/usr/bin/chromium', 1000, (l) => log.push(l));
    expect(started.sandboxed).toBe(true);
    expect(launcher.calls).toEqual([true]);
    expect(log).toEqual([]);
  });

  it('runs without only where the system has no sandbox, and says so', async () => {
    const launcher = fakeLauncher(false);
    const log: string[] = [];
    const started = await launchPrintingChromium(launcher, '/usr/bin/chromium', 1000, (l) => log.push(l));
    expect(started.sandboxed).toBe(false);
    expect(launcher.calls).toEqual([true, false]);
    expect(log[0]).toMatch(/^Chromium kunde inte starta med sandlåda/);
  });

  it('runs without for root, which Chromium refuses a sandbox', async () => {
    const launcher = fakeLauncher(true);
    const log: string[] = [];
    expect((await launchPrintingChromium(launcher, '/usr/bin/chromium', 0, (l) => log.push(l))).sandboxed).toBe(false);
    expect(launcher.calls).toEqual([false]);
    expect(log).toEqual(['Chromium kör som root och får då ingen sandlåda; PDF skrivs ut utan.']);
  });
});
