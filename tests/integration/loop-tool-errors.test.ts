/**
 * The two tiers of failure with the real registry: a zod failure and a capability refusal go
 * back to the model as isError tool results naming the problem, the model corrects itself,
 * and the run goes on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AgentEvent } from '../../agent/loop/events';
import { runAgent } from '../../agent/loop/run-agent';
import { createToolRegistry } from '../../agent/tools/registry';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';
import { callTools, replyText, ScriptedProvider } from '../fixtures/scripted-provider';
import { testDay } from '../fixtures/test-day';

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loop-tool-errors-'));
  store = await openLowdbStore({ dir });
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const app = {
  name: 'Post drafter',
  description: null,
  template: null,
  inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true, options: null, help: null }],
  steps: [
    { kind: 'generate-text', id: 'post', title: 'Draft', model: null, prompt: 'A LinkedIn post about {{inputs.topic}}.', system: null },
    {
      kind: 'generate-image',
      id: 'image',
      title: 'Image',
      model: null,
      prompt: 'An image for: {{steps.post.text}}',
      quality: null,
      size: null,
    },
  ],
  collections: null,
  triggers: null,
  model: { model: 'gpt-5-mini', provider: null, options: null },
  workload: null,
};

it('hands bad arguments and capability refusals back to the model, which corrects them', async () => {
  const { id } = await store.createConversation({ workspaceId: 'default' });
  const { name: _missing, ...withoutName } = app;
  const bind = (model: string) => ({
    name: 'bind_model',
    args: { slug: 'post-drafter', model, step: 'image', provider: null, options: null },
  });
  const provider = new ScriptedProvider([
    callTools([{ name: 'create_app', args: withoutName }]),
    callTools([{ name: 'create_app', args: app }]),
    callTools([bind('gpt-5-mini')]),
    callTools([bind('gpt-image-1-mini')]),
    replyText('Done: the image step now uses gpt-image-1-mini.'),
  ]);
  const events: AgentEvent[] = [];
  for await (const event of runAgent({
    provider,
    model: 'scripted',
    registry: createToolRegistry(),
    ctx: { store, actor: { userId: null, workspaceId: 'default', role: 'owner' }, clock: testDay },
    conversationId: id,
    userMessage: 'Build a LinkedIn post drafter with an image',
  })) {
    events.push(event);
  }

  const finished = events.filter((e): e is Extract<AgentEvent, { type: 'tool.finished' }> => e.type === 'tool.finished');
  expect(finished.map((e) => [e.name, e.ok])).toEqual([
    ['create_app', false],
    ['create_app', true],
    ['bind_model', false],
    ['bind_model', true],
  ]);
  // The zod failure names the field; the refusal names the model and what it lacks.
  expect(finished[0]?.summary).toMatch(/^Invalid input for create_app: name: /);
  expect(finished[2]?.summary).toMatch(/gpt-5-mini/);
  // What the model read on its next turn is that same sentence, as an error result.
  expect(provider.requests[1]?.messages.at(-1)).toMatchObject({ role: 'tool', isError: true, result: { error: finished[0]?.summary } });
  expect(provider.requests[3]?.messages.at(-1)).toMatchObject({ role: 'tool', isError: true, result: { error: finished[2]?.summary } });
  expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final' });
  const stored = await store.getApp('post-drafter');
  expect(stored?.spec.steps.find((s) => s.id === 'image')?.model?.model).toBe('gpt-image-1-mini');
});
