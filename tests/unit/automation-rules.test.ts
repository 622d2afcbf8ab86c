/** Retry policy, target redaction and webhook-secret proofs: pure functions, checked case by case. */
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../server/automation/redact-target';
import { isRetryableStatus, nextDelayMs, type RetryPolicy } from '../../server/automation/retry-policy';
import { parseRetryAfter } from '../../agent/providers/retry';
import { provesSecret, signBody } from '../../server/automation/hook-secret';
import { sameSecret } from '../../server/auth/sessions';

const policy: RetryPolicy = { maxAttempts: 5, baseMs: 1000, maxMs: 5000, maxRetryAfterMs: 60_000 };

describe('retry policy', () => {
  it('doubles the wait after each attempt, up to the cap, and stops after the last attempt', () => {
    expect([1, 2, 3, 4].map((n) => nextDelayMs(n, null, policy))).toEqual([1000, 2000, 4000, 5000]);
    expect(nextDelayMs(5, null, policy)).toBeNull();
  });

  it('waits at least as long as Retry-After asks, within its own cap', () => {
    expect(nextDelayMs(1, 30_000, policy)).toBe(30_000);
    expect(nextDelayMs(3, 100, policy)).toBe(4000);
    expect(nextDelayMs(1, 86_400_000, policy)).toBe(60_000);
    expect(nextDelayMs(5, 1000, policy)).toBeNull();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('retries timeouts, rate limits and server faults, not other client errors', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 422].some(isRetryableStatus)).toBe(false);
  });
});

describe('target redaction', () => {
  it.each([
    ['https://hooks.slack.com/services/T000/B000/XXXXSECRET', 'https://hooks.slack.com/services/…'],
    ['https://user:pass@example.com/hook?token=abc', 'https://example.com/hook/…'],
    ['https://example.com/hook', 'https://example.com/hook'],
    ['https://example.com/', 'https://example.com/'],
    ['http://127.0.0.1:8080/a/b#frag', 'http://127.0.0.1:8080/a/…'],
    ['not a url', '(not a valid URL)'],
  ])('%s → %s', (raw, shown) => {
    expect(redactUrl(raw)).toBe(shown);
  });
});

describe('webhook secret proofs', () => {
  it('signs with HMAC-SHA256 over the raw body (RFC 4231 test case 2)', () => {
    expect(signBody('Jefe', 'what do ya want for nothing?')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('accepts the secret in the URL or a signature of these exact bytes, nothing else', () => {
    const body = Buffer.from('{"customer":"Ada"}');
    expect(provesSecret('s3cret', { urlSecret: 's3cret' }, body)).toBe(true);
    expect(provesSecret('s3cret', { signature: signBody('s3cret', body) }, body)).toBe(true);
    expect(provesSecret('s3cret', { signature: signBody('s3cret', body).toUpperCase().replace('SHA256=', 'sha256=') }, body)).toBe(true);
    expect(provesSecret('s3cret', { urlSecret: 's3cre' }, body)).toBe(false);
    expect(provesSecret('s3cret', { signature: signBody('s3cret', Buffer.from('{"customer":"Eve"}')) }, body)).toBe(false);
    expect(provesSecret('s3cret', {}, body)).toBe(false);
    expect(sameSecret('a', 'a')).toBe(true);
    expect(sameSecret('a', 'ab')).toBe(false);
  });
});
