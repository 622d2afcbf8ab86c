import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentTools } from '../../agent/loop/tool-calls';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { AgentModelError } from '../../server/ws/agent-provider';
import { createChatSession, type ChatSessionDeps } from '../../server/ws/chat-session';
import { parseClientMessage, parseServerEvent, ProtocolError, type ServerEvent } from '../../server/ws/events';
import { createRunEventBus } from '../../server/runtime/run-events';
import { runEventsFrom } from '../../server/ws/run-events';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';
import { hangUntilAborted, replyText, ScriptedProvider } from '../fixtures/scripted-provider';

const noTools: AgentTools = {
  specs: () => [],
  run: async (name) => Promise.reject(new Error(`There is no tool "${name}".`)),
};

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loop-ws-session-'));
  store = await openLowdbStore({ dir });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function harness(provider: ScriptedProvider, extra: Partial<ChatSessionDeps> = {}) {
  const sent: ServerEvent[] = [];
  const session = createChatSession(
    { send: (data) => sent.push(parseServerEvent(data)), close: () => {} },
    {
      store,
      registry: noTools,
      actor: { userId: null, workspaceId: 'default', role: 'owner' },
      agentProvider: async () => ({ provider, model: 'scripted' }),
      ...extra,
    },
  );
  return { sent, session };
}

describe('ws protocol', () => {
  it('refuses malformed frames with a sentence naming the field', () => {
    expect(() => parseClientMessage('not json')).toThrow(ProtocolError);
    expect(() => parseClientMessage('{"type":"chat.send","conversationId":null}')).toThrow(/field "text"/);
    expect(() => parseClientMessage('{"type":"chat.send","conversationId":null,"text":"   "}')).toThrow(/field "text": must not be empty/);
    expect(() => parseClientMessage('{"type":"chat.dance"}')).toThrow(/field "type"/);
    expect(parseClientMessage('{"type":"chat.cancel"}')).toEqual({ type: 'chat.cancel' });
  });
});

describe('createChatSession', () => {
  it('starts a conversation, streams the agent events and persists the exchange', async () => {
    const { sent, session } = harness(new ScriptedProvider([replyText('Hi! Describe the tool you need.')]));
    session.receive(JSON.stringify({ type: 'chat.send', conversationId: null, text: 'hello' }));
    await session.idle();
    expect(sent.map((e) => e.type)).toEqual(['conversation.created', 'assistant.delta', 'done']);
    const created = sent[0] as Extract<ServerEvent, { type: 'conversation.created' }>;
    expect((await store.getConversation(created.conversationId))?.messages).toHaveLength(2);
  });

  it('refuses a second message while a reply is being written, and cancels on chat.cancel', async () => {
    let started!: () => void;
    const providerAsked = new Promise<void>((resolve) => (started = resolve));
    const { sent, session } = harness(new ScriptedProvider([hangUntilAborted(() => started())]));
    session.receive(JSON.stringify({ type: 'chat.send', conversationId: null, text: 'one' }));
    session.receive(JSON.stringify({ type: 'chat.send', conversationId: null, text: 'two' }));
    expect(sent).toContainEqual({ type: 'error', kind: 'bad-request', message: expect.stringContaining('still being written') });
    await providerAsked;
    session.receive(JSON.stringify({ type: 'chat.cancel' }));
    await session.idle();
    expect(sent.at(-1)).toMatchObject({ type: 'done', reason: 'cancelled' });
  });

  it('says why the chat cannot start when AGENT_MODEL is wrong', async () => {
    const { sent, session } = harness(new ScriptedProvider([]), {
      agentProvider: async () => Promise.reject(new AgentModelError('AGENT_MODEL is "x", which is not a text model; unset it.')),
    });
    session.receive(JSON.stringify({ type: 'chat.send', conversationId: null, text: 'hello' }));
    await session.idle();
    expect(sent.slice(1)).toEqual([
      { type: 'error', kind: 'unsupported', message: 'AGENT_MODEL is "x", which is not a text model; unset it.' },
      { type: 'done', reason: 'error', usage: expect.any(Object), outcome: 'refused', app: null },
    ]);
  });

  it('answers a bad frame with an error event instead of closing', async () => {
    const { sent, session } = harness(new ScriptedProvider([]));
    session.receive('{"type":"chat.send","conversationId":7,"text":"x"}');
    expect(sent).toEqual([{ type: 'error', kind: 'bad-request', message: expect.stringContaining('field "conversationId"') }]);
  });

  it('forwards app-run progress of its own workspace from the run event bus until closed', async () => {
    const bus = createRunEventBus();
    const { sent, session } = harness(new ScriptedProvider([]), { runEvents: runEventsFrom(bus, store) });
    const usage = { inputTokens: 10, cachedInputTokens: 0, outputTokens: 0, imageInputTokens: 0, images: 1 };
    const finished = {
      type: 'run.finished',
      runId: 'r1',
      appSlug: 'post-drafter',
      status: 'dry-run',
      usage,
      costUsd: 0.04,
      error: null,
    } as const;
    bus.publish({ ...finished, workspaceId: 'default', at: '2026-01-01T00:00:00.000Z' });
    bus.publish({ ...finished, runId: 'r2', workspaceId: 'someone-else', at: '2026-01-01T00:00:00.000Z' });
    expect(sent).toEqual([finished]);
    session.close();
    bus.publish({ ...finished, runId: 'r3', workspaceId: 'default', at: '2026-01-01T00:00:00.000Z' });
    expect(sent).toHaveLength(1);
  });

  it('does not show a viewer the runs of a private app, as get_app and list_apps do not', async () => {
    const spec = (slug: string, level: 'private' | 'workspace') =>
      AppSpecSchema.parse({ specVersion: 1, name: slug, slug, model: { model: 'gemini-3-flash-preview' }, access: { level } });
    await store.createApp({ workspaceId: 'default', spec: spec('secret-plans', 'private'), createdBy: null });
    await store.createApp({ workspaceId: 'default', spec: spec('team-notes', 'workspace'), createdBy: null });
    const bus = createRunEventBus();
    const viewer = harness(new ScriptedProvider([]), {
      runEvents: runEventsFrom(bus, store),
      actor: { userId: 'v', workspaceId: 'default', role: 'viewer' },
    });
    const editor = harness(new ScriptedProvider([]), {
      runEvents: runEventsFrom(bus, store),
      actor: { userId: 'e', workspaceId: 'default', role: 'editor' },
    });
    const started = (runId: string, appSlug: string) =>
      ({
        type: 'run.started',
        workspaceId: 'default',
        runId,
        appSlug,
        appVersion: 1,
        stepCount: 0,
        at: '2026-01-01T00:00:00.000Z',
      }) as const;
    bus.publish(started('r1', 'secret-plans'));
    bus.publish(started('r2', 'team-notes'));
    await vi.waitFor(() => expect(viewer.sent).toHaveLength(1));
    expect(viewer.sent.map((e) => (e as { runId?: string }).runId)).toEqual(['r2']);
    expect(editor.sent.map((e) => (e as { runId?: string }).runId)).toEqual(['r1', 'r2']);
  });
});
