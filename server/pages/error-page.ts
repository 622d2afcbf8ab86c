/** Pages answer client faults (unknown slug, bad query) with an HTML page that says what to do. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { mapError } from '../http/error-middleware';
import { html, type SafeHtml } from '../html/html';
import { layout, type Section } from '../html/layout';

export function renderErrorPage(status: number, message: string, section: Section | null): SafeHtml {
  const title = status === 404 ? 'Not found' : 'Cannot show this page';
  const body = html`<div class="page-head"><div><h1>${title}</h1></div></div>
<div class="banner banner-warn" role="alert"><p>${message}</p></div>
<p class="row gap-top"><a class="btn" href="/">Back to the builder</a> <a class="btn" href="/apps">All apps</a></p>`;
  return layout({ title, section, body });
}

/** Pages kept and answered again (the app page) are encoded and hashed once, not per request. */
const encoded = new WeakMap<SafeHtml, { body: Buffer; etag: string | undefined }>();

/** The markup's bytes and the ETag express would make for them (its own `etag fn`; undefined when ETags are off). */
function encode(req: Request, markup: SafeHtml): { body: Buffer; etag: string | undefined } {
  let kept = encoded.get(markup);
  if (!kept) {
    const body = Buffer.from(markup.value, 'utf8');
    const make = req.app.get('etag fn') as ((body: Buffer) => string) | undefined;
    kept = { body, etag: make?.(body) };
    encoded.set(markup, kept);
  }
  return kept;
}

/**
 * Wraps a page handler: what it returns is sent as HTML; a client fault becomes an error page
 * with the mapped 4xx status; a server fault goes on to the server's error middleware (logged).
 */
export function page(section: Section | null, render: (req: Request, res: Response) => Promise<SafeHtml> | SafeHtml): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const markup = await render(req, res);
      const { body, etag } = encode(req, markup);
      if (etag) res.setHeader('ETag', etag);
      // What res.type('html') sets, without its per-request MIME lookup.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.send(body);
    } catch (error) {
      const mapped = mapError(error);
      if (mapped.status >= 500) {
        next(error);
        return;
      }
      res
        .status(mapped.status)
        .type('html')
        .send(renderErrorPage(mapped.status, mapped.message, section).value);
    }
  };
}
