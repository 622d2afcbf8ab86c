/**
 * The follow-up eval as a test: every sourced follow-up (tests/eval/follow-ups/corpus/) is said
 * about its base app through the real agent loop, and the frozen test split must keep the rate
 * it reached when last measured (FLOOR, raised as the planner improves, never lowered), on the
 * way to the 90%. `npm run eval:follow-ups` prints the same run per intent.
 */
import { describe, expect, it } from 'vitest';
import { followUpSplit, loadFollowUps } from '../eval/follow-ups/corpus';
import { runFollowUps } from '../eval/follow-ups/run-eval';
import { GOAL } from '../eval/planner/run-eval';

/**
 * Test-split rate on the last full run (2026-12-03, stop 29): 100 of 144. Before the follow-up
 * rules of that day the same planner understood 77 (43 of sourced-fa's 78 test items, 34 of
 * sourced-fb's 66). Stop 30 added sourced-fc (166 items, 77 of them test), on which that planner,
 * never tuned on it, scored 39 of 77 test (56 of 89 dev): 139 of 221 in all, so the floor is
 * measured again on the grown split. The rules of stop 30 (fu16, written on dev only: dev 233 → 269
 * of 275) reach 151 of 221. Stop 31 added sourced-fd (170 items, 76 of them test), on which the
 * planner, never tuned on it, scored 37 of 76 test (50 of 94 dev): 188 of 297 in all. The rules of
 * stop 31 (fu17, written on dev only: dev 319 → 354 of 369) reach 199 of 297 (39 of fd's 76).
 * Stop 32 added sourced-fe (151 items, 64 of them test), on which the planner of stop 31, never
 * tuned on it, scored 46 of 64 test (53 of 87 dev). Rules written on the lead's own phrasings and
 * on dev only (dev 354 → 434 of 456) reach 272 of 361: 222 of the 297 of before, 50 of fe's 64.
 * Stop 33 added no items; rules written from the lead's own phrasings only (dev stayed at 434)
 * reach 275 of 361.
 * Stop 34 added sourced-ff (150 items, 58 of them test), on which the planner of the stop's start,
 * never tuned on it, scored 41 of 58 test (71 of 92 dev). Rules written on its dev items (dev 505 →
 * 522 of 548) reach 317 of 419: 276 of the 361 of before, 41 of ff's 58 (none gained there). The
 * split grew by items harder than the rest, so the rate over all of it is set to what it is now.
 */
const FLOOR = 0.755;

describe('follow-up eval', () => {
  it('every follow-up names its source and parses', () => {
    for (const item of loadFollowUps()) expect(item.source).toMatch(/^https?:\/\//);
  });

  it('keeps the test split at its floor', { timeout: 600_000 }, async () => {
    const { passed, total, rate, scores } = await runFollowUps(followUpSplit('test'));
    const failed = scores.filter((s) => !s.ok).map((s) => `${s.id} [${s.intent}] ${s.observed}`);
    expect(rate, `${passed}/${total}\n${failed.join('\n')}`).toBeGreaterThanOrEqual(Math.min(GOAL, FLOOR));
  });
});
