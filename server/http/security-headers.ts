/**
 * Security headers for every answer (helmet), with a Content-Security-Policy the pages work
 * under: scripts only from our own /assets (no inline script), styles from /assets plus the
 * few inline style attributes the pages use, images from our own /files and data: URLs,
 * fetch and the chat socket to our own origin, no framing by other sites.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  // The directives are static, so helmet's answer is the same for every request: take it once
  // (helmet stays the one source of the values) and set it per request, instead of running
  // helmet's eleven middlewares each time.
  const headers = new Map<string, string>();
  const stub = { setHeader: (name: string, value: string) => headers.set(name, value), removeHeader: () => undefined };
  helmetFor()({} as never, stub as never, () => undefined);
  const preset = presetHeaders(headers);
  return (_req, res, next) => {
    // A preset table replaces an empty one, which holds no X-Powered-By to remove.
    if (!preset?.(res)) {
      res.setHeaders(headers);
      res.removeHeader('X-Powered-By');
    }
    next();
  };
}

/**
 * Node validates every setHeader call (name and value, about a microsecond each: eleven per
 * answer, more than the rest of a small answer's routing). These values are constant, so they
 * are validated once, by Node itself, here; per request a fresh copy of the resulting header
 * table goes in before any other header is set. Returns null — setHeaders per request — if
 * this Node keeps its headers differently (checked on a real response at start-up).
 */
function presetHeaders(headers: Map<string, string>): ((res: ServerResponse) => boolean) | null {
  const probe = new ServerResponse(new IncomingMessage(null as never));
  const table = Object.getOwnPropertySymbols(probe).find((s) => s.description === 'kOutHeaders');
  if (!table || (probe as never)[table] !== null) return null;
  probe.setHeaders(headers);
  const entries = Object.entries((probe as unknown as Record<symbol, Record<string, [string, string]>>)[table] ?? {});
  const copy = () => {
    const out: Record<string, [string, string]> = Object.create(null);
    // Each entry a new pair: appendHeader changes a pair in place.
    for (const [key, [name, value]] of entries) out[key] = [name, value];
    return out;
  };
  const works = (res: ServerResponse) => [...headers].every(([name, value]) => res.getHeader(name) === value);
  const check = new ServerResponse(new IncomingMessage(null as never));
  (check as unknown as Record<symbol, unknown>)[table] = copy();
  if (entries.length !== headers.size || !works(check)) return null;
  return (res) => {
    const target = res as unknown as Record<symbol, unknown>;
    if (target[table] !== null) return false;
    target[table] = copy();
    return true;
  };
}

function helmetFor(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    // Loopback is plain http; HSTS there would only confuse browsers about localhost.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
