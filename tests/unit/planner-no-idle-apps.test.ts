/**
 * Every app built does something when run: a description whose words name nothing the rules
 * can make (no labels, no values to read out, no writing, no rows) still gets one step that
 * does the task, as a result value for a data tool. Wording written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAppSpec, newAppSpec, openEvalSession, type EvalSession } from '../eval/planner/drive';
import { corpusSplit } from '../eval/planner/corpus';

let session: EvalSession;
beforeAll(async () => {
  session = await openEvalSession();
});
afterAll(async () => {
  await session.close();
});

const built = (text: string) => builtAppSpec(session, text);

describe('no app is built with nothing to do', () => {
  it.each([
    'Used van deal checker. Inputs: asking price, mileage, year, model, service history. Verdict: buy or walk away, and why.',
    'Payroll check per driver: pick the driver and the month, show total shifts, hours worked, overtime and holiday left.',
    'When a new row lands in our returns sheet, work out whether it is within policy and what to do next.',
  ])('%s', async (text) => {
    const spec = await built(text);
    expect(spec.steps.length).toBeGreaterThan(0);
  });
});

describe('over every dev description of the corpus', () => {
  it('each app built has at least one step', async () => {
    const idle: string[] = [];
    for (const item of corpusSplit('dev')) {
      // A description that builds no app (the planner asks instead) has no steps to check.
      const spec = await newAppSpec(session, item.text);
      if (spec && spec.steps.length === 0) idle.push(item.id);
    }
    expect(idle).toEqual([]);
  });
});
