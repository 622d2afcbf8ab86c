/**
 * The layer guard (docs/ARCHITECTURE.md): dependency-cruiser walks every import under
 * agent/, server/, web/ and templates/ and checks .dependency-cruiser.cjs's rules — agent/ is
 * a leaf (no server/ or web/), server/ does not import web/, templates/ sit on agent/spec,
 * loop and tool unit tests use the in-memory ports, and no file cycle. A violation fails with the rule's name and the offending import.
 */
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';

function describeViolation(v: IViolation): string {
  const via = v.cycle?.length ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${via}`;
}

describe('architecture', () => {
  it('keeps the layers: agent/ imports neither server/ nor web/, server/ not web/, no file cycles', async () => {
    const config = await extractDepcruiseConfig('./.dependency-cruiser.cjs');
    const { output } = await cruise(['agent', 'server', 'web', 'templates', 'tests/unit'], {
      ...config.options,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    });
    const result = output as ICruiseResult;
    expect(result.summary.totalCruised).toBeGreaterThan(300);
    expect(result.summary.violations.map(describeViolation)).toEqual([]);
  });
});
