/**
 * Deliveries from app steps: SSRF refusals, retries with backoff (Retry-After honoured), the
 * dead-letter list (API) and sending a dead letter again, and waiting retries surviving a
 * restart of automation. Real server, real lowdb, real loopback receivers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSpecInput } from '../../agent/spec/app-spec';
import { startAutomationHarness, startReceiver, type AutomationHarness, type Receiver } from '../fixtures/automation-harness';
import { startSmtpReceiver, type SmtpReceiver } from '../fixtures/automation-smtp';

let harness: AutomationHarness | null = null;
const receivers: (Receiver | SmtpReceiver)[] = [];

afterEach(async () => {
  await harness?.close();
  harness = null;
  for (const r of receivers.splice(0)) await r.close();
});

const LOOPBACK_ALLOWED = { OUTBOUND_ALLOW: '127.0.0.1' };

function webhookApp(slug: string, url: string, channel: 'call-webhook' | 'slack' = 'call-webhook'): AppSpecInput {
  const step =
    channel === 'call-webhook'
      ? { id: 'send', title: 'Send', kind: 'call-webhook' as const, url, body: '{"note": "{{inputs.note}}"}' }
      : {
          id: 'send',
          title: 'Tell Slack',
          kind: 'notify' as const,
          channel: 'slack' as const,
          target: url,
          message: 'New note: {{inputs.note}}',
        };
  return {
    specVersion: 1,
    name: `Hook ${slug}`,
    slug,
    model: { model: 'gpt-5-mini' },
    inputs: [{ name: 'note', label: 'Note', type: 'text', required: true }],
    steps: [step],
  };
}

async function receiver(...answers: Parameters<typeof startReceiver>[0]): Promise<Receiver> {
  const r = await startReceiver(answers);
  receivers.push(r);
  return r;
}

async function runApp(h: AutomationHarness, slug: string, note = 'hello') {
  const { status, body } = await h.api('POST', `/api/apps/${slug}/runs`, { inputs: { note } });
  expect(status).toBe(201);
  return body.run;
}

describe('outbound addresses (SSRF)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
  ])('a webhook step to %s is refused by default with a clear error, and nothing is queued', async (host, what) => {
    harness = await startAutomationHarness();
    const target = await receiver({ status: 200 });
    const port = host === '127.0.0.1' ? new URL(target.url).port : '80';
    await harness.createApp(webhookApp('ssrf', `http://${host}:${port}/latest/meta-data`));
    const run = await runApp(harness, 'ssrf');
    expect(run.status).toBe('error');
    expect(run.steps[0].error).toContain(`Refused to call http://${host}`);
    expect(run.steps[0].error).toContain(`is a ${what} address`);
    expect(run.steps[0].error).toContain('OUTBOUND_ALLOW');
    expect(target.requests).toHaveLength(0);
    expect(harness.scheduled).toHaveLength(0);
    expect((await harness.api('GET', '/api/deliveries/dead')).body.items).toEqual([]);
  });

  it('a loopback receiver named in OUTBOUND_ALLOW is reached', async () => {
    harness = await startAutomationHarness({ env: LOOPBACK_ALLOWED });
    const target = await receiver({ status: 200, body: '{"ok":true}' });
    await harness.createApp(webhookApp('allowed', `${target.url}/hook`));
    const run = await runApp(harness, 'allowed', 'allowed note');
    expect(run.steps[0]).toMatchObject({ status: 'ok', output: { status: 200, body: { ok: true }, sent: true } });
    expect(JSON.parse(target.requests[0]!.body)).toEqual({ note: 'allowed note' });
  });
});

describe('retries', () => {
  it('500, 500, then 200: retried with doubling waits and delivered once', async () => {
    harness = await startAutomationHarness({ env: LOOPBACK_ALLOWED });
    const target = await receiver({ status: 500 }, { status: 500 }, { status: 200 });
    await harness.createApp(webhookApp('flaky', `${target.url}/hook`));
    const run = await runApp(harness, 'flaky', 'retry me');
    expect(run.steps[0].status).toBe('error');
    expect(run.steps[0].error).toContain('answered 500');
    expect(run.steps[0].error).toContain('try again in the background');

    await harness.settledCount(1);
    expect(harness.settled[0]!.outcome).toBe('delivered');
    expect(harness.settled[0]!.delivery.attempts).toBe(3);
    expect(target.requests.map((r) => JSON.parse(r.body))).toEqual([{ note: 'retry me' }, { note: 'retry me' }, { note: 'retry me' }]);
    // FAST_POLICY: base 20 ms, doubling.
    expect(harness.scheduled.map((s) => s.delayMs)).toEqual([20, 40]);
    const [a, b, c] = target.requests.map((r) => r.at);
    expect(b! - a!).toBeGreaterThanOrEqual(19);
    expect(c! - b!).toBeGreaterThanOrEqual(39);
    expect((await harness.api('GET', '/api/deliveries/dead')).body.items).toEqual([]);
    // The run's record tells the end of the story: delivered later, so the run succeeded.
    const after = (await harness.api('GET', `/api/apps/flaky/runs/${run.id}`)).body.run;
    expect(after.status).toBe('ok');
    expect(after.steps[0].status).toBe('ok');
    expect(after.steps[0].output.deliveredLater).toContain('attempt 3');
  });

  it('429 with Retry-After waits as long as the receiver asks', async () => {
    harness = await startAutomationHarness({ env: LOOPBACK_ALLOWED });
    const target = await receiver({ status: 429, headers: { 'retry-after': '1' } }, { status: 200 });
    await harness.createApp(webhookApp('limited', `${target.url}/hook`, 'slack'));
    await runApp(harness, 'limited');
    await harness.settledCount(1);
    expect(harness.scheduled.map((s) => s.delayMs)).toEqual([1000]);
    expect(target.requests[1]!.at - target.requests[0]!.at).toBeGreaterThanOrEqual(999);
    expect(harness.settled[0]!.outcome).toBe('delivered');
  });

  it('a waiting retry survives a restart of automation', async () => {
    harness = await startAutomationHarness({
      env: LOOPBACK_ALLOWED,
      policy: { maxAttempts: 3, baseMs: 300, maxMs: 300, maxRetryAfterMs: 300 },
    });
    const target = await receiver({ status: 503 }, { status: 200 });
    await harness.createApp(webhookApp('restart', `${target.url}/hook`));
    await runApp(harness, 'restart');
    await harness.restartAutomation();
    expect(await harness.store.getState<unknown[]>('deliveries:pending')).toHaveLength(1);
    await harness.settledCount(1);
    expect(harness.settled[0]!.outcome).toBe('delivered');
    expect(target.requests).toHaveLength(2);
  });
});

describe('dead letters', () => {
  it('a delivery that always fails ends on the dead-letter list with a redacted target, and Retry sends it again', async () => {
    harness = await startAutomationHarness({ env: LOOPBACK_ALLOWED });
    const answers = [{ status: 503 }];
    const target = await startReceiver(answers);
    receivers.push(target);
    await harness.createApp(webhookApp('doomed', `${target.url}/services/T0001/B0002/s3cr3tT0k3n`, 'slack'));
    const run = await runApp(harness, 'doomed');
    await harness.settledCount(1);
    expect(harness.settled[0]!.outcome).toBe('dead');
    expect(target.requests).toHaveLength(3);
    const failed = (await harness.api('GET', `/api/apps/doomed/runs/${run.id}`)).body.run;
    expect(failed.status).toBe('error');
    expect(failed.steps[0].error).toContain('Every attempt failed (3)');

    const { status, body } = await harness.api('GET', '/api/deliveries/dead');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(1);
    const letter = body.items[0];
    expect(letter).toMatchObject({ app: 'doomed', channel: 'slack', attempts: 3, lastStatus: 503, runId: run.id, stepId: 'send' });
    expect(letter.target).toBe(`${target.url}/services/…`);
    expect(letter.lastError).toContain('answered 503');
    expect(JSON.stringify(body)).not.toContain('s3cr3tT0k3n');
    expect(harness.logs.join('\n')).not.toContain('s3cr3tT0k3n');

    // The receiver is fixed; Retry sends it again and it leaves the list.
    answers[0] = { status: 200 };
    const retry = await harness.api('POST', `/api/deliveries/dead/${letter.id}/retry`);
    expect(retry.status).toBe(202);
    await harness.settledCount(2);
    expect(harness.settled[1]!.outcome).toBe('delivered');
    expect(target.requests).toHaveLength(4);
    expect((await harness.api('GET', '/api/deliveries/dead')).body.items).toEqual([]);
    expect((await harness.api('POST', `/api/deliveries/dead/${letter.id}/retry`)).status).toBe(404);
  });

  it('a 400 is not retried: it goes to the dead-letter list at once', async () => {
    harness = await startAutomationHarness({ env: LOOPBACK_ALLOWED });
    const target = await receiver({ status: 400 });
    await harness.createApp(webhookApp('refused', `${target.url}/hook`));
    const run = await runApp(harness, 'refused');
    expect(run.steps[0].error).toContain('Trying again would get the same answer');
    expect(target.requests).toHaveLength(1);
    const { body } = await harness.api('GET', '/api/deliveries/dead');
    expect(body.items).toMatchObject([{ app: 'refused', attempts: 1, lastStatus: 400 }]);
  });

  it('refuses a retry of something that is not a delivery id', async () => {
    harness = await startAutomationHarness();
    const { status, body } = await harness.api('POST', '/api/deliveries/dead/not-an-id/retry');
    expect(status).toBe(400);
    expect(body.error.message).toContain('params.id');
  });
});

describe('email deliveries', () => {
  const emailApp: AppSpecInput = {
    specVersion: 1,
    name: 'Mailer',
    slug: 'mailer',
    model: { model: 'gpt-5-mini' },
    inputs: [{ name: 'note', label: 'Note', type: 'text', required: true }],
    steps: [
      { id: 'mail', title: 'Mail ops', kind: 'notify', channel: 'email', target: 'ops@example.com', message: 'Note: {{inputs.note}}' },
    ],
  };

  it('a mail server that answers 451 is tried again and the email is delivered', async () => {
    const smtp = await startSmtpReceiver(['451 4.3.0 Try again later', '250 2.1.5 OK']);
    receivers.push(smtp);
    harness = await startAutomationHarness({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'tools@example.com' } });
    await harness.createApp(emailApp);
    const run = await runApp(harness, 'mailer', 'disk almost full');
    expect(run.steps[0].error).toContain('(451)');
    expect(run.steps[0].error).toContain('try again in the background');
    await harness.settledCount(1);
    expect(harness.settled[0]).toMatchObject({ outcome: 'delivered', delivery: { channel: 'email', attempts: 2 } });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toContain('Note: disk almost full');
  });

  it('a mail server that answers 550 is not asked again: the email goes to the dead-letter list', async () => {
    const smtp = await startSmtpReceiver(['550 5.1.1 No such user']);
    receivers.push(smtp);
    harness = await startAutomationHarness({ env: { SMTP_URL: smtp.url } });
    await harness.createApp(emailApp);
    await runApp(harness, 'mailer');
    const { body } = await harness.api('GET', '/api/deliveries/dead');
    expect(body.items).toMatchObject([{ app: 'mailer', channel: 'email', target: 'ops@example.com', attempts: 1, lastStatus: 550 }]);
    expect(body.items[0].lastError).toContain('did not take the email to ops@example.com (550)');
  });
});
