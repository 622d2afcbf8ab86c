/**
 * The chat's HTTP door: POST /api/conversations with a first message and
 * POST /api/conversations/:id/messages answer with the same events as the socket, as JSON or
 * as server-sent events, through a real HTTP client; bad input gets a 4xx sentence, and the
 * route policy applies (a viewer may not chat, another workspace's conversation is not found).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerEvent, type ServerEvent } from '../../server/ws/events';
import { startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';
import { turnOf } from '../fixtures/chat-client';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const DESCRIPTION = 'I need a tool that writes a short product description from a product name and its key features';

/** POSTs JSON and reads a text/event-stream answer event by event (`event:` names the type, `data:` holds it). */
async function postForEvents(url: string, body: unknown): Promise<{ status: number; contentType: string | null; events: ServerEvent[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  const events: ServerEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body!) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      const event = parseServerEvent(data!);
      expect(event.type).toBe(name);
      events.push(event);
    }
  }
  return { status: response.status, contentType: response.headers.get('content-type'), events };
}

describe('POST /api/conversations[/:id/messages]', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('starts a conversation with a first message and answers with its events as JSON', async () => {
    const answer = await t.api('POST', '/api/conversations', { text: DESCRIPTION }, { accept: 'application/json' });
    expect(answer.status).toBe(201);
    const { conversationId, outcome, app, events } = answer.body;
    expect(outcome).toBe('built');
    expect(app).toEqual({ slug: expect.any(String), id: expect.any(String) });
    const parsed = (events as unknown[]).map((e) => parseServerEvent(JSON.stringify(e)));
    expect(parsed[0]).toEqual({ type: 'conversation.created', conversationId });
    expect(turnOf(parsed).tools).toEqual(['create_app']);
    expect(parsed.at(-1)).toMatchObject({ type: 'done', outcome: 'built', app });
    expect((await t.store.getConversation(conversationId))?.appSlug).toBe(app.slug);
  });

  it('sends follow-ups as server-sent events, changing the same app', async () => {
    const started = await t.api('POST', '/api/conversations', { text: DESCRIPTION });
    const { conversationId, app } = started.body;
    const count = (await t.store.listApps()).length;

    const changed = await postForEvents(`${t.url}/api/conversations/${conversationId}/messages`, {
      text: 'add a priority field (low, medium, high)',
    });
    expect(changed.status).toBe(200);
    expect(changed.contentType).toMatch(/^text\/event-stream/);
    const turn = turnOf(changed.events);
    expect(turn.tools).toEqual(['update_app']);
    expect(turn.done).toMatchObject({ outcome: 'changed', app: { slug: app.slug, id: app.id } });
    expect(changed.events).toContainEqual({ type: 'app.updated', slug: app.slug, version: 2 });
    expect((await t.store.getApp(app.slug))?.spec.inputs.map((f) => f.name)).toContain('priority');

    // The same follow-up door as JSON: the public link, answered with its address.
    const link = await t.api('POST', `/api/conversations/${conversationId}/messages`, { text: 'give me the public link' });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ conversationId, outcome: 'changed', app: { slug: app.slug, id: app.id } });
    const text = link.body.events
      .filter((e: ServerEvent) => e.type === 'assistant.delta')
      .map((e: { text: string }) => e.text)
      .join('');
    expect(text).toMatch(new RegExp(`${t.url.replace(/[.]/g, '\\.')}/p/twp_`));
    expect((await t.store.listApps()).length).toBe(count);
  });

  it('a question is answered, naming the app without changing it', async () => {
    const started = await t.api('POST', '/api/conversations', { text: DESCRIPTION });
    const { conversationId, app } = started.body;
    const asked = await t.api('POST', `/api/conversations/${conversationId}/messages`, { text: 'which model does it use?' });
    expect(asked.body).toMatchObject({ outcome: 'answered', app: { slug: app.slug } });
    expect((await t.store.getApp(app.slug))?.version).toBe(1);
  });

  it('refuses bad input with a sentence', async () => {
    const empty = await t.api('POST', '/api/conversations', { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^body\.text: must not be empty\./);

    const tooLong = await t.api('POST', '/api/conversations/abc/messages', { text: 'x'.repeat(20_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toMatch(/^body\.text: /);

    const missing = await t.api('POST', '/api/conversations/abc/messages', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^body\.text: /);

    const unknown = await t.api('POST', '/api/conversations/no-such-conversation/messages', { text: 'hello' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/There is no conversation "no-such-conversation"/);

    const notJson = await t.api('POST', '/api/conversations/abc/messages', '{"text":', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(typeof notJson.body.error.message).toBe('string');
  });
});

describe('the HTTP chat door follows the route policy', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
  });
  afterAll(() => h.close());

  it('lets members chat as on the socket (each tool checks its role), refuses anyone signed out, and hides other workspaces', async () => {
    const editor = await h.tokenFor(await h.member('editor'));
    const started = await h.call('POST', '/api/conversations', { as: editor, body: { text: DESCRIPTION } });
    expect(started.status).toBe(201);
    expect(started.body.outcome).toBe('built');

    const shared = await h.call('POST', `/api/conversations/${started.body.conversationId}/messages`, {
      as: editor,
      body: { text: 'let the whole team use it' },
    });
    expect(shared.body.outcome).toBe('changed');

    // A viewer may chat, but a change is refused by the tool's role check, as on the socket.
    const viewer = await h.tokenFor(await h.member('viewer'));
    const own = await h.call('POST', '/api/conversations', { as: viewer, body: { appSlug: started.body.app.slug } });
    const refused = await h.call('POST', `/api/conversations/${own.body.conversation.id}/messages`, {
      as: viewer,
      body: { text: 'make it public' },
    });
    expect(refused.status).toBe(200);
    expect(refused.body.outcome).toBe('refused');
    expect(JSON.stringify(refused.body.events)).toMatch(/needs the editor role/);
    const path = `/api/conversations/${started.body.conversationId}/messages`;

    const anonymous = await h.call('POST', path, { as: { kind: 'anonymous' }, body: { text: 'hello' } });
    expect(anonymous.status).toBe(401);

    const outsider = await h.tokenFor(await h.outsider());
    const hidden = await h.call('POST', path, { as: outsider, body: { text: 'make it public' } });
    expect(hidden.status).toBe(404);
    expect((await h.store.getApp(started.body.app.slug))?.spec.access.level).toBe('workspace');
  });
});
