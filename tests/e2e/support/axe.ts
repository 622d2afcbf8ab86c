/**
 * axe-core in real Chromium: injects the library into the page, runs it, and returns the
 * serious and critical violations as one line each (rule, impact, how many nodes, first target)
 * so a test can print them per page and expect none.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: Promise<string> | null = null;

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** Serious and critical violations on the page as it is now, one readable line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated over the DevTools protocol, which the pages' CSP (no inline script) does not govern.
  await page.evaluate(await source);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${JSON.stringify(v.nodes[0]?.target ?? [])})`);
}

/** Prints the page's result line for the test output and returns the violations. */
export async function checkAccessibility(page: Page, label: string): Promise<string[]> {
  const violations = await seriousAxeViolations(page);
  console.log(`axe ${label}: ${violations.length} serious/critical${violations.length ? `\n  ${violations.join('\n  ')}` : ''}`);
  return violations;
}

/** Widest scroll width beyond the viewport (0 when nothing scrolls sideways), with the widest element's selector. */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprit: string | null }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    let culprit: string | null = null;
    if (overflow > 0) {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 1 && el.offsetParent !== null) {
          culprit = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (right ${Math.round(rect.right)})`;
        }
      }
    }
    return { overflow, culprit };
  });
}
