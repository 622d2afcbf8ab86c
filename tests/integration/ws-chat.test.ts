/**
 * A chat over a real WebSocket against the real server: the built-in planner builds the app,
 * the events arrive in order, a follow-up on the same conversation changes it, and a bad
 * frame is answered with a sentence without closing the socket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseServerEvent, type ServerEvent } from '../../server/ws/events';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const DESCRIPTION = 'I need a tool that drafts LinkedIn posts with a matching image every Monday at 9';

/** A connected socket that queues validated server events. */
async function connect(url: string) {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`);
  const frames: ServerEvent[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    frames.push(parseServerEvent(String(data)));
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    send: (frame: unknown) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    /** Resolves with every frame received from `from` up to the first one matching `until`. */
    async until(until: (frame: ServerEvent) => boolean, from = 0): Promise<ServerEvent[]> {
      for (;;) {
        const index = frames.slice(from).findIndex(until);
        if (index >= 0) return frames.slice(from, from + index + 1);
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    frames,
  };
}

describe('chat over /ws', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('builds an app with the planner, then changes it in the same conversation', async () => {
    const chat = await connect(t.url);
    chat.send({ type: 'chat.send', conversationId: null, text: DESCRIPTION });
    const first = await chat.until((f) => f.type === 'done');
    const types = first.map((f) => f.type);
    expect(types[0]).toBe('conversation.created');
    // Each tool call is announced before it finishes, and the app changes only after it.
    expect(types.indexOf('tool.started')).toBeLessThan(types.indexOf('tool.finished'));
    expect(types.indexOf('tool.finished')).toBeLessThan(types.indexOf('app.updated'));
    expect(first).toContainEqual(expect.objectContaining({ type: 'tool.finished', name: 'create_app', ok: true }));
    expect(first.filter((f) => f.type === 'assistant.delta')).not.toHaveLength(0);
    expect(first.at(-1)).toMatchObject({ type: 'done', reason: 'final' });
    const { conversationId } = first[0] as Extract<ServerEvent, { type: 'conversation.created' }>;
    const { slug } = first.find((f) => f.type === 'app.updated') as Extract<ServerEvent, { type: 'app.updated' }>;

    const created = await t.api('GET', `/api/apps/${slug}`);
    expect(created.status).toBe(200);

    chat.send({ type: 'chat.send', conversationId, text: 'run it every Friday instead' });
    const second = await chat.until((f) => f.type === 'done', first.length);
    expect(second).toContainEqual({ type: 'app.updated', slug, version: 2 });
    const app = await t.store.getApp(slug);
    expect(app?.spec.triggers).toContainEqual(expect.objectContaining({ kind: 'schedule', cron: '0 9 * * 5' }));

    // Both exchanges are in the stored conversation, linked to the app.
    const conversation = await t.store.getConversation(conversationId);
    expect(conversation?.appSlug).toBe(slug);
    expect(conversation?.messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual([
      DESCRIPTION,
      'run it every Friday instead',
    ]);
    chat.socket.close();
  });

  it('answers a malformed frame with a sentence naming the field and keeps the socket open', async () => {
    const chat = await connect(t.url);
    chat.send({ type: 'chat.send', conversationId: null });
    const [refusal] = await chat.until((f) => f.type === 'error');
    expect(refusal).toEqual({ type: 'error', kind: 'bad-request', message: expect.stringContaining('field "text"') });
    chat.send({ type: 'chat.send', conversationId: 'no-such-conversation', text: 'hello' });
    const answer = await chat.until((f) => f.type === 'done', 1);
    expect(answer[0]).toMatchObject({ type: 'error', kind: 'not-found' });
    expect(chat.socket.readyState).toBe(WebSocket.OPEN);
    chat.socket.close();
  });
});
