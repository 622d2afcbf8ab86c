/**
 * Request-rate limits (express-rate-limit, in memory per instance): sign-in and account
 * endpoints per client address, runs per API token / user / address. Over the limit the
 * answer is 429 with a sentence and a Retry-After header.
 */
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { principalOf } from '../auth/principal';
import { HttpError } from './http-error';

export interface RateLimits {
  /** Sign-in, setup and invitation attempts per address per 15 minutes. */
  authPer15Min: number;
  /** Runs started per caller per minute. */
  runsPerMinute: number;
  /** File uploads (POST /api/files) per caller per minute; default 60. */
  uploadsPerMinute?: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { authPer15Min: 50, runsPerMinute: 120, uploadsPerMinute: 60 };

function addressKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/** The token or user when known, so one person's script cannot use up a shared address's budget. */
function callerKey(req: Request): string {
  const principal = principalOf(req);
  if (principal?.kind === 'token') return `token:${principal.tokenId}`;
  if (principal?.kind === 'session') return `user:${principal.actor.userId}`;
  return `ip:${addressKey(req)}`;
}

function limiter(windowMs: number, limit: number, key: (req: Request) => string, sentence: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    keyGenerator: key,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // The limit headers are already set; the error middleware writes the body.
    handler: (_req, _res, next, options) => next(new HttpError(options.statusCode, 'rate_limited', sentence)),
  });
}

export function authRateLimit(limits: RateLimits): RequestHandler {
  return limiter(
    15 * 60_000,
    limits.authPer15Min,
    addressKey,
    'Too many sign-in attempts from this address. Wait 15 minutes, then try again.',
  );
}

export function runRateLimit(limits: RateLimits): RequestHandler {
  return limiter(
    60_000,
    limits.runsPerMinute,
    callerKey,
    `Too many runs: at most ${limits.runsPerMinute} a minute per caller. Wait a minute, then try again.`,
  );
}

export function uploadRateLimit(limits: RateLimits): RequestHandler {
  const perMinute = limits.uploadsPerMinute ?? DEFAULT_RATE_LIMITS.uploadsPerMinute!;
  return limiter(
    60_000,
    perMinute,
    callerKey,
    `Too many uploads: at most ${perMinute} a minute per caller. Wait a minute, then try again.`,
  );
}
