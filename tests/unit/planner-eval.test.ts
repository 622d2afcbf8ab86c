/**
 * The planner eval (agent/planner/eval/cases.ts) as a test: every description is built
 * through the planner and the real tools, and each property must hold for ≥ 90% of the
 * cases that state it. `npm run eval:planner` prints the same run case by case.
 */
import { describe, expect, it } from 'vitest';
import { CASES } from '../../agent/planner/eval/cases';
import { PASS_RATE, runEval } from '../../agent/planner/eval/run-eval';
import { PROPERTIES } from '../../agent/planner/eval/score';

describe('planner eval set', () => {
  it('has at least 40 different descriptions, each stating output kind, schedule and trigger', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.description)).size).toBe(CASES.length);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(CASES.filter((c) => c.expect.fields).length).toBeGreaterThanOrEqual(8);
    expect(CASES.filter((c) => c.expect.schedule).length).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.expect.trigger))).toEqual(new Set(['manual', 'schedule', 'webhook', 'record-created']));
    expect(new Set(CASES.map((c) => c.expect.outputKind))).toEqual(new Set(['text', 'image', 'image-edit', 'text+image']));
  });

  it('passes at ≥ 90% per property', async () => {
    const summary = await runEval();
    const failures = summary.cases.flatMap((c) => Object.entries(c.results).filter(([, ok]) => !ok).map(([p]) => `${c.id}: ${p} (${c.observed})`));
    for (const p of PROPERTIES) {
      const { rate, passed, total } = summary.perProperty[p];
      expect(rate, `${p}: ${passed}/${total}\n${failures.join('\n')}`).toBeGreaterThanOrEqual(PASS_RATE);
    }
  });
});
