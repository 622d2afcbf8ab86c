/**
 * Who may decide a waiting run (accounts mode): the step's role or above. A runner or viewer
 * who sees the app gets 403 with a sentence; someone of another workspace is told the run
 * does not exist; an editor decides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalSpec, createApprovalApp } from '../fixtures/approval-app';
import { startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';

let h: AuthHarness;

beforeAll(async () => {
  h = await startAuthHarness();
  await createApprovalApp(h.store, approvalSpec({ receiverUrl: 'http://127.0.0.1:9', access: 'workspace' }));
});

afterAll(async () => {
  await h.close();
});

describe('deciding needs the approval step’s role', () => {
  it('runner and viewer: 403 with a sentence; another workspace: 404; editor: decides', async () => {
    const runner = await h.member('runner', 'runner@example.com');
    const viewer = await h.member('viewer', 'viewer@example.com');
    const editor = await h.member('editor', 'editor@example.com');
    const outsider = await h.outsider();
    const started = await h.call('POST', '/api/apps/ticket-replies/runs', {
      as: runner,
      body: { inputs: { ticket: '7', question: 'Refund?' } },
    });
    expect(started.status).toBe(201);
    expect(started.body.run.status).toBe('waiting');
    const url = `/api/apps/ticket-replies/runs/${started.body.run.id}/approval`;

    const listed = await h.call('GET', '/api/approvals', { as: runner });
    expect(listed.body.items.map((i: { runId: string }) => i.runId)).toEqual([started.body.run.id]);

    const refused = await h.call('POST', url, { as: runner, body: { decision: 'approve' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'Only an editor or above may decide this run, and you are a runner. Ask one of them, or the owner to change your role.',
    );
    // Viewers only read: the route itself refuses them.
    const viewed = await h.call('POST', url, { as: viewer, body: { decision: 'approve' } });
    expect(viewed.status).toBe(403);
    expect(viewed.body.error.message).toMatch(/runner.*\.$/);
    const elsewhere = await h.call('POST', url, { as: outsider, body: { decision: 'approve' } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.message).toMatch(/^There is no /);
    expect((await h.store.getRun(started.body.run.id))?.status).toBe('waiting');

    const decided = await h.call('POST', url, { as: editor, body: { decision: 'reject', note: 'not this one' } });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'rejected', error: 'Rejected by editor@example.com: not this one' });
  });
});
