import { describe, expect, it } from 'vitest';
import { kindForStatus, ProviderError, redactSecrets } from '../../agent/providers/errors';

describe('ProviderError', () => {
  it('says what to do, per kind', () => {
    const cases: Array<[ConstructorParameters<typeof ProviderError>[0], string]> = [
      [
        { kind: 'auth', provider: 'openai', status: 401 },
        'OpenAI refused the API key (401). Set OPENAI_API_KEY in Settings or pick another model.',
      ],
      [
        { kind: 'auth', provider: 'google', status: 403 },
        "Google Gemini refused access for this API key (403). Check the key's project and permissions, or set GEMINI_API_KEY in Settings or pick another model.",
      ],
      [
        { kind: 'rate-limit', provider: 'openai', status: 429, retryAfterMs: 90_000 },
        'OpenAI is rate-limiting requests (429). Wait about 90 s and try again, or pick another model.',
      ],
      [
        { kind: 'rate-limit', provider: 'google', status: 429, attempts: 3 },
        'Google Gemini is rate-limiting requests (429) after 3 attempts. Wait a minute and try again, or pick another model.',
      ],
      [
        { kind: 'unavailable', provider: 'openai-compatible', status: 503 },
        'The OpenAI-compatible server is unavailable (503). Try again in a few minutes, or pick another model.',
      ],
      [
        { kind: 'timeout', provider: 'openai', timeoutMs: 30_000 },
        'OpenAI did not answer within 30 s. Try again, raise the request timeout, or pick a faster model.',
      ],
      [
        { kind: 'bad-request', provider: 'openai', status: 400, detail: 'Unknown parameter: foo.' },
        "OpenAI rejected the request (400): Unknown parameter: foo. Check the model id and the step's settings.",
      ],
    ];
    for (const [options, message] of cases) expect(new ProviderError(options).message).toBe(message);
  });

  it('is retryable only for rate limits, unavailability and timeouts', () => {
    const retryable = (['auth', 'rate-limit', 'unavailable', 'bad-request', 'unsupported', 'timeout'] as const).filter(
      (kind) => new ProviderError({ kind, provider: 'openai' }).retryable,
    );
    expect(retryable).toEqual(['rate-limit', 'unavailable', 'timeout']);
  });

  it('has its class name, keeps fields through withAttempts, and is recognised across realms', () => {
    const e = new ProviderError({ kind: 'unavailable', provider: 'openai', status: 502, cause: new Error('x') });
    expect(e.name).toBe('ProviderError');
    const again = e.withAttempts(3);
    expect(again).toMatchObject({ kind: 'unavailable', status: 502, attempts: 3 });
    expect(again.message).toContain('after 3 attempts');
    const lookalike = Object.assign(new Error('m'), { name: 'ProviderError', kind: 'auth' });
    expect(ProviderError.isInstance(lookalike)).toBe(true);
    expect(ProviderError.isInstance(new Error('m'))).toBe(false);
  });

  it('maps statuses to kinds', () => {
    expect([400, 401, 403, 404, 408, 422, 429, 500, 503].map(kindForStatus)).toEqual([
      'bad-request',
      'auth',
      'auth',
      'bad-request',
      'timeout',
      'bad-request',
      'rate-limit',
      'unavailable',
      'unavailable',
    ]);
  });

  it('redacts key-shaped strings and the configured key', () => {
    expect(redactSecrets('Incorrect API key provided: sk-proj-abc123XYZ. See docs', [])).toBe(
      'Incorrect API key provided: [redacted]. See docs',
    );
    expect(redactSecrets('key AIzaSyA1b2c3d4 invalid', [])).toBe('key [redacted] invalid');
    expect(redactSecrets('token my-local-token was refused', ['my-local-token'])).toBe('token [redacted] was refused');
  });
});
