/**
 * The other doors to a waiting run: the chat ("approve the pending reply for ticket 42", the
 * built-in planner calling decide_approval), MCP (list_approvals, decide_approval), and the
 * refusals — bad input to every new route and tool answers 4xx with a sentence.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalSpec, createApprovalApp, split } from '../fixtures/approval-app';
import { startReceiver, type Receiver } from '../fixtures/automation-harness';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let emulator: OpenAIEmulator;
let receiver: Receiver;
let t: TestServer;

async function waitingRun(ticket: string): Promise<string> {
  const { status, body } = await t.api('POST', '/api/apps/ticket-replies/runs', { inputs: { ticket, question: 'Where is my order?' } });
  expect(status).toBe(201);
  expect(body.run.status).toBe('waiting');
  return body.run.id;
}

const sendsOf = (runId: string) => split(receiver.requests).sends.filter((s) => (s as { runId?: string }).runId === runId);

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  receiver = await startReceiver([{ status: 200 }]);
  t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url, OUTBOUND_ALLOW: '127.0.0.1' } });
  await createApprovalApp(t.store, approvalSpec({ receiverUrl: receiver.url }));
});

afterAll(async () => {
  await t.close();
  await receiver.close();
  await emulator.close();
});

describe('chat', () => {
  it('"approve the pending reply for ticket 42" decides that run, and only that one', async () => {
    const other = await waitingRun('41');
    const meant = await waitingRun('42');
    const answer = await t.api('POST', '/api/conversations', { text: 'approve the pending reply for ticket 42' });
    expect(answer.status).toBe(201);
    const calls = (answer.body.events as { type: string; name?: string; args?: unknown }[]).filter((e) => e.type === 'tool.started');
    expect(calls).toMatchObject([
      { name: 'decide_approval', args: { app: null, run: null, about: 'ticket 42', decision: 'approve', text: null, note: null } },
    ]);
    const said = (answer.body.events as { type: string; text?: string }[]).filter((e) => e.type === 'assistant.delta').map((e) => e.text);
    expect(said.join('')).toBe(`Approved: "Ticket replies" run ${meant} (step "draft"); the run went on and finished.`);
    expect((await t.store.getRun(meant))?.status).toBe('ok');
    expect((await t.store.getRun(other))?.status).toBe('waiting');
    expect(sendsOf(meant).map((s) => s.text)).toEqual(['ok']);
  });

  it('a wish that matches two runs is answered with both, and neither is decided', async () => {
    const a = await waitingRun('77');
    const b = await waitingRun('77');
    const answer = await t.api('POST', '/api/conversations', { text: 'reject the pending reply for ticket 77' });
    const text = JSON.stringify(answer.body.events);
    expect(text).toContain('2 waiting runs match');
    expect((await t.store.getRun(a))?.status).toBe('waiting');
    expect((await t.store.getRun(b))?.status).toBe('waiting');
  });
});

describe('MCP', () => {
  it('lists waiting runs and decides one with an edit', async () => {
    const runId = await waitingRun('90');
    const client = new Client({ name: 'toolwright-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${t.url}/mcp`)));
    try {
      const listed = await client.callTool({ name: 'list_approvals', arguments: { app: 'ticket-replies', about: 'ticket 90' } });
      expect(listed.isError).toBeFalsy();
      expect((listed.structuredContent as { items: { runId: string }[] }).items.map((i) => i.runId)).toEqual([runId]);
      const decided = await client.callTool({
        name: 'decide_approval',
        arguments: { app: 'ticket-replies', run: runId, about: null, decision: 'edit', text: 'Shipped today.', note: null },
      });
      expect(decided.isError).toBeFalsy();
      expect(decided.structuredContent).toMatchObject({ runId, status: 'ok' });
      expect(sendsOf(runId).map((s) => s.text)).toEqual(['Shipped today.']);
      const twice = await client.callTool({
        name: 'decide_approval',
        arguments: { app: 'ticket-replies', run: runId, about: null, decision: 'approve', text: null, note: null },
      });
      expect(twice.isError).toBe(true);
      expect(JSON.stringify(twice.content)).toContain('No run waiting for approval matches run');
      const bad = await client.callTool({
        name: 'decide_approval',
        arguments: { app: null, run: null, about: null, decision: 'approve', text: null, note: null },
      });
      expect(bad.isError).toBe(true);
      expect(JSON.stringify(bad.content)).toContain('Say which run');
    } finally {
      await client.close();
    }
  });
});

describe('bad input answers 4xx with a sentence', () => {
  it('the decision route', async () => {
    const runId = await waitingRun('95');
    const url = `/api/apps/ticket-replies/runs/${runId}/approval`;
    const cases: [unknown, number, RegExp][] = [
      [{ decision: 'maybe' }, 400, /^body\.decision: must be "approve", "edit" or "reject"\./],
      [{}, 400, /^body\.decision: must be "approve", "edit" or "reject"\./],
      [{ decision: 'edit' }, 400, /^An edit needs the new text/],
      [{ decision: 'edit', text: '   ' }, 400, /^An edit needs the new text/],
      [{ decision: 'approve', text: 'x' }, 400, /^"text" is only for decision "edit"/],
      [{ decision: 'approve', note: 5 }, 400, /^body\.note: /],
    ];
    for (const [body, status, message] of cases) {
      const answer = await t.api('POST', url, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.error.message).toMatch(message);
    }
    const notJson = await t.api('POST', url, '{"decision":', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect((await t.api('POST', '/api/apps/ticket-replies/runs/nope/approval', { decision: 'approve' })).body.error.message).toBe(
      'There is no run "nope" of app "ticket-replies".',
    );
    const badSlug = await t.api('POST', '/api/apps/Not_A_Slug/runs/x/approval', { decision: 'approve' });
    expect(badSlug.status).toBe(404);
    expect(badSlug.body.error.message).toMatch(/^There is no app "Not_A_Slug"/);
    expect((await t.store.getRun(runId))?.status).toBe('waiting');
  });

  it('the list route and the signed link', async () => {
    const list = await t.api('GET', '/api/approvals?app=Bad_Slug');
    expect(list.status).toBe(400);
    expect(list.body.error.message).toMatch(/^query\.app: /);
    expect((await t.api('GET', '/api/approvals?app=ticket-replies')).status).toBe(200);

    const short = await t.api('POST', '/approve/abc', { decision: 'approve' });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/^params\.token: /);
    const forged = await t.api('POST', '/approve/eyJzIjoidGlja2V0LXJlcGxpZXMifQ.c2lnbmF0dXJl', { decision: 'approve' });
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toMatch(/^This approval link is not valid/);
    const page = await fetch(`${t.url}/approve/eyJzIjoidGlja2V0LXJlcGxpZXMifQ.c2lnbmF0dXJl`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('This approval link is not valid');
  });

  it('an approval step that gates no earlier step is refused with a sentence', async () => {
    const spec = approvalSpec({ slug: 'bad-gate', receiverUrl: receiver.url });
    const steps = (spec.steps ?? []).map((s) => (s.kind === 'approval' ? { ...s, gates: 'send' } : s));
    const answer = await t.api('POST', '/api/apps', { spec: { ...spec, steps } });
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toContain('Approval step "review" must gate a step that runs before it (earlier steps: draft).');
  });

  it('the tools, through the HTTP chat door’s registry', async () => {
    const unknown = await t.api('POST', '/api/conversations', { text: 'approve the pending reply for ticket 123456' });
    expect(JSON.stringify(unknown.body.events)).toContain('No run waiting for approval matches \\"ticket 123456\\"');
  });
});
