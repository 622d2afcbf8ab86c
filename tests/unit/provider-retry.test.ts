import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../agent/providers/errors';
import { callWithRetry, defaultRetryDelay, MAX_RETRY_AFTER_MS, parseRetryAfter, type RetryPolicy } from '../../agent/providers/retry';

const unavailable = () => new ProviderError({ kind: 'unavailable', provider: 'openai', status: 500 });

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { waits: Array<[number, number | null]> } {
  const waits: Array<[number, number | null]> = [];
  return {
    provider: 'openai',
    maxRetries: 2,
    timeoutMs: 5_000,
    retryDelay: (retry, retryAfterMs) => {
      waits.push([retry, retryAfterMs]);
      return 0;
    },
    waits,
    ...overrides,
  };
}

describe('retry policy', () => {
  it('backs off exponentially with jitter, capped, and honours Retry-After as asked', () => {
    for (let i = 0; i < 50; i++) {
      const first = defaultRetryDelay(1, null);
      const third = defaultRetryDelay(3, null);
      expect(first).toBeGreaterThanOrEqual(250);
      expect(first).toBeLessThanOrEqual(500);
      expect(third).toBeGreaterThanOrEqual(1000);
      expect(third).toBeLessThanOrEqual(2000);
      expect(defaultRetryDelay(20, null)).toBeLessThanOrEqual(8000);
    }
    expect(defaultRetryDelay(1, 2500)).toBe(2500);
  });

  it('parses Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '150', 'retry-after': '3' }))).toBe(150);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }), now)).toBe(10_000);
    expect(parseRetryAfter(new Headers({}))).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });

  it('retries retryable failures up to the bound, then reports the attempts', async () => {
    const p = policy();
    let calls = 0;
    const e = await callWithRetry(
      p,
      async () => {
        calls++;
        throw unavailable();
      },
      () => null,
    ).catch((x: unknown) => x);
    expect(calls).toBe(3);
    expect(e).toMatchObject({ kind: 'unavailable', attempts: 3 });
    expect(p.waits).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it('does not retry what retrying cannot fix', async () => {
    let calls = 0;
    const e = await callWithRetry(
      policy(),
      async () => {
        calls++;
        throw new ProviderError({ kind: 'auth', provider: 'openai', status: 401 });
      },
      () => null,
    ).catch((x: unknown) => x);
    expect(calls).toBe(1);
    expect(e).toMatchObject({ kind: 'auth', attempts: 1 });
  });

  it('gives up at once when the provider asks for a wait longer than the bound', async () => {
    let calls = 0;
    const e = await callWithRetry(
      policy(),
      async () => {
        calls++;
        throw new ProviderError({ kind: 'rate-limit', provider: 'google', status: 429, retryAfterMs: MAX_RETRY_AFTER_MS + 1 });
      },
      () => null,
    ).catch((x: unknown) => x);
    expect(calls).toBe(1);
    expect((e as ProviderError).message).toContain('Wait about 61 s');
  });

  it('turns an attempt that outlives timeoutMs into a timeout, aborting its signal', async () => {
    let aborted = false;
    const e = await callWithRetry(
      policy({ timeoutMs: 30, maxRetries: 0 }),
      (signal) =>
        new Promise((_, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          });
        }),
      () => null,
    ).catch((x: unknown) => x);
    expect(aborted).toBe(true);
    expect(e).toMatchObject({ kind: 'timeout', retryable: true });
    expect((e as Error).message).toBe('OpenAI did not answer within 30 ms. Try again, raise the request timeout, or pick a faster model.');
  });

  it('rethrows a caller abort as it is, and non-provider errors untouched', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const pending = callWithRetry(
      policy(),
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('x')))),
      () => null,
      controller.signal,
    );
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const bug = new TypeError('bug');
    await expect(
      callWithRetry(
        policy(),
        async () => {
          throw bug;
        },
        () => null,
      ),
    ).rejects.toBe(bug);
  });

  it("a caller abort during the backoff wait ends it with the caller's reason", async () => {
    const controller = new AbortController();
    const reason = new Error('stopped');
    const pending = callWithRetry(
      policy({ retryDelay: () => 60_000 }),
      async () => {
        setTimeout(() => controller.abort(reason), 1);
        throw unavailable();
      },
      () => null,
      controller.signal,
    );
    await expect(pending).rejects.toBe(reason);
  });

  it('maps SDK errors through mapError and succeeds after a retry', async () => {
    let calls = 0;
    const value = await callWithRetry(
      policy(),
      async () => {
        if (++calls === 1) throw new Error('sdk 503');
        return 'ok';
      },
      () => unavailable(),
    );
    expect(value).toBe('ok');
    expect(calls).toBe(2);
  });
});
