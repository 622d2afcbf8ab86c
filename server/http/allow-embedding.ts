/**
 * A public-link page may be shown inside other sites' pages (the Share card's embed snippet):
 * for that answer only, framing by any origin is allowed. Everything else keeps helmet's
 * frame-ancestors 'self' and X-Frame-Options.
 */
import type { RequestHandler } from 'express';

export const allowEmbedding: RequestHandler = (_req, res, next) => {
  res.removeHeader('X-Frame-Options');
  const csp = res.getHeader('Content-Security-Policy');
  if (typeof csp === 'string') res.setHeader('Content-Security-Policy', csp.replace("frame-ancestors 'self'", 'frame-ancestors *'));
  next();
};
