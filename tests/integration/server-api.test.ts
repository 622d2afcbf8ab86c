/**
 * API happy paths over real HTTP: the routes that are doors onto the tools (apps, versions,
 * templates, models compare/recommend), the catalog (models list/show/estimate) and the
 * store (conversations, delete).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

describe('HTTP API', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('refuses changes from another site or an opaque (null) origin, as single-user mode has no token', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const answer = await t.api('POST', '/api/conversations', {}, { origin });
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('csrf_refused');
    }
    expect((await t.api('POST', '/api/conversations', {}, { origin: t.url })).status).not.toBe(403);
  });

  it('lists and shows templates', async () => {
    const list = await t.api('GET', '/api/templates?query=support%20replies');
    expect(list.status).toBe(200);
    expect(list.body.data.templates[0].id).toBe('support-reply-drafter');
    const one = await t.api('GET', '/api/templates/support-reply-drafter');
    expect(one.body.data.template.spec.steps.length).toBeGreaterThan(0);
  });

  it('creates an app from a template, lists it, gets it, changes it, versions and restores it, deletes it', async () => {
    const created = await t.api('POST', '/api/apps', { name: 'Ticket helper', template: 'support-reply-drafter' });
    expect(created.status).toBe(201);
    const slug = created.body.app.slug;
    expect(slug).toBe('ticket-helper');
    expect(created.body.summary).toMatch(/Created/);

    const list = await t.api('GET', '/api/apps');
    expect(list.body.data.apps.map((a: { slug: string }) => a.slug)).toContain(slug);
    expect((await t.api('GET', `/api/apps/${slug}`)).body.data.spec.name).toBe('Ticket helper');

    const renamed = await t.api('PATCH', `/api/apps/${slug}`, { changes: [{ op: 'rename', name: 'Ticket helper 2' }] });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ version: 2, spec: { name: 'Ticket helper 2' } });

    const bound = await t.api('PUT', `/api/apps/${slug}/model`, { model: 'gemini-3-flash-preview' });
    expect(bound.status).toBe(200);
    expect(bound.body.data.spec.model.model).toBe('gemini-3-flash-preview');

    expect((await t.api('PUT', `/api/apps/${slug}/access`, { level: 'workspace' })).body.data.spec.access.level).toBe('workspace');
    const trigger = await t.api('POST', `/api/apps/${slug}/triggers`, {
      trigger: { kind: 'schedule', cron: '0 9 * * 1', timezone: 'Europe/Berlin', inputs: null, missed: null },
    });
    expect(trigger.status).toBe(201);
    expect((await t.api('DELETE', `/api/apps/${slug}/triggers`, { kind: 'schedule' })).status).toBe(200);

    const versions = await t.api('GET', `/api/apps/${slug}/versions`);
    expect(versions.body.versions.length).toBeGreaterThanOrEqual(5);
    expect((await t.api('GET', `/api/apps/${slug}/versions/1`)).body.version.spec.name).toBe('Ticket helper');
    const restored = await t.api('POST', `/api/apps/${slug}/versions/1/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.data.spec.name).toBe('Ticket helper');
    expect((await t.api('GET', `/api/apps/${slug}?version=2`)).body.data.spec.name).toBe('Ticket helper 2');

    const estimate = await t.api('GET', `/api/apps/${slug}/estimate?runsPerMonth=3000`);
    expect(estimate.status).toBe(200);
    expect(estimate.body.summary).toMatch(/\$/);

    expect((await t.api('DELETE', `/api/apps/${slug}`)).status).toBe(204);
    expect((await t.api('GET', `/api/apps/${slug}`)).status).toBe(404);
  });

  it('refuses a binding the steps cannot use, naming what is missing', async () => {
    await t.api('POST', '/api/apps', { name: 'Drafts', template: 'support-reply-drafter' });
    const refused = await t.api('PUT', '/api/apps/drafts/model', { model: 'gpt-image-1-mini' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/gpt-image-1-mini/);
  });

  it('a whole spec can be posted; a duplicate slug is a 409', async () => {
    const spec = { specVersion: 1, name: 'Tiny', slug: 'tiny', model: { model: 'gpt-5-mini' } };
    expect((await t.api('POST', '/api/apps', { spec })).status).toBe(201);
    const again = await t.api('POST', '/api/apps', { spec });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already exists/);
  });

  it('models: list with filters, show, compare, recommend, estimate', async () => {
    const images = await t.api('GET', '/api/models?kind=image&capability=imageEdits');
    expect(images.body.models.length).toBeGreaterThan(0);
    expect(images.body.models.every((m: any) => m.kind === 'image' && m.capabilities.imageEdits === true)).toBe(true);
    const cheap = await t.api('GET', '/api/models?kind=text&maxInputPrice=0.5');
    expect(cheap.body.models.every((m: any) => m.pricing.input <= 0.5)).toBe(true);
    expect((await t.api('GET', '/api/models/gemini%203.1%20pro')).body.model.id).toBe('gemini-3.1-pro-preview');

    const compared = await t.api('GET', '/api/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro');
    expect(compared.status).toBe(200);
    expect(JSON.stringify(compared.body.data)).toContain('gemini-3.1-pro-preview');
    const posted = await t.api('POST', '/api/models/compare', { models: ['gpt-5-mini', 'gemini-3-flash-preview'], workload: null });
    expect(posted.status).toBe(200);

    const recommended = await t.api('POST', '/api/models/recommend', { task: 'answer questions over 300-page contracts' });
    expect(recommended.status).toBe(200);
    expect(recommended.body.data.recommendations.length).toBeGreaterThan(0);

    const estimate = await t.api('POST', '/api/models/gpt-image-1-mini/estimate', {
      images: 1,
      imageQuality: 'low',
      imageSize: '1024x1024',
      requestsPerMonth: 1000,
    });
    expect(estimate.status).toBe(200);
    expect(estimate.body.estimate.total).toBeCloseTo(5, 6);
    const badWorkload = await t.api('POST', '/api/models/gpt-5-mini/estimate', { inputTokens: -1 });
    expect(badWorkload.status).toBe(400);
    expect(badWorkload.body.error.message).toMatch(/inputTokens/);
  });

  it('conversations: create, list, get', async () => {
    const created = await t.api('POST', '/api/conversations', { appSlug: 'tiny' });
    expect(created.status).toBe(201);
    const id = created.body.conversation.id;
    expect(created.body.conversation).toMatchObject({ appSlug: 'tiny', messages: [] });
    expect((await t.api('GET', '/api/conversations')).body.conversations.map((c: { id: string }) => c.id)).toContain(id);
    expect((await t.api('GET', `/api/conversations/${id}`)).body.conversation.id).toBe(id);
  });
});
