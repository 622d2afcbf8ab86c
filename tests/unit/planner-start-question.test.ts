/**
 * With no app open, a message that names something but says too little to build from gets one
 * question with concrete answers, never "I didn't understand"; the answer builds the tool.
 */
import { describe, expect, it } from 'vitest';
import { openEvalSession } from '../eval/planner/drive';

describe('a start on a tool', () => {
  it.each(['Onboarding checklist for our new hires.', 'We run a small bike repair shop.'])(
    '"%s" gets the question of what it hands back',
    async (text) => {
      const session = await openEvalSession();
      try {
        const turn = await session.say(text);
        expect(turn.asked).toBe(true);
        expect(turn.reply).toContain('What should the tool hand back?');
        expect(turn.reply).not.toMatch(/didn't understand/);
      } finally {
        await session.close();
      }
    },
  );

  it('the answer builds the tool it asked about', async () => {
    const session = await openEvalSession();
    try {
      await session.say('Onboarding checklist for our new hires.');
      const turn = await session.say('3');
      const created = turn.calls.find((c) => c.name === 'create_app' && c.ok);
      expect(created).toBeDefined();
      expect(JSON.stringify(created!.data)).toMatch(/"collections":\[\{/);
    } finally {
      await session.close();
    }
  });

  /** The app a first message builds without asking; fails the test when it asks or builds nothing. */
  async function builtWithoutAsking(text: string): Promise<string> {
    const session = await openEvalSession();
    try {
      const turn = await session.say(text);
      expect(turn.asked).toBe(false);
      const created = turn.calls.find((c) => c.name === 'create_app' && c.ok);
      expect(created).toBeDefined();
      return JSON.stringify(created!.data);
    } finally {
      await session.close();
    }
  }

  it.each([
    'email me 30, 7 and 3 days before an ssl certificate expires',
    'text gym members 3 days before their plan expires',
    'batch-write seo meta descriptions for all 1000+ tools on my site',
  ])('"%s", an order to write or send, builds a writing tool without a question', async (text) => {
    expect(await builtWithoutAsking(text)).toContain('"kind":"generate-text"');
  });

  it.each([
    'weekly digest email listing all the new tasks posted that week',
    'simple visitor badge generator for our front desk',
    'stop making invoices by hand - generate them automatically once a month and send them to an email address',
  ])('"%s", a deliverable named or change words with no app anywhere, builds without a question', async (text) => {
    await builtWithoutAsking(text);
  });
});
