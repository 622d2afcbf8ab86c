import { describe, expect, it } from 'vitest';
import { createPlannerProvider } from '../../agent/providers/planner';
import { PLANNER_NOTE } from '../../agent/planner/replies';
import { createToolRegistry } from '../../agent/tools/registry';

const tools = createToolRegistry().specs();

async function reply(messages: Parameters<ReturnType<typeof createPlannerProvider>['chat']>[0]['messages']): Promise<string> {
  const result = await createPlannerProvider().chat({ model: 'planner', messages, tools });
  const part = result.content.find((p) => p.type === 'text');
  return part && part.type === 'text' ? part.text : '';
}

describe('the planner notice, once per conversation', () => {
  it('comes with the first reply and not with later ones', async () => {
    const first = await reply([{ role: 'user', content: 'hello there' }]);
    expect(first).toContain(PLANNER_NOTE);
    const second = await reply([
      { role: 'user', content: 'hello there' },
      { role: 'assistant', content: first },
      { role: 'user', content: 'what now?' },
    ]);
    expect(second).not.toContain(PLANNER_NOTE);
    expect(second.length).toBeGreaterThan(20);
  });
});
