/**
 * Issue 4 acceptance: 401, 429-then-success, 500 and a timeout from each emulated provider
 * produce the right event and sentence, and nothing is lost from the conversation.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../agent/loop/events';
import { runAgent } from '../../agent/loop/run-agent';
import { createToolRegistry } from '../../agent/tools/registry';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';
import { error, hang } from '../fixtures/emulators/scripted-server';
import { EMULATED_AGENTS, type EmulatedAgent } from '../fixtures/loop-emulated-providers';
import { testDay } from '../fixtures/test-day';

const registry = createToolRegistry();
const actor = { userId: null, workspaceId: 'default', role: 'owner' } as const;

describe.each(EMULATED_AGENTS)('provider errors reach the person: $label', (kind) => {
  let dir: string;
  let store: Store;
  let agent: EmulatedAgent;
  let conversationId: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'loop-errors-'));
    store = await openLowdbStore({ dir });
    // One retry and no backoff wait. The default per-attempt limit: a short one here would turn
    // a slow answer on a loaded machine into a timeout in the cases that are not about timeouts.
    agent = await kind.start({ maxRetries: 1, retryDelay: () => 0 });
    conversationId = (await store.createConversation({ workspaceId: 'default' })).id;
    // A prior turn that succeeded: it must survive the failing one.
    agent.emulator.script(agent.text('Tell me what the tool should do.'));
    await drain('hello');
  });
  afterEach(async () => {
    await agent.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function drain(userMessage: string, via: EmulatedAgent = agent): Promise<AgentEvent[]> {
    const events: AgentEvent[] = [];
    for await (const event of runAgent({
      provider: via.provider,
      model: via.model,
      registry,
      ctx: { store, actor, clock: testDay },
      conversationId,
      userMessage,
    })) {
      events.push(event);
    }
    return events;
  }

  async function expectHistoryKept(lastUserMessage: string) {
    const messages = (await store.getConversation(conversationId))?.messages ?? [];
    expect(messages).toEqual([
      { role: 'user', content: 'hello' },
      { role: 'assistant', content: 'Tell me what the tool should do.' },
      { role: 'user', content: lastUserMessage },
    ]);
  }

  it('401: an auth error naming the key to set, and the conversation kept', async () => {
    agent.emulator.script(error(401));
    const events = await drain('build it');
    expect(events).toEqual([
      { type: 'error', kind: 'auth', message: expect.stringContaining(agent.keyEnv) },
      { type: 'done', reason: 'error', usage: expect.any(Object), outcome: 'refused', app: null },
    ]);
    expect((events[0] as { message: string }).message).toMatch(/refused the API key \(401\)/);
    // Not retried: a wrong key does not get better.
    expect(agent.emulator.requests).toHaveLength(2);
    await expectHistoryKept('build it');
  });

  it('429 then success: retried once, the answer arrives and is saved', async () => {
    agent.emulator.script(error(429, { retryAfterSeconds: 0 }), agent.text('Done after a short wait.'));
    const events = await drain('build it');
    expect(events.map((e) => e.type)).toEqual(['assistant.delta', 'done']);
    expect(events.at(-1)).toMatchObject({ reason: 'final' });
    expect(agent.emulator.requests).toHaveLength(3);
    const messages = (await store.getConversation(conversationId))?.messages ?? [];
    expect(messages.at(-1)).toEqual({ role: 'assistant', content: 'Done after a short wait.' });
  });

  it('500: retried, then an unavailable error saying to try again or pick another model', async () => {
    agent.emulator.script(error(500), error(500));
    const events = await drain('build it');
    expect(events[0]).toMatchObject({
      type: 'error',
      kind: 'unavailable',
      message: expect.stringMatching(/unavailable \(500\) after 2 attempts\. Try again in a few minutes, or pick another model\./),
    });
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'error' });
    await expectHistoryKept('build it');
  });

  it('timeout: a provider that never answers ends with a timeout error', async () => {
    // Only this case gets a short per-attempt limit; its server never answers at all.
    const silent = await kind.start({ maxRetries: 1, timeoutMs: 300, retryDelay: () => 0 });
    silent.emulator.script(hang(), hang());
    const events = await drain('build it', silent).finally(() => silent.close());
    expect(events[0]).toMatchObject({
      type: 'error',
      kind: 'timeout',
      message: expect.stringMatching(/did not answer within 300 ms after 2 attempts/),
    });
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'error' });
    await expectHistoryKept('build it');
  });
});
