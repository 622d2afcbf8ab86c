/**
 * JSON answers that depend only on a key (a static list, filtered by its query, on one day):
 * serialised and hashed once, then sent as the same bytes with a strong ETag — and 304 when
 * the client already has them. Saves the stringify and hash of a large body per request.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';

interface Entry {
  body: Buffer;
  etag: string;
}

export type SendCachedJson = (req: Request, res: Response, key: string, build: () => unknown) => void;

export function cachedJson(max = 200): SendCachedJson {
  const cache = new LRUCache<string, Entry>({ max });
  return (req, res, key, build) => {
    let entry = cache.get(key);
    if (!entry) {
      const body = Buffer.from(JSON.stringify(build()));
      entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      cache.set(key, entry);
    }
    res.setHeader('ETag', entry.etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', entry.body.length);
    res.end(entry.body);
  };
}
