import { beforeEach, describe, expect, it } from 'vitest';
import { AgentEventSchema, type AgentEvent } from '../../agent/loop/events';
import { runAgent, type RunAgentOptions } from '../../agent/loop/run-agent';
import type { AgentTools } from '../../agent/loop/tool-calls';
import { ProviderError } from '../../agent/providers/errors';
import type { ToolContext, ToolResult } from '../../agent/tools/tool';
import { createMemoryPorts, type MemoryPorts } from '../../agent/ports/memory';
import { StoreError } from '../../agent/ports/store-error';
import { callTools, hangUntilAborted, replyText, ScriptedProvider } from '../fixtures/scripted-provider';

/**
 * A small tool set standing in for the registry, so these tests pin the loop's own behaviour
 * (parallelism, error tiers, persistence); the real registry runs in the integration tests.
 */
function toolSet(handlers: Record<string, (args: unknown, ctx: ToolContext) => Promise<ToolResult>>): AgentTools {
  return {
    specs: () => Object.keys(handlers).map((name) => ({ name, description: name, inputSchema: { type: 'object' } })),
    async run(name, args, ctx) {
      const handler = handlers[name];
      if (!handler) throw new Error(`There is no tool "${name}".`);
      return handler(args, ctx);
    },
  };
}

// The loop runs on the in-memory ports: no disk, the same contract as the stores.
let store: MemoryPorts;
const actor = { userId: null, workspaceId: 'default', role: 'owner' } as const;

beforeEach(() => {
  store = createMemoryPorts();
});

async function collect(options: Omit<RunAgentOptions, 'ctx' | 'model'> & { model?: string }): Promise<AgentEvent[]> {
  const events: AgentEvent[] = [];
  for await (const event of runAgent({ model: 'scripted', ctx: { store, actor }, ...options })) {
    AgentEventSchema.parse(event);
    events.push(event);
  }
  return events;
}

const echo = toolSet({
  echo: async (args) => ({ summary: `echoed ${JSON.stringify(args)}`, data: args }),
});

describe('runAgent', () => {
  it('answers with text, persists the user and assistant messages, and ends final', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const provider = new ScriptedProvider([replyText('Hello there.')]);
    const events = await collect({ provider, registry: echo, conversationId: conversation.id, userMessage: 'hi' });
    expect(events.map((e) => e.type)).toEqual(['assistant.delta', 'done']);
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final', usage: { inputTokens: 100, outputTokens: 20 } });
    const stored = await store.getConversation(conversation.id);
    expect(stored?.messages).toEqual([
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Hello there.' },
    ]);
    expect(provider.requests[0]?.tools.map((t) => t.name)).toEqual(['echo']);
  });

  it('runs the tool calls of one turn in parallel and feeds the results back', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    // Each tool waits until both have started: only a parallel run can finish.
    let started = 0;
    let release!: () => void;
    const bothStarted = new Promise<void>((resolve) => (release = resolve));
    const barrier = async (args: unknown) => {
      started += 1;
      if (started === 2) release();
      await bothStarted;
      return { summary: 'ok', data: args };
    };
    const provider = new ScriptedProvider([
      callTools([
        { name: 'a', args: { n: 1 } },
        { name: 'b', args: { n: 2 } },
      ]),
      replyText('Both done.'),
    ]);
    const events = await collect({
      provider,
      registry: toolSet({ a: barrier, b: barrier }),
      conversationId: conversation.id,
      userMessage: 'go',
    });
    expect(events.map((e) => e.type)).toEqual([
      'tool.started',
      'tool.started',
      'tool.finished',
      'tool.finished',
      'assistant.delta',
      'done',
    ]);
    const second = provider.requests[1]!;
    expect(second.messages.slice(-2)).toEqual([
      { role: 'tool', toolCallId: 'call_1_a', toolName: 'a', result: { summary: 'ok', data: { n: 1 } } },
      { role: 'tool', toolCallId: 'call_2_b', toolName: 'b', result: { summary: 'ok', data: { n: 2 } } },
    ]);
    expect(events.at(-1)).toMatchObject({ reason: 'final', usage: { inputTokens: 200, outputTokens: 40 } });
  });

  it('gives a refused tool call back to the model as an isError result it can act on', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const registry = toolSet({
      bind: async (args) => {
        if ((args as { model: string }).model !== 'gpt-image-1') throw new Error('Field "model": text-only models cannot generate images.');
        return { summary: 'bound', data: null };
      },
    });
    const provider = new ScriptedProvider([
      callTools([{ name: 'bind', args: { model: 'gpt-5' } }]),
      callTools([{ name: 'bind', args: { model: 'gpt-image-1' } }]),
      replyText('Bound.'),
    ]);
    const events = await collect({ provider, registry, conversationId: conversation.id, userMessage: 'bind' });
    const finished = events.filter((e) => e.type === 'tool.finished');
    expect(finished.map((e) => e.ok)).toEqual([false, true]);
    expect(finished[0]).toMatchObject({ summary: 'Field "model": text-only models cannot generate images.' });
    expect(provider.requests[1]?.messages.at(-1)).toEqual({
      role: 'tool',
      toolCallId: 'call_1_bind',
      toolName: 'bind',
      result: { error: 'Field "model": text-only models cannot generate images.' },
      isError: true,
    });
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final' });
  });

  it('ends with the ProviderError sentence and keeps every message so far', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const auth = new ProviderError({ kind: 'auth', provider: 'openai', status: 401 });
    const provider = new ScriptedProvider([callTools([{ name: 'echo', args: { x: 1 } }]), auth]);
    const events = await collect({ provider, registry: echo, conversationId: conversation.id, userMessage: 'please' });
    expect(events.slice(-2)).toEqual([
      { type: 'error', kind: 'auth', message: auth.message },
      { type: 'done', reason: 'error', usage: expect.objectContaining({ inputTokens: 100 }), outcome: 'refused', app: null },
    ]);
    expect(auth.message).toContain('OPENAI_API_KEY');
    const stored = await store.getConversation(conversation.id);
    expect(stored?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
  });

  it('stops at maxTurns with a max-turns error and done reason', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const loop = callTools([{ name: 'echo', args: {} }]);
    const provider = new ScriptedProvider([loop, loop, loop]);
    const events = await collect({ provider, registry: echo, conversationId: conversation.id, userMessage: 'loop', maxTurns: 2 });
    expect(provider.requests).toHaveLength(2);
    expect(events.slice(-2)).toEqual([
      { type: 'error', kind: 'max-turns', message: expect.stringContaining('after 2 turns') },
      { type: 'done', reason: 'max-turns', usage: expect.any(Object), outcome: 'refused', app: null },
    ]);
  });

  it('cancels an in-flight provider call and keeps the user message', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const controller = new AbortController();
    const provider = new ScriptedProvider([hangUntilAborted(() => controller.abort())]);
    const events = await collect({
      provider,
      registry: echo,
      conversationId: conversation.id,
      userMessage: 'wait',
      signal: controller.signal,
    });
    expect(events).toEqual([{ type: 'done', reason: 'cancelled', usage: expect.any(Object), outcome: 'answered', app: null }]);
    expect((await store.getConversation(conversation.id))?.messages).toEqual([{ role: 'user', content: 'wait' }]);
  });

  it('stops between steps: running tools finish and are saved, the next turn is not asked', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const controller = new AbortController();
    const registry = toolSet({
      slow: async () => {
        controller.abort();
        return { summary: 'finished anyway', data: null };
      },
    });
    const provider = new ScriptedProvider([callTools([{ name: 'slow', args: {} }]), replyText('never asked')]);
    const events = await collect({ provider, registry, conversationId: conversation.id, userMessage: 'go', signal: controller.signal });
    expect(provider.requests).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'cancelled' });
    expect((await store.getConversation(conversation.id))?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
  });

  it('resumes a conversation: the second run sends the whole history', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    await collect({
      provider: new ScriptedProvider([replyText('First answer.')]),
      registry: echo,
      conversationId: conversation.id,
      userMessage: 'first',
    });
    const provider = new ScriptedProvider([replyText('Second answer.')]);
    await collect({ provider, registry: echo, conversationId: conversation.id, userMessage: 'second' });
    expect(provider.requests[0]?.messages).toEqual([
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'First answer.' },
      { role: 'user', content: 'second' },
    ]);
  });

  it('ends a turn that asks the person a question as awaiting their reply', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const provider = new ScriptedProvider([replyText('I can build text or image tools. Which one do you need?')]);
    const events = await collect({ provider, registry: echo, conversationId: conversation.id, userMessage: 'hmm' });
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final', awaitingUser: true });
  });

  it('emits app.updated and links the conversation to the app a tool created', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const registry = toolSet({ make: async () => ({ summary: 'Created.', data: null, app: { slug: 'post-drafter', version: 1 } }) });
    const provider = new ScriptedProvider([callTools([{ name: 'make', args: {} }]), replyText('Done.')]);
    const events = await collect({ provider, registry, conversationId: conversation.id, userMessage: 'make it' });
    expect(events).toContainEqual({ type: 'app.updated', slug: 'post-drafter', version: 1 });
    expect((await store.getConversation(conversation.id))?.appSlug).toBe('post-drafter');
    expect(provider.requests[1]?.system).toContain('post-drafter');
  });

  it('ends the run when the store fails under a tool (infrastructure, not the model’s fault)', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const registry = toolSet({
      save: async () => Promise.reject(new StoreError('unavailable', 'The database is unreachable; start PostgreSQL and try again.')),
    });
    const provider = new ScriptedProvider([callTools([{ name: 'save', args: {} }])]);
    const events = await collect({ provider, registry, conversationId: conversation.id, userMessage: 'save' });
    expect(events.slice(-2)).toEqual([
      { type: 'error', kind: 'store', message: 'The database is unreachable; start PostgreSQL and try again.' },
      { type: 'done', reason: 'error', usage: expect.any(Object), outcome: 'refused', app: null },
    ]);
    // The next run repairs the unanswered call so the provider accepts the history.
    const next = new ScriptedProvider([replyText('ok')]);
    await collect({ provider: next, registry, conversationId: conversation.id, userMessage: 'again' });
    expect(next.requests[0]?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user']);
    expect(next.requests[0]?.messages[2]).toMatchObject({ role: 'tool', toolCallId: 'call_1_save', isError: true });
  });

  it('still saves every message when the consumer stops listening early', async () => {
    const conversation = await store.createConversation({ workspaceId: 'default' });
    const provider = new ScriptedProvider([replyText('Saved even if nobody reads it.')]);
    for await (const event of runAgent({
      provider,
      model: 'scripted',
      registry: echo,
      ctx: { store, actor },
      conversationId: conversation.id,
      userMessage: 'hi',
    })) {
      if (event.type === 'assistant.delta') break;
    }
    expect((await store.getConversation(conversation.id))?.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('refuses an unknown conversation with a not-found error', async () => {
    const events = await collect({ provider: new ScriptedProvider([]), registry: echo, conversationId: 'nope', userMessage: 'hi' });
    expect(events[0]).toMatchObject({ type: 'error', kind: 'not-found', message: expect.stringContaining('"nope"') });
    expect(events[1]).toMatchObject({ type: 'done', reason: 'error' });
  });

  it('plans while its new conversation is being created, and says done only once the creation and every message are stored', async () => {
    let finishCreation!: () => void;
    const creationDone = new Promise<void>((resolve) => (finishCreation = resolve));
    const creating = creationDone.then(() => store.createConversation({ workspaceId: 'default', id: 'c-new' }));
    const provider = new ScriptedProvider([callTools([{ name: 'echo', args: { n: 1 } }]), replyText('Done.')]);
    const events: AgentEvent[] = [];
    const run = (async () => {
      for await (const event of runAgent({
        model: 'scripted',
        ctx: { store, actor },
        provider,
        registry: echo,
        conversationId: 'c-new',
        creating,
        userMessage: 'hi',
      })) {
        events.push(event);
      }
    })();
    // The provider and the tool ran with the creation still pending; the run waits for it to end.
    while (!events.some((e) => e.type === 'tool.finished')) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events.map((e) => e.type)).not.toContain('done');
    finishCreation();
    await run;
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final' });
    expect((await store.getConversation('c-new'))!.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
  });

  it('ends with the creation’s error when the new conversation could not be stored', async () => {
    const creating = Promise.reject(new StoreError('unavailable', 'The disk is full; the change was not saved. Try again.'));
    const events = await collect({
      provider: new ScriptedProvider([replyText('Hi.')]),
      registry: echo,
      conversationId: 'c-x',
      creating,
      userMessage: 'hi',
    });
    expect(events.at(-2)).toMatchObject({ type: 'error', message: expect.stringContaining('disk is full') });
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'error' });
  });
});
