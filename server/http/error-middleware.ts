/**
 * The one place errors become HTTP answers: `{ error: { code, message } }`, with the typed
 * error's own sentence. Client faults are 4xx; only a genuine server fault is a 500, logged.
 * Typed errors (the ToolwrightError family) get their status and code from the one outcome
 * table, agent/errors/outcomes.ts, so this file needs no import from each module that throws.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';
import { errorOutcome } from '../../agent/errors/outcomes';
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

// body-parser's error types, each with a sentence a person can act on.
function bodyParserError(err: { type?: string; limit?: unknown }): Mapped | null {
  switch (err.type) {
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'invalid_json',
        message: 'The request body is not valid JSON. Send a JSON object with Content-Type: application/json.',
      };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'payload_too_large',
        message: `The request body is too large${typeof err.limit === 'number' ? ` (limit ${formatBytes(err.limit)})` : ''}. Send a smaller body.`,
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
  if (!(error instanceof Error))
    return { status: 500, code: 'internal', message: 'Something went wrong on the server. It has been logged.' };
  const e = error as Error & { type?: string; status?: unknown; statusCode?: unknown; expose?: unknown };
  const parser = bodyParserError(e);
  if (parser) return parser;
  // A full or read-only disk is no one's typo: 503 with what to do, whichever module hit it.
  const disk = diskFault(e);
  if (disk) return { status: 503, code: 'disk_unavailable', message: disk.message };
  const typed = errorOutcome(error);
  if (typed) return { status: typed.status, code: typed.code, message: e.message };
  // Other http-errors (e.g. a malformed %-escape in the path) carry a 4xx status and are safe to expose.
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 0;
  if (status >= 400 && status < 500) {
    return {
      status,
      code: 'bad_request',
      message:
        e.expose && e.message
          ? `${e.message.replace(/\.?$/, '.')} Fix the request and try again.`
          : 'The request could not be understood. Fix it and try again.',
    };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on the server. It has been logged.' };
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const mapped = mapError(error);
    if (mapped.status >= 500) logger.error('request failed', { method: req.method, path: req.path, error });
    else logger.debug('request refused', { method: req.method, path: req.path, status: mapped.status, code: mapped.code });
    // RFC 6750 §3: every 401 names the scheme; API clients authenticate with a bearer token.
    if (mapped.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
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
