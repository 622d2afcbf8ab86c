import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { startAuthHarness } from '../fixtures/auth-harness';
import { testDay } from '../fixtures/test-day';
import { type PagesServer, startPagesServer } from '../fixtures/pages-server';

let pages: PagesServer;

beforeAll(async () => {
  pages = await startPagesServer(testDay);
});

afterAll(() => pages.close());

const get = (url: string) => pages.get(url);

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

describe('apps pages', () => {
  it('lists apps and renders an app page from its parsed spec, escaped', async () => {
    await pages.store.createApp({
      workspaceId: 'default',
      createdBy: null,
      spec: AppSpecSchema.parse({
        specVersion: 1,
        name: '<img src=x onerror=alert(1)>',
        slug: 'hostile-app',
        model: { model: 'gemini-3-flash-preview' },
        inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
        steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write about {{inputs.topic}}' }],
      }),
    });
    const list = await get('/apps');
    expect(list.status).toBe(200);
    expect(list.text).toContain('data-app="hostile-app"');
    expect(list.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(list.text).not.toContain('<img src=x');
    const app = await get('/apps/hostile-app');
    expect(app.status).toBe(200);
    expect(app.text).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(app.text).toContain('Gemini 3 Flash Preview');
    expect(app.text).not.toContain('<img src=x');
  });

  it('answers an unknown page address with an HTML 404 page', async () => {
    const page = await get('/no/such/page');
    expect(page.status).toBe(404);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('There is no page at /no/such/page.');
    const api = await fetch(`${pages.base}/no/such/page`, { headers: { accept: 'application/json' } });
    expect(await api.text()).not.toContain('There is no page');
  });

  it('answers an unknown slug with a 404 page and a malformed one with a 400 page', async () => {
    const missing = await get('/apps/no-such-app');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('text/html');
    expect(missing.text).toContain('There is no app &quot;no-such-app&quot;');
    const bad = await get('/apps/Bad_Slug!');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('params.slug');
  });
});

describe('comparison page', () => {
  it('shows the at-a-glance facts, computed differences and strengths', async () => {
    const page = await get('/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro');
    expect(page.status).toBe(200);
    expect(page.text).toContain('GPT Image 1 mini vs Gemini 3.1 Pro Preview');
    expect(page.text).toContain('$2 up to 200k-token prompts, $4 above');
    expect(page.text).toContain('$12 up to 200k-token prompts, $18 above');
    expect(page.text).toContain('$0.005 (low 1024x1024) to $0.052 (high 1536x1024)');
    expect(page.text).toContain('shuts down on 2026-12-01');
    expect(page.text).toContain('id="strengths"');
    expect(page.text).toContain('id="workload-form"');
  });

  it('accepts repeated ids, shows a picker for fewer than two, and 404s an unknown model', async () => {
    expect((await get('/models/compare?ids=gpt-5&ids=gpt-5-mini')).text).toContain('GPT-5 vs GPT-5 mini');
    const none = await get('/models/compare');
    expect(none.status).toBe(200);
    expect(none.text).toContain('Pick two models');
    const unknown = await get('/models/compare?ids=gpt-5,nonsense-model-9');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('nonsense-model-9');
    const same = await get('/models/compare?ids=gpt-5,gpt-5');
    expect(same.status).toBe(400);
    expect(same.text).toContain('name at least two different models');
  });
});

describe('builder and settings pages', () => {
  it('says the built-in planner is answering and links to settings', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('The built-in planner is answering');
    expect(page.text).toContain('href="/settings"');
    expect(page.text).toContain('/assets/builder.js');
  });

  it('renders the settings form with no value in it', async () => {
    const page = await get('/settings');
    expect(page.status).toBe(200);
    expect(page.text).toContain('name="openaiApiKey" type="password"');
    expect(page.text).not.toMatch(/ value="[^"]/);
  });
});

describe('assets', () => {
  it('serves the bundled client and stylesheet, and 404s unknown assets', async () => {
    for (const name of ['builder', 'app', 'models', 'compare', 'settings']) {
      const js = await get(`/assets/${name}.js`);
      expect(js.status).toBe(200);
      expect(js.type).toContain('javascript');
      expect(js.text).not.toContain('innerHTML');
    }
    const css = await get('/assets/main.css');
    expect(css.status).toBe(200);
    expect(css.text).toContain('--accent');
    expect((await get('/assets/nope.js')).status).toBe(404);
  });
});

describe('public link page', () => {
  it('/p/<token> shows the shared app form, and the same "does not work" 404 as the API once revoked', async () => {
    const h = await startAuthHarness();
    try {
      const owner = await h.member('owner');
      await h.store.createApp({
        workspaceId: 'default',
        spec: AppSpecSchema.parse({
          specVersion: 1,
          name: 'Shared notes',
          slug: 'shared',
          model: { model: 'gpt-5-mini' },
          inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
          steps: [],
        }),
        createdBy: null,
      });
      expect((await h.call('PUT', '/api/apps/shared/access', { as: owner, body: { level: 'public-link' } })).status).toBe(200);
      const token = (await h.call('POST', '/api/apps/shared/public-links', { as: owner })).body.token as string;
      const html = { accept: 'text/html' };
      const shown = await h.call('GET', `/p/${token}`, { headers: html });
      expect(shown.status).toBe(200);
      expect(shown.body).toContain('Shared notes');
      expect((await h.call('DELETE', '/api/apps/shared/public-links', { as: owner })).body.revoked).toBe(1);
      const gone = await h.call('GET', `/p/${token}`, { headers: html });
      expect(gone.status).toBe(404);
      expect(gone.body).toContain('This link does not work (any more)');
      expect((await h.call('GET', `/api/public/${token}`)).body.error.message).toMatch(/^This link does not work \(any more\)/);
    } finally {
      await h.close();
    }
  });
});
