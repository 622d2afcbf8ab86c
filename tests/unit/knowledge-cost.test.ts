import { describe, expect, it } from 'vitest';
import { findModel } from '../../agent/catalog/index';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { PASSAGE_TOKENS } from '../../agent/spec/retrieved-passage';
import { estimateAppCost } from '../../agent/tools/app-cost';
import { documentQa } from '../../templates/document-qa';

const withLimit = (limit: number) =>
  AppSpecSchema.parse({
    ...documentQa.spec,
    // An OpenAI model: its tokens are counted with tiktoken, so the passages' size is exact.
    model: { model: 'gpt-5-mini' },
    steps: documentQa.spec.steps!.map((s) => (s.kind === 'retrieve' ? { ...s, limit } : s)),
  });
const options = { runsPerMonth: 100, samples: new Map<string, string>(), outputTokensPerStep: null, now: new Date('2026-03-02T00:00:00Z') };

describe('the cost of a retrieve step', () => {
  it('costs nothing itself; the answer is priced with every passage it may be handed, full', () => {
    const five = estimateAppCost(withLimit(5), options);
    const ten = estimateAppCost(withLimit(10), options);
    expect(five.steps.find((s) => s.stepId === 'find')).toMatchObject({ model: null, perRun: 0 });
    const answer = (cost: typeof five) => cost.steps.find((s) => s.stepId === 'answer')!.perRun;
    const model = findModel('gpt-5-mini')!;
    // Five more passages of PASSAGE_TOKENS tokens, at the model's input price (about: the filler counts ±1 token a passage).
    const perToken = model.pricing.input! / 1e6;
    expect(answer(ten) - answer(five)).toBeCloseTo(5 * PASSAGE_TOKENS * perToken, 5);
  });
});
