import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One serious or critical axe violation on one element. */
export interface AxeFinding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it is now. axe is put in the page once (again after a navigation) and run
 * there directly: `@axe-core/playwright` re-injects it and opens a blank page to merge results on every call, about
 * 0.8 s each against 0.1 s, and the journeys check every step. The app has no frames for that merge to matter.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  for (let attempt = 0; ; attempt++) {
    if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(AXE_SOURCE);
    try {
      return await page.evaluate(
        (tags) =>
          (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        WCAG_TAGS,
      );
    } catch (error) {
      // A navigation between the check and the run takes axe away with the old page: put it in the new one.
      if (attempt > 0 || !String(error).includes('axe')) throw error;
    }
  }
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA) on the page and returns its serious and critical violations, one per element. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await runAxe(page);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        target: node.target.map(String).join(' '),
        summary: (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').slice(0, 240),
      })),
    );
}

/** The findings as lines a person reads: rule, element, why. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((finding) => `  ${finding.rule} (${finding.impact}) on ${finding.target}: ${finding.summary}`).join('\n');
}

/** Fails with a readable list when axe finds a serious or critical violation on the page. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const findings = await seriousViolations(page);
  if (findings.length > 0) throw new Error(`axe found ${findings.length} serious or critical violation(s) on ${label}:\n${describeFindings(findings)}`);
}
