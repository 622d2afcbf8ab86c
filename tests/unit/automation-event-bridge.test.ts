/** The LISTEN/NOTIFY bridge's payloads stay under PostgreSQL's 8000-byte NOTIFY limit, counted in bytes. */
import { describe, expect, it } from 'vitest';
import { emptyUsage } from '../../agent/providers/usage';
import { toPayload } from '../../server/cluster/pg-event-bridge';
import type { RunEvent } from '../../server/runtime/run-events';

const stepFinished = (output: unknown): RunEvent => ({
  type: 'step.finished',
  workspaceId: 'default',
  runId: 'run-1',
  appSlug: 'notes',
  stepId: 'draft',
  status: 'ok',
  index: 0,
  step: {
    stepId: 'draft',
    kind: 'generate-text',
    model: 'gpt-5-mini',
    status: 'ok',
    output,
    usage: emptyUsage(),
    costUsd: 0,
    request: { prompt: 'hi' },
    error: null,
    startedAt: '2026-11-25T00:00:00.000Z',
    finishedAt: '2026-11-25T00:00:01.000Z',
  },
});

describe('event bridge payloads', () => {
  it('keeps a small step whole', () => {
    const payload = toPayload({ origin: 'a', event: stepFinished({ text: 'short' }) });
    expect(JSON.parse(payload).event.step.output).toEqual({ text: 'short' });
  });

  it('drops a large output, also when it is few characters but many bytes', () => {
    for (const text of ['x'.repeat(20_000), '漢'.repeat(3_000)]) {
      const payload = toPayload({ origin: 'a', event: stepFinished({ text }) });
      expect(Buffer.byteLength(payload, 'utf8')).toBeLessThan(8_000);
      expect(JSON.parse(payload).event.step).toMatchObject({ request: null, output: { omitted: expect.any(String) } });
    }
  });
});
