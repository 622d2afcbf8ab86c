/**
 * DNS-rebinding guard for a server bound to loopback: a page on evil.example that resolves to
 * 127.0.0.1 still sends `Host: evil.example`, so only loopback host names are served.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function hostName(header: string | undefined): string {
  if (!header) return '';
  return (header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : (header.split(':')[0] ?? '')).toLowerCase();
}

/** True when the request may be served: the server is not on loopback, or the Host header is loopback too. */
export function hostAllowed(bindHost: string, req: IncomingMessage): boolean {
  if (!isLoopbackHost(bindHost)) return true;
  return isLoopbackHost(hostName(req.headers.host));
}

export function hostCheck(bindHost: () => string): RequestHandler {
  return (req, _res, next) => {
    if (hostAllowed(bindHost(), req)) return next();
    next(
      new HttpError(
        421,
        'host_not_allowed',
        'This server only answers requests addressed to localhost. Open it at http://127.0.0.1 or http://localhost.',
      ),
    );
  };
}
