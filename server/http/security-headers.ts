/**
 * Security headers for every answer (helmet), with a Content-Security-Policy the pages work
 * under: scripts only from our own /assets (no inline script), styles from /assets plus the
 * few inline style attributes the pages use, images from our own /files and data: URLs,
 * fetch and the chat socket to our own origin, no framing by other sites.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  // The directives are static, so helmet's answer is the same for every request: take it once
  // (helmet stays the one source of the values) and set it per request in one call, instead
  // of running helmet's eleven middlewares each time.
  const headers = new Map<string, string>();
  const stub = { setHeader: (name: string, value: string) => headers.set(name, value), removeHeader: () => undefined };
  helmetFor()({} as never, stub as never, () => undefined);
  return (_req, res, next) => {
    res.setHeaders(headers);
    res.removeHeader('X-Powered-By');
    next();
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
