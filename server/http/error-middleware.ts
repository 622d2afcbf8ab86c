/**
 * The one place errors become HTTP answers: `{ error: { code, message } }`, with the typed
 * error's own sentence. Client faults are 4xx; only a genuine server fault is a 500, logged.
 * Tool errors are matched by class and kind; the rest by `name` (every typed error sets
 * `this.name = new.target.name`), so this file needs no import from each module that throws.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';
import { ToolError } from '../../agent/tools/tool-error';
import { HttpError } from './http-error';
import { diskFault } from '../files/os-error';

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

interface Mapped {
  status: number;
  code: string;
  message: string;
}

const BY_NAME: Record<string, { status: number; code: string }> = {
  SpecValidationError: { status: 422, code: 'invalid_spec' },
  CapabilityError: { status: 422, code: 'capability_mismatch' },
  ModelBindingError: { status: 422, code: 'invalid_binding' },
  UnknownModelError: { status: 404, code: 'unknown_model' },
  UnknownTemplateError: { status: 404, code: 'unknown_template' },
  CostInputError: { status: 400, code: 'invalid_workload' },
  CompareInputError: { status: 400, code: 'invalid_comparison' },
  NoModelMatchesError: { status: 404, code: 'no_model_matches' },
  UnknownToolError: { status: 404, code: 'unknown_tool' },
  AppNotFoundError: { status: 404, code: 'not_found' },
  RecordValidationError: { status: 400, code: 'invalid_record' },
  UploadError: { status: 400, code: 'invalid_upload' },
  OutboundRequestError: { status: 422, code: 'outbound_refused' },
  SettingsError: { status: 500, code: 'settings_unreadable' },
  SecretBoxError: { status: 503, code: 'master_key_unusable' },
};

// Tool errors (bad input, unknown app, refused change) carry a kind.
const TOOL_KIND: Record<string, { status: number; code: string }> = {
  'invalid-input': { status: 400, code: 'invalid_input' },
  'not-found': { status: 404, code: 'not_found' },
  refused: { status: 422, code: 'refused' },
  forbidden: { status: 403, code: 'forbidden' },
  conflict: { status: 409, code: 'conflict' },
};

const STORE_KIND: Record<string, { status: number; code: string }> = {
  'not-found': { status: 404, code: 'not_found' },
  conflict: { status: 409, code: 'conflict' },
  corrupt: { status: 500, code: 'store_corrupt' },
  unavailable: { status: 503, code: 'store_unavailable' },
  invalid: { status: 400, code: 'invalid_value' },
};

// A provider failing is not the client's fault and not ours: 502/503/504, or 4xx where the
// request itself was refused.
const PROVIDER_KIND: Record<string, number> = {
  auth: 502,
  'rate-limit': 429,
  unavailable: 503,
  timeout: 504,
  'bad-request': 422,
  unsupported: 422,
};

// body-parser's error types, each with a sentence a person can act on.
function bodyParserError(err: { type?: string; limit?: unknown }): Mapped | null {
  switch (err.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON. Send a JSON object with Content-Type: application/json.' };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'payload_too_large',
        message: `The request body is too large${typeof err.limit === "number" ? ` (limit ${formatBytes(err.limit)})` : ''}. Send a smaller body.`,
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'unsupported_encoding', message: 'The request body encoding is not supported. Send UTF-8 JSON.' };
    case 'request.aborted':
      return { status: 400, code: 'request_aborted', message: 'The request was aborted before its body arrived. Try again.' };
    default:
      return null;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}

export function mapError(error: unknown): Mapped {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  if (!(error instanceof Error)) return { status: 500, code: 'internal', message: 'Something went wrong on the server. It has been logged.' };
  const e = error as Error & { type?: string; status?: unknown; statusCode?: unknown; kind?: unknown; expose?: unknown };
  const parser = bodyParserError(e);
  if (parser) return parser;
  const disk = diskFault(e);
  if (disk) return { status: 503, code: 'disk_unavailable', message: disk.message };
  const known = BY_NAME[e.name];
  if (known) return { ...known, message: e.message };
  if (error instanceof ToolError) {
    const k = TOOL_KIND[String(e.kind)] ?? { status: 400, code: 'tool_error' };
    return { ...k, message: e.message };
  }
  if (e.name === 'StoreError') {
    const k = STORE_KIND[String(e.kind)] ?? { status: 500, code: 'store_error' };
    return { ...k, message: e.message };
  }
  if (e.name === 'ProviderError') {
    return { status: PROVIDER_KIND[String(e.kind)] ?? 502, code: `provider_${String(e.kind ?? 'error')}`, message: e.message };
  }
  // Other http-errors (e.g. a malformed %-escape in the path) carry a 4xx status and are safe to expose.
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 0;
  if (status >= 400 && status < 500) {
    return { status, code: 'bad_request', message: e.expose && e.message ? `${e.message.replace(/\.?$/, '.')} Fix the request and try again.` : 'The request could not be understood. Fix it and try again.' };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on the server. It has been logged.' };
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const mapped = mapError(error);
    if (mapped.status >= 500) logger.error('request failed', { method: req.method, path: req.path, error });
    else logger.debug('request refused', { method: req.method, path: req.path, status: mapped.status, code: mapped.code });
    const body: ErrorBody = { error: { code: mapped.code, message: mapped.message } };
    const issues = (error as { issues?: unknown }).issues;
    if (Array.isArray(issues) && error instanceof HttpError) body.error.issues = issues as ErrorBody['error']['issues'];
    res.status(mapped.status).json(body);
  };
}

/** Unknown /api routes: a JSON 404 rather than express's HTML page. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({
    error: { code: 'not_found', message: `There is no API route ${req.method} ${req.path}. See README for the route list.` },
  } satisfies ErrorBody);
};
