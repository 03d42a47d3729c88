import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One serious or critical axe violation on one element. */
export interface AxeFinding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA) on the page and returns its serious and critical violations, one per element. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
