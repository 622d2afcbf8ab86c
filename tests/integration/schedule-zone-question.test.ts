/**
 * A schedule built without a zone asks for one, offering the browser's (sent with chat.send);
 * answering changes the zone of the same app — through the real chat socket and the planner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChat, type ChatClient } from '../fixtures/chat-client';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { parseClientMessage } from '../../server/ws/events';

const DESCRIPTION = 'Every Friday at 4pm write a short summary of our support tickets for the team';

describe('the time-zone question of a schedule', () => {
  let t: TestServer;
  const chats: ChatClient[] = [];
  const chat = async () => {
    const c = await connectChat(t.url);
    chats.push(c);
    return c;
  };
  const zones = async (slug: string) =>
    (await t.store.getApp(slug))!.spec.triggers.flatMap((tr) => (tr.kind === 'schedule' ? [tr.timezone] : []));

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    for (const c of chats) c.close();
    await t.close();
  });

  it('builds in UTC, asks with the browser zone offered, and the button changes the same app', async () => {
    const c = await chat();
    const built = await c.say(DESCRIPTION, 'Asia/Tokyo');
    expect(built.done).toMatchObject({ outcome: 'built', app: { slug: expect.any(String) } });
    const slug = built.done.app!.slug;
    expect(await zones(slug)).toEqual(['UTC']);
    const ask = built.events.find((e) => e.type === 'tool.finished' && e.name === 'ask_user');
    expect(ask).toMatchObject({ ok: true, data: { question: 'Which time zone should it run in?', options: ['Asia/Tokyo', 'UTC'] } });
    expect(built.text).toContain('Which time zone should it run in?');
    const count = (await t.store.listApps()).length;

    const answered = await c.say('Asia/Tokyo', 'Asia/Tokyo');
    expect(answered.done).toMatchObject({ outcome: 'changed', app: { slug } });
    expect(await zones(slug)).toEqual(['Asia/Tokyo']);
    expect((await t.store.listApps()).length).toBe(count);
  });

  it('takes a zone in words; other words are read as usual, never as a new tool', async () => {
    const c = await chat();
    const slug = (await c.say(DESCRIPTION, 'Europe/Berlin')).done.app!.slug;
    const count = (await t.store.listApps()).length;
    const other = await c.say('every Monday at 9 instead');
    expect(other.done).toMatchObject({ outcome: 'changed', app: { slug } });
    expect((await t.store.listApps()).length).toBe(count);
    expect(await zones(slug)).toEqual(['UTC']);
    const said = await c.say('run it in New York time');
    expect(said.done).toMatchObject({ outcome: 'changed', app: { slug } });
    expect(await zones(slug)).toEqual(['America/New_York']);
  });

  it('without a browser zone asks in words only, and the answer in words changes the app', async () => {
    const c = await chat();
    const built = await c.say(DESCRIPTION);
    expect(built.tools).not.toContain('ask_user');
    expect(built.text).toContain('It runs in UTC for now. Which time zone should it run in? Name one');
    const slug = built.done.app!.slug;
    expect((await c.say('Europe/Berlin')).done).toMatchObject({ outcome: 'changed', app: { slug } });
    expect(await zones(slug)).toEqual(['Europe/Berlin']);
  });

  it('does not ask when the description names a zone, and refuses a zone that is not one', async () => {
    const c = await chat();
    const built = await c.say(`${DESCRIPTION}, Berlin time`, 'Asia/Tokyo');
    expect(built.tools).not.toContain('ask_user');
    expect(await zones(built.done.app!.slug)).toEqual(['Europe/Berlin']);
    // The socket refuses such a frame with this sentence (and no turn).
    const frame = JSON.stringify({ type: 'chat.send', conversationId: null, text: 'hello', timeZone: 'Mars/Olympus' });
    expect(() => parseClientMessage(frame)).toThrow('field "timeZone": must be an IANA time zone such as Europe/Berlin');
  });
});
