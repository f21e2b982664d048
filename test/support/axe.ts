// axe-core in the browser tests: axe.min.js is a UMD script that registers window.axe when imported.
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';

interface AxeWindow extends Window {
  axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
}

/** The WCAG 2.2 A and AA rule tags (2.0, 2.1 and 2.2 levels). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on an element (open shadow roots included) with the WCAG 2.2 A/AA rules; resolves with the violations. */
export async function axeViolations(
  context: Element | Document,
  options: RunOptions = {},
): Promise<Result[]> {
  const { axe } = window as unknown as AxeWindow;
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** A readable one-line-per-node summary of violations, for assertion messages. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}
