/**
 * The security headers (issue 17 per-request cost): set from a table validated once at
 * start-up, they are exactly helmet's headers on every answer, and one answer changing its
 * own (a stricter CSP for /files, an appended value) leaves the next answer's untouched.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../server/http/security-headers';

const answer = () => new ServerResponse(new IncomingMessage(null as never));

describe('security headers', () => {
  it('are helmet’s headers, per answer, and an answer’s own changes stay its own', () => {
    const set = securityHeaders();
    const first = answer();
    set({} as never, first as never, () => undefined);
    const headers = first.getHeaders();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(Object.keys(headers)).toHaveLength(11);
    // Helmet's own middleware, for comparison, over the same directives the server uses.
    expect(Object.keys(headers).sort()).toEqual(
      Object.keys(
        (() => {
          const res = answer();
          helmet({ strictTransportSecurity: false, crossOriginEmbedderPolicy: false })({} as never, res as never, () => undefined);
          return res.getHeaders();
        })(),
      ).sort(),
    );
    first.setHeader('Content-Security-Policy', "default-src 'none'");
    first.appendHeader('X-Frame-Options', 'DENY');
    first.removeHeader('Referrer-Policy');
    const second = answer();
    set({} as never, second as never, () => undefined);
    expect(second.getHeaders()).toEqual(headers);
  });
});
