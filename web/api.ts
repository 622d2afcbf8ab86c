/** JSON calls to our own HTTP API; failures carry the server's sentence. */
import { csrfHeader } from './auth/csrf';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The fields a 400 names, when the server lists them ({ path: "body.name", message }). */
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
    /** The whole answer, for refusals that carry more than a sentence (an import's rejected rows). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json', ...csrfHeader() } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, 'network', 'The server did not answer. Check that Toolwright is still running, then try again.');
  }
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; issues?: Array<{ path: string; message: string }> } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? String(response.status),
      error?.message ?? `The server answered ${response.status}.`,
      error?.issues ?? [],
      data,
    );
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
