import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagesRouter } from '../../server/pages/router';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';

let dir: string;
let store: Store;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'web-pages-'));
  store = await openLowdbStore({ dir });
  const app = express();
  app.use(createPagesRouter({ store, now: () => new Date('2026-11-25T12:00:00Z') }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(base + url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe('models directory page', () => {
  it('lists the directory with prices and statuses', async () => {
    const page = await get('/models');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('data-model="gemini-3.1-pro-preview"');
    expect(page.text).toContain('data-model="gpt-image-1-mini"');
    expect(page.text).toContain('$0.005–$0.052');
    expect(page.text).toContain('shuts down on 2026-12-01');
  });

  it('filters by kind and capability, and sorts by price', async () => {
    const images = await get('/models?kind=image');
    expect(images.text).toContain('data-model="gpt-image-1-mini"');
    expect(images.text).not.toContain('data-model="gpt-5"');
    const edits = await get('/models?capability=imageEdits&current=1');
    expect(edits.text).not.toContain('data-model="gemini-2.5-pro"');
    const cheap = await get('/models?kind=text&sort=input&dir=asc');
    const order = [...cheap.text.matchAll(/<tr data-model="([^"]+)"/g)].map((m) => m[1]);
    expect(order[0]).toBe('gpt-5-nano');
    const max = await get('/models?maxInput=0.2&kind=text');
    expect(max.text).toContain('data-model="gpt-5-nano"');
    expect(max.text).not.toContain('data-model="gpt-5-mini"');
  });

  it('refuses a bad filter with a 400 page naming the field', async () => {
    const page = await get('/models?kind=spaceship');
    expect(page.status).toBe(400);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('query.kind');
  });
});

describe('assets', () => {
  it('serves the bundled client and stylesheet, and 404s unknown assets', async () => {
    const js = await get('/assets/models.js');
    expect(js.status).toBe(200);
    expect(js.type).toContain('javascript');
    const css = await get('/assets/main.css');
    expect(css.status).toBe(200);
    expect(css.text).toContain('--accent');
    expect((await get('/assets/nope.js')).status).toBe(404);
  });
});
