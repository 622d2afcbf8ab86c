/**
 * The built-in planner puts an approval step in front of what a tool sends when the person
 * asks to see it first ("let me check before it sends", "after approval", "review first"),
 * and not otherwise — through the chat's HTTP door, real templates and tools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wantsReview } from '../../agent/planner/review-wish';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t.close();
});

async function build(text: string) {
  const answer = await t.api('POST', '/api/conversations', { text });
  expect(answer.status).toBe(201);
  expect(answer.body.app, JSON.stringify(answer.body.events).slice(0, 400)).not.toBeNull();
  return (await t.store.getApp(answer.body.app.slug))!.spec;
}

describe('the planner adds an approval step when asked to check first', () => {
  it.each([
    'a tool that drafts replies to support tickets and emails them to help@acme.com, but let me check before it sends',
    'draft a LinkedIn post from my notes and post it to Slack https://hooks.slack.com/services/T0/B0/x after approval',
    'write a reply to each customer complaint and email it to support@acme.com; review first',
  ])('%s', async (text) => {
    const spec = await build(text);
    const kinds = spec.steps.map((s) => s.kind);
    const at = kinds.indexOf('approval');
    expect(at, kinds.join(', ')).toBeGreaterThan(0);
    const approval = spec.steps[at]!;
    if (approval.kind !== 'approval') throw new Error('not an approval step');
    // It gates the text the message sends, and stands before the sending step.
    expect(spec.steps.find((s) => s.id === approval.gates)?.kind).toBe('generate-text');
    expect(kinds.indexOf('notify')).toBe(at + 1);
    expect(approval.role).toBe('editor');
  });

  it('adds none when nobody asked to check', async () => {
    const spec = await build('a tool that drafts replies to support tickets and emails them to help@acme.com');
    expect(spec.steps.map((s) => s.kind)).not.toContain('approval');
  });

  it.each([
    ['a tool that reviews contracts for risky clauses', false],
    ['summarise meeting notes; we review them in the weekly sync', false],
    ['approve expense reports under $50 automatically', false],
    ['needs my approval before anything goes out', true],
    ['human-in-the-loop replies to reviews', true],
  ])('reads "%s" as review wanted: %s', (text, wanted) => {
    expect(wantsReview(text.toLowerCase())).toBe(wanted);
  });

  it('in one conversation: build with a check, "run it" waits, "approve the pending run" goes on', async () => {
    const started = await t.api('POST', '/api/conversations', {
      text: 'a tool that drafts replies to support tickets and emails them to help@acme.com, but let me check before it sends',
    });
    const { conversationId, app } = started.body;
    const say = async (text: string) => {
      const answer = await t.api('POST', `/api/conversations/${conversationId}/messages`, { text });
      expect(answer.status).toBe(200);
      return (answer.body.events as { type: string; name?: string; summary?: string }[]).filter((e) => e.type === 'tool.finished');
    };
    const ran = await say('run it');
    expect(ran.map((e) => e.name)).toEqual(['execute_app']);
    expect(ran[0]!.summary).toContain('it waits for approval');
    const decided = await say('approve the pending run');
    expect(decided.map((e) => e.name)).toEqual(['decide_approval']);
    expect(decided[0]!.summary).toMatch(/^Approved: .* the run went on as a dry run\.$/);
    const runs = await t.api('GET', `/api/apps/${app.slug}/runs`);
    expect(runs.body.items.map((r: { status: string }) => r.status)).toEqual(['dry-run']);
  });
});

describe('rows someone approves or rejects', () => {
  it('keep a status column (not a form field), saved as pending by a run', async () => {
    const spec = await build(
      'a leave request tracker: employee, first day, last day, reason. Their manager approves or rejects each request.',
    );
    const [table] = spec.collections;
    expect(table?.fields).toContainEqual(
      expect.objectContaining({ name: 'status', type: 'select', options: ['pending', 'approved', 'rejected'] }),
    );
    expect(spec.inputs.map((f) => f.name)).not.toContain('status');
    const ran = await t.api('POST', `/api/apps/${spec.slug}/runs`, { inputs: { employee: 'Ann Lee', reason: 'Holiday' } });
    expect(ran.status, JSON.stringify(ran.body)).toBe(201);
    const app = await t.store.getApp(spec.slug);
    const { items } = await t.store.listRecords(app!.id, table!.name, {});
    expect(items[0]?.values).toMatchObject({ employee: 'Ann Lee', status: 'pending' });
  });

  it('keep none when a run is held for review instead, or nothing is kept', async () => {
    const held = await build(
      'track purchase requests: item, cost, requester; write a justification for each and wait for my sign-off before saving; I approve or reject them',
    );
    expect(held.steps.map((step) => step.kind)).toContain('approval');
    expect(held.collections.flatMap((c) => c.fields.map((f) => f.name))).not.toContain('status');
    const nothingKept = await build('summarise each pending invoice we get by email');
    expect([...nothingKept.inputs, ...nothingKept.collections.flatMap((c) => c.fields)].map((f) => f.name)).not.toContain('status');
  });
});
