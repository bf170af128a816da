import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// Issue 18: every screen and state is checked against the WCAG 2.1 A and AA
// rules axe-core knows; a violation fails the test with what and where.
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with each violated rule, its help text and the elements, as a reader of the test report needs them. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    // 2.5.3 Label in Name: axe keeps this WCAG 2.1 A rule as experimental, off unless asked for.
    // (Before withTags: options() replaces the run options withTags writes into.)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(WCAG_21_AA)
    .analyze();
  const found = violations.map((v) => ({
    rule: v.id,
    help: v.help,
    elements: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`),
    count: v.nodes.length,
  }));
  expect(found, `axe-regler som bryts i ${state}`).toEqual([]);
}
