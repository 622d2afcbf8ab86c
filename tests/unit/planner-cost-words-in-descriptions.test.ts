/**
 * Cost words inside a description ("our price-comparison site", "3 posts") do not make it a
 * question about cost: a long message that never asks is a tool. A cost question still asks.
 * Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { openEvalSession } from '../eval/planner/drive';

async function built(text: string): Promise<boolean> {
  const session = await openEvalSession();
  try {
    const turn = await session.say(text);
    return turn.calls.some((c) => c.name === 'create_app' && c.ok);
  } finally {
    await session.close();
  }
}

describe('cost words in a description', () => {
  it('builds the tool a long description describes', async () => {
    expect(
      await built(
        "Content machine for our price-comparison site for bikes: every morning at 8 pull today's deals from our feed and write 3 posts, each with a matching visual in our brand colours",
      ),
    ).toBe(true);
  });

  it('still answers a question about cost, with or without a question mark', async () => {
    for (const text of [
      'what would 2,000 images a month cost?',
      'Estimate the monthly cost for 3,000 summaries of support tickets a month using GPT-5 mini please',
      'Roughly how much would 2,000 images a month for our product listings cost us with the cheapest image model',
    ])
      expect(await built(text), text).toBe(false);
  });
});
