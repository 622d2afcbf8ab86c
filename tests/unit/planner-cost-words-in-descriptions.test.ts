/**
 * Cost words inside a description ("our price-comparison site", "3 posts") do not make it a
 * question about cost: a long message that never asks is a tool. A cost question still asks, after a
 * hedge ("Roughly how much …") and with a model named by its price ("with the cheapest image model").
 * Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { openEvalSession } from '../eval/planner/drive';

/** The tools a first message calls, and whether it built an app. */
async function firstTurn(text: string): Promise<{ built: boolean; tools: string[] }> {
  const session = await openEvalSession();
  try {
    const turn = await session.say(text);
    return { built: turn.calls.some((c) => c.name === 'create_app' && c.ok), tools: turn.calls.map((c) => c.name) };
  } finally {
    await session.close();
  }
}

const built = async (text: string) => (await firstTurn(text)).built;

describe('cost words in a description', () => {
  it('builds the tool a long description describes', async () => {
    expect(
      await built(
        "Content machine for our price-comparison site for bikes: every morning at 8 pull today's deals from our feed and write 3 posts, each with a matching visual in our brand colours",
      ),
    ).toBe(true);
  });

  it.each([
    'can the telegram bot send me my daily profit every day at 12:00 am? just profit today in BTC and the estimated USD value',
    'can i set up a schedule that emails certain reports to users? mainly want expiring licenses and asset maintenance coming up so we can prep the budget',
  ])('builds the tool a long question describes when it only names money the tool handles: "%s"', async (text) => {
    expect(await built(text)).toBe(true);
  });

  it('still answers a question about cost, with or without a question mark', async () => {
    for (const text of [
      'what would 2,000 images a month cost?',
      'Estimate the monthly cost for 3,000 summaries of support tickets a month using GPT-5 mini please',
      'Roughly how much would 2,000 images a month for our product listings cost us with the cheapest image model',
    ])
      expect(await firstTurn(text), text).toEqual({ built: false, tools: ['compare_models'] });
  });

  it('builds nothing for a change put as a question with no app open', async () => {
    expect(await firstTurn('can the summary be done with a cheaper model?')).toEqual({ built: false, tools: ['list_apps'] });
  });
});
