/** One port for HTTP and the socket: a browser on /ws sees run progress of runs started over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { supportSpec } from '../fixtures/server-specs';

describe('ws on the same port', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    // Fail here if the app cannot be created, not later in every test that needs it.
    expect((await t.api('POST', '/api/apps', { spec: supportSpec() })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('forwards run.started, step.finished and run.finished { usage, costUsd } to a connected socket', async () => {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/ws`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const frames: { type: string; [k: string]: unknown }[] = [];
    const finished = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const frame = JSON.parse(String(data));
        frames.push(frame);
        if (frame.type === 'run.finished') resolve();
      }),
    );
    const { body } = await t.api('POST', '/api/apps/support-reply/runs', { inputs: { ticket: 'hello' } });
    await finished;
    socket.close();
    expect(frames[0]).toMatchObject({ type: 'run.started', runId: body.run.id, appSlug: 'support-reply' });
    expect(frames.filter((f) => f.type === 'step.finished')).toHaveLength(4);
    expect(frames.at(-1)).toMatchObject({ type: 'run.finished', runId: body.run.id, status: 'dry-run', costUsd: body.run.costUsd });
  });

  it('refuses a socket from a foreign origin and unknown upgrade paths', async () => {
    const status = (url: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(-1));
      });
    const base = t.url.replace('http', 'ws');
    expect(await status(`${base}/ws`, { origin: 'https://evil.example' })).toBe(403);
    expect(await status(`${base}/other`)).toBe(404);
  });

  it('refuses a socket addressed to a foreign Host even when its Origin matches that Host (DNS rebinding, issue 17 finding 1)', async () => {
    const { port } = new URL(t.url);
    const rebound = `evil.example:${port}`;
    const outcome = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${t.url.replace('http', 'ws')}/ws`, { headers: { host: rebound, origin: `http://${rebound}` } });
      ws.on('open', () => {
        ws.close();
        resolve('open');
      });
      ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      ws.on('error', () => resolve('error'));
    });
    expect(outcome).toBe('421');
  });

  it('refuses HTTP requests addressed to a foreign Host (DNS rebinding)', async () => {
    const http = await import('node:http');
    const { port } = new URL(t.url);
    const status = await new Promise<number>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/api/health', headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
    });
    expect(status).toBe(421);
  });
});
