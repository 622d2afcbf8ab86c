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

/** Pages kept and answered again (the app page) are hashed once, not per request. */
const etags = new WeakMap<SafeHtml, string>();

/** The ETag express would make for this markup (its own `etag fn` setting), or undefined when ETags are off. */
function etagOf(req: Request, markup: SafeHtml): string | undefined {
  const kept = etags.get(markup);
  if (kept) return kept;
  const make = req.app.get('etag fn') as ((body: string, encoding: BufferEncoding) => string) | undefined;
  if (!make) return undefined;
  const etag = make(markup.value, 'utf8');
  etags.set(markup, etag);
  return etag;
}

/**
 * Wraps a page handler: what it returns is sent as HTML; a client fault becomes an error page
 * with the mapped 4xx status; a server fault goes on to the server's error middleware (logged).
 */
export function page(section: Section | null, render: (req: Request, res: Response) => Promise<SafeHtml> | SafeHtml): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const markup = await render(req, res);
      res.type('html');
      const etag = etagOf(req, markup);
      if (etag) res.setHeader('ETag', etag);
      res.send(markup.value);
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
