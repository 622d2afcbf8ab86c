/**
 * ProviderError: the one error every provider adapter throws. Each adapter's `mapError` is
 * the only place that knows its SDK's error shapes; whether to retry is decided here from
 * the kind, and the message is a sentence a person can act on. Messages never contain keys.
 */
import type { ProviderErrorKind } from '../errors/error-kinds';
import { ToolwrightError } from '../errors/toolwright-error';
import type { ProviderId } from './provider';

export type { ProviderErrorKind } from '../errors/error-kinds';

/** Environment variable that holds each provider's key (named in auth messages). */
export const PROVIDER_KEY_ENV: Record<ProviderId, string | null> = {
  openai: 'OPENAI_API_KEY',
  google: 'GEMINI_API_KEY',
  'openai-compatible': 'OPENAI_COMPATIBLE_API_KEY',
  planner: null,
};

export const PROVIDER_LABEL: Record<ProviderId, string> = {
  openai: 'OpenAI',
  google: 'Google Gemini',
  'openai-compatible': 'The OpenAI-compatible server',
  planner: 'The built-in planner',
};

export interface ProviderErrorOptions {
  kind: ProviderErrorKind;
  provider: ProviderId;
  /** HTTP status when the provider answered; null for timeouts, network faults and refusals made here. */
  status?: number | null;
  /** How long the provider asked us to wait (Retry-After / RetryInfo), in ms; null when it did not say. */
  retryAfterMs?: number | null;
  /** The provider's own wording, already stripped of secrets; used for bad requests only. */
  detail?: string;
  /** Set for timeouts: the per-request limit that was exceeded. */
  timeoutMs?: number;
  /** Attempts made before giving up (1 = no retry). */
  attempts?: number;
  /** Replaces the generated sentence (used for `unsupported`, which is always specific). */
  message?: string;
  /** Overrides the kind's default, for the odd case such as a 429 that waiting cannot fix. */
  retryable?: boolean;
  cause?: unknown;
}

const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set(['rate-limit', 'unavailable', 'timeout']);

export class ProviderError extends ToolwrightError<'provider'> {
  readonly family = 'provider';
  readonly kind: ProviderErrorKind;
  readonly provider: ProviderId;
  readonly status: number | null;
  /** True for rate limits, 5xx and timeouts: the retry policy (retry.ts) tries again. */
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly attempts: number;
  private readonly options: ProviderErrorOptions;

  constructor(options: ProviderErrorOptions) {
    super(options.message ?? sentence(options), { cause: options.cause });
    this.kind = options.kind;
    this.provider = options.provider;
    this.status = options.status ?? null;
    this.retryable = options.retryable ?? RETRYABLE.has(options.kind);
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.attempts = options.attempts ?? 1;
    this.options = options;
  }

  /** The same error, its sentence saying how many attempts were made. */
  withAttempts(attempts: number): ProviderError {
    return new ProviderError({ ...this.options, attempts });
  }

  /** Works across module copies (vitest workers, bundled code), unlike `instanceof` alone. */
  static override isInstance(error: unknown): error is ProviderError {
    if (ToolwrightError.isInstance(error)) return error.family === 'provider';
    // An error serialised and rebuilt elsewhere keeps only its name and fields.
    return error instanceof Error && error.name === 'ProviderError' && 'kind' in error;
  }
}

function sentence(o: ProviderErrorOptions): string {
  const who = PROVIDER_LABEL[o.provider];
  const code = o.status ? ` (${o.status})` : '';
  const after = o.attempts && o.attempts > 1 ? ` after ${o.attempts} attempts` : '';
  switch (o.kind) {
    case 'auth': {
      const env = PROVIDER_KEY_ENV[o.provider];
      const fix = env ? `Set ${env} in Settings or pick another model.` : 'Check its settings or pick another model.';
      return o.status === 403
        ? `${who} refused access for this API key${code}. Check the key's project and permissions, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`
        : `${who} refused the API key${code}. ${fix}`;
    }
    case 'rate-limit': {
      const wait = o.retryAfterMs ? `Wait about ${Math.ceil(o.retryAfterMs / 1000)} s and try again` : 'Wait a minute and try again';
      return `${who} is rate-limiting requests${code}${after}. ${wait}, or pick another model.`;
    }
    case 'unavailable':
      return `${who} is unavailable${code}${after}. Try again in a few minutes, or pick another model.`;
    case 'timeout': {
      const limit = o.timeoutMs ? ` within ${formatSeconds(o.timeoutMs)}` : ' in time';
      return `${who} did not answer${limit}${after}. Try again, raise the request timeout, or pick a faster model.`;
    }
    case 'bad-request': {
      const detail = o.detail ? `: ${o.detail.replace(/[.\s]+$/, '')}` : '';
      return `${who} rejected the request${code}${detail}. Check the model id and the step's settings.`;
    }
    case 'unsupported':
      return `${who} does not support this request. Pick another model.`;
  }
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** Strips anything key-shaped (and the configured key itself) from provider wording. */
export function redactSecrets(text: string, secrets: Array<string | undefined> = []): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out.replace(/\b(sk-[A-Za-z0-9_*-]{4,}|AIza[A-Za-z0-9_*-]{4,})/g, '[redacted]');
}

/** Kind for an HTTP status, the part of every `mapError` that is the same for all providers. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limit';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'unavailable';
  return 'bad-request';
}
