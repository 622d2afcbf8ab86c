/** An approval notice the channel refused the first time is retried by the delivery service, as the app's own messages are. */
import { afterAll, describe, expect, it } from 'vitest';
import { approvalSpec, split } from '../fixtures/approval-app';
import { startAutomationHarness, startReceiver, type AutomationHarness, type Receiver } from '../fixtures/automation-harness';

let harness: AutomationHarness | null = null;
let receiver: Receiver | null = null;

afterAll(async () => {
  await harness?.close();
  await receiver?.close();
});

describe('approval notices', () => {
  it('500, then 200: the notice with its link arrives on the retry', async () => {
    harness = await startAutomationHarness({ env: { OUTBOUND_ALLOW: '127.0.0.1' } });
    receiver = await startReceiver([{ status: 500 }, { status: 200 }]);
    await harness.createApp(approvalSpec({ receiverUrl: receiver.url }));
    const { status, body } = await harness.api('POST', '/api/apps/ticket-replies/runs', { inputs: { ticket: '8', question: 'Hi?' } });
    expect(status).toBe(201);
    expect(body.run.status).toBe('waiting');
    await harness.settledCount(1);
    expect(harness.settled[0]).toMatchObject({ outcome: 'delivered', delivery: { runId: body.run.id, stepId: 'review', attempts: 2 } });
    const notices = split(receiver.requests).notices;
    expect(notices).toHaveLength(2);
    expect(notices[1]!.text).toMatch(/\/approve\/[A-Za-z0-9_.-]+/);
  });
});
