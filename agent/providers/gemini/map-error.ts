/**
 * @google/genai errors → ProviderError; the only place that knows the SDK's `ApiError`
 * (its message is the JSON error body) and Google's envelope `{ error: { code, message,
 * status, details } }`, including RetryInfo and the API_KEY_INVALID reason on a 400.
 */
import { ApiError } from '@google/genai';
import { kindForStatus, ProviderError, redactSecrets } from '../errors';

interface GoogleErrorBody {
  error?: { code?: number; message?: string; status?: string; details?: Array<Record<string, unknown>> };
}

export function mapError(error: unknown, context: { baseURL: string; apiKey: string | undefined }): ProviderError | null {
  if (error instanceof ApiError) {
    const body = parseBody(error.message);
    const details = body.error?.details ?? [];
    const invalidKey = details.some((d) => d.reason === 'API_KEY_INVALID');
    const kind = invalidKey ? 'auth' : kindForStatus(error.status);
    return new ProviderError({
      kind,
      provider: 'google',
      status: error.status,
      retryAfterMs: retryDelayMs(details),
      detail: redactSecrets(body.error?.message ?? error.message, [context.apiKey]),
      ...(kind === 'auth' ? {} : { cause: error }),
    });
  }
  // fetch() rejects with a TypeError when nothing answers at the address.
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return new ProviderError({
      kind: 'unavailable',
      provider: 'google',
      cause: error,
      message: `Google Gemini could not be reached at ${context.baseURL}. Check the network and GEMINI_BASE_URL, or pick another model.`,
    });
  }
  return null;
}

function parseBody(message: string): GoogleErrorBody {
  try {
    return JSON.parse(message) as GoogleErrorBody;
  } catch {
    return {};
  }
}

/** google.rpc.RetryInfo `retryDelay` is a protobuf Duration string such as "58s" or "1.5s". */
function retryDelayMs(details: Array<Record<string, unknown>>): number | null {
  const info = details.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.RetryInfo');
  const match = typeof info?.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(info.retryDelay) : null;
  return match ? Math.round(Number(match[1]) * 1000) : null;
}
