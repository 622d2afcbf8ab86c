/**
 * The builder tools against a real lowdb store in a temp folder: create from a template or
 * from scratch, switch models (only the binding changes), refuse unfit models, restore
 * versions, edit with update_app, triggers, access, and cost estimates.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSpec } from '../../agent/spec/app-spec';
import type { AppChangeData } from '../../agent/tools/commit-spec';
import { createToolRegistry, type ToolError } from '../../agent/tools/registry';
import type { ToolContext, ToolResult } from '../../agent/tools/tool';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';

const registry = createToolRegistry();
let dir: string;
let store: Store;
let ctx: ToolContext;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tw-tool-apps-'));
  store = await openLowdbStore({ dir });
  ctx = { store, actor: { userId: 'u1', workspaceId: 'default', role: 'owner' }, clock: () => new Date('2026-11-25T12:00:00Z') };
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const run = (name: string, input: unknown) => registry.run(name, input, ctx) as Promise<ToolResult<AppChangeData>>;
const refusal = (name: string, input: unknown) =>
  registry.run(name, input, ctx).then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as ToolError,
  );

const fromTemplate = (name: string, template: string) =>
  run('create_app', {
    name,
    description: null,
    template,
    inputs: null,
    steps: null,
    collections: null,
    triggers: null,
    model: null,
    workload: null,
  });
const bind = (slug: string, model: string, step: string | null = null) =>
  run('bind_model', { slug, model, step, provider: null, options: null });

/** The spec with every model binding removed, to compare everything else. */
function withoutBindings(spec: AppSpec): unknown {
  const { model: _model, ...rest } = spec;
  return { ...rest, steps: spec.steps.map(({ model: _m, ...step }) => step) };
}

describe('create_app', () => {
  it('from a template: version 1, the template recorded, slug from the name', async () => {
    const result = await fromTemplate('Support desk', 'support-reply-drafter');
    expect(result.app).toEqual({ slug: 'support-desk', version: 1 });
    expect(result.data.spec.template).toBe('support-reply-drafter');
    expect(result.data.spec.collections.map((c) => c.name)).toEqual(['tickets']);
    const again = await fromTemplate('Support desk', 'support-reply-drafter');
    expect(again.app?.slug).toBe('support-desk-2');
  });

  it('from scratch: a composed text + image app gets an image model for its image step', async () => {
    const result = await run('create_app', {
      name: 'Launch posts',
      description: 'A post and a picture',
      template: null,
      inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true, options: null, help: null }],
      steps: [
        { kind: 'generate-text', id: 'post', title: 'Post', model: null, prompt: 'Post about {{inputs.topic}}', system: null },
        {
          kind: 'generate-image',
          id: 'visual',
          title: 'Visual',
          model: null,
          prompt: 'Image for {{steps.post.text}}',
          quality: null,
          size: null,
        },
      ],
      collections: null,
      triggers: null,
      model: null,
      workload: null,
    });
    const { spec } = result.data;
    expect(spec.model.model).toBe('gemini-3-flash-preview');
    expect(spec.steps[1]).toMatchObject({
      kind: 'generate-image',
      quality: 'medium',
      size: '1024x1024',
      model: { model: 'gemini-3-pro-image' },
    });
    expect(spec.triggers).toEqual([{ kind: 'manual' }]);
    expect(result.summary).toContain('Step "visual" (generate-image) runs on gemini-3-pro-image');
  });

  it('a spec with a dangling {{steps.x}} is refused naming it, and nothing is created', async () => {
    const error = await refusal('create_app', {
      name: 'Broken',
      description: null,
      template: null,
      inputs: null,
      steps: [{ kind: 'generate-text', id: 'draft', title: 'Draft', model: null, prompt: 'Improve {{steps.outline.text}}', system: null }],
      collections: null,
      triggers: null,
      model: null,
      workload: null,
    });
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toContain('steps[0].prompt: {{steps.outline.text}} refers to step "outline", which does not exist');
    expect(await store.getApp('broken')).toBeNull();
  });

  it('an unknown template is refused listing the templates', async () => {
    const error = await refusal('create_app', {
      name: 'X',
      description: null,
      template: 'nope',
      inputs: null,
      steps: null,
      collections: null,
      triggers: null,
      model: null,
      workload: null,
    });
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('There is no template "nope"');
  });
});

describe('bind_model', () => {
  it("switching the app's text model changes only the binding, creates a new version, and restore_app_version brings the old one back", async () => {
    const created = await fromTemplate('Replies', 'support-reply-drafter');
    const before = created.data.spec;
    const switched = await bind('replies', 'gemini 3.1 pro');
    expect(switched.app).toEqual({ slug: 'replies', version: 2 });
    const after = switched.data.spec;
    expect(after.model).toEqual({ model: 'gemini-3.1-pro-preview', options: {} });
    expect(withoutBindings(after)).toEqual(withoutBindings(before));
    expect(after.steps.map((s) => s.model)).toEqual(before.steps.map((s) => s.model));

    const versions = await store.listAppVersions('replies');
    expect(versions.map((v) => v.note)).toEqual([
      'create_app from template support-reply-drafter',
      'bind_model: gemini-3.1-pro-preview for the app default',
    ]);

    const restored = await run('restore_app_version', { slug: 'replies', version: 1 });
    expect(restored.app).toEqual({ slug: 'replies', version: 3 });
    expect(restored.data.spec).toEqual(before);
    expect((await store.getApp('replies'))?.spec).toEqual(before);
  });

  it('binding one step leaves the default and every other step as they were', async () => {
    const before = (await fromTemplate('Mockups', 'ui-mockup-generator')).data.spec;
    const after = (await bind('mockups', 'gpt-image-1.5', 'mockup')).data;
    expect(after.spec.steps[1]?.model).toEqual({ model: 'gpt-image-1.5', options: {} });
    expect({ ...after.spec, steps: [after.spec.steps[0]] }).toEqual({ ...before, steps: [before.steps[0]] });
    expect(after.warnings[0]).toContain('gpt-image-1.5 is deprecated and shuts down on 2026-12-01');
  });

  it('binding gpt-image-1-mini to a generate-text step is refused and suggests text models; no version is saved', async () => {
    const error = await refusal('bind_model', { slug: 'replies', model: 'gpt-image-1-mini', step: 'reply', provider: null, options: null });
    expect(error.kind).toBe('refused');
    expect(error.message).toContain(
      'gpt-image-1-mini cannot run step "reply" (generate-text): it lacks text generation. Models that fit: ',
    );
    // Current text models rank first; since the price data added the GPT-6 family, those are they.
    expect(error.message).toMatch(/Models that fit: (gpt|gemini)-[\w.-]+/);
    expect((await store.getApp('replies'))?.version).toBe(3);
  });

  it('binding a text model to a generate-image step is refused', async () => {
    const error = await refusal('bind_model', { slug: 'mockups', model: 'gpt-5.1', step: 'mockup', provider: null, options: null });
    expect(error.kind).toBe('refused');
    expect(error.message).toContain('gpt-5.1 cannot run step "mockup" (generate-image): it lacks image generation.');
  });

  it('a shut-down model is refused; an unknown model names close matches', async () => {
    expect(
      (await refusal('bind_model', { slug: 'replies', model: 'o4-mini', step: null, provider: null, options: null })).message,
    ).toContain('shut down on 2026-10-23');
    const unknown = await refusal('bind_model', { slug: 'replies', model: 'gemini-3.1-pr', step: null, provider: null, options: null });
    expect(unknown.kind).toBe('not-found');
    expect(unknown.message).toContain('gemini-3.1-pro-preview');
  });

  it('an unknown app is refused listing the apps', async () => {
    const error = await refusal('bind_model', { slug: 'nope', model: 'gpt-5.1', step: null, provider: null, options: null });
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('There is no app "nope". Apps: ');
  });
});

describe('update_app', () => {
  it('renames an input and rewrites its references, adds a collection field, in one version', async () => {
    await fromTemplate('Translate', 'translator');
    const result = await run('update_app', {
      slug: 'translate',
      changes: [
        { op: 'rename_input', from: 'text', to: 'source', label: 'Source text' },
        {
          op: 'add_input',
          field: { name: 'audience', label: 'Audience', type: 'text', required: null, options: null, help: null },
          after: 'source',
        },
        {
          op: 'add_collection',
          collection: {
            name: 'history',
            label: 'History',
            fields: [{ name: 'text', label: 'Text', type: 'longText', required: null, options: null, help: null }],
          },
        },
        {
          op: 'add_collection_field',
          collection: 'history',
          field: { name: 'language', label: 'Language', type: 'text', required: null, options: null, help: null },
        },
        { op: 'rename', name: 'Translator (team)' },
      ],
    });
    const { spec } = result.data;
    expect(result.app?.version).toBe(2);
    expect(spec.name).toBe('Translator (team)');
    expect(spec.inputs.map((f) => f.name)).toEqual(['source', 'audience', 'language', 'register', 'glossary']);
    expect(spec.steps[0]).toMatchObject({ prompt: expect.stringContaining('{{inputs.source}}') });
    expect(JSON.stringify(spec.steps)).not.toContain('{{inputs.text}}');
    expect(spec.collections[0]?.fields.map((f) => f.name)).toEqual(['text', 'language']);
  });

  it("changes a table's column in place, and refuses a column that is not there", async () => {
    const column = { name: 'language', label: 'Language', type: 'select', required: null, options: ['de', 'fr'], help: null } as const;
    const result = await run('update_app', {
      slug: 'translate',
      changes: [{ op: 'replace_collection_field', collection: 'history', name: 'language', field: column }],
    });
    expect(result.data.spec.collections[0]?.fields).toEqual([
      expect.objectContaining({ name: 'text' }),
      expect.objectContaining({ name: 'language', type: 'select', options: ['de', 'fr'] }),
    ]);
    const ghost = await refusal('update_app', {
      slug: 'translate',
      changes: [{ op: 'replace_collection_field', collection: 'history', name: 'ghost', field: column }],
    });
    expect(ghost.message).toBe('changes[0] (replace_collection_field): Collection "history" has no field "ghost"; fields: text, language.');
  });

  it('refuses a change naming what is missing, and removing an input still referenced names the reference', async () => {
    const missing = await refusal('update_app', {
      slug: 'translate',
      changes: [
        { op: 'rename', name: 'ok' },
        { op: 'remove_step', id: 'ghost' },
      ],
    });
    expect(missing.message).toBe('changes[1] (remove_step): There is no step "ghost"; steps: translation.');
    const dangling = await refusal('update_app', { slug: 'translate', changes: [{ op: 'remove_input', name: 'language' }] });
    expect(dangling.message).toContain('{{inputs.language}} refers to input "language", which does not exist');
    expect((await store.getApp('translate'))?.version).toBe(3);
  });
});

describe('triggers and access', () => {
  it('adds a schedule, refuses a bad zone, removes it; sets access', async () => {
    const added = await run('add_trigger', {
      slug: 'translate',
      trigger: {
        kind: 'schedule',
        cron: '0 9 * * 1',
        timezone: 'Europe/Berlin',
        inputs: [{ name: 'source', value: 'Weekly note' }],
        missed: null,
      },
    });
    expect(added.data.spec.triggers).toContainEqual({
      kind: 'schedule',
      cron: '0 9 * * 1',
      timezone: 'Europe/Berlin',
      inputs: [{ name: 'source', value: 'Weekly note' }],
      missed: 'run-once',
    });
    const badZone = await refusal('add_trigger', {
      slug: 'translate',
      trigger: { kind: 'schedule', cron: '0 9 * * 1', timezone: 'Mars/Olympus', inputs: null, missed: null },
    });
    expect(badZone.message).toContain('"Mars/Olympus" is not an IANA time zone');
    const noCollection = await refusal('add_trigger', { slug: 'translate', trigger: { kind: 'record-created', collection: 'leads' } });
    expect(noCollection.message).toContain('Collection "leads" does not exist');
    const removed = await run('remove_trigger', { slug: 'translate', kind: 'schedule', cron: null, collection: null });
    expect(removed.data.spec.triggers).toEqual([{ kind: 'manual' }]);
    const none = await refusal('remove_trigger', { slug: 'translate', kind: 'webhook', cron: null, collection: null });
    expect(none.message).toBe('translate has no such webhook trigger; its triggers: manual.');

    const access = await run('set_access', { slug: 'translate', level: 'public-link' });
    expect(access.data.spec.access).toEqual({ level: 'public-link' });
    const same = await run('set_access', { slug: 'translate', level: 'public-link' });
    expect(same.app?.version).toBe(access.app?.version);
  });
});

describe('reading', () => {
  it('get_app shows a past version and the history; list_apps filters', async () => {
    const view = await registry.run('get_app', { slug: 'replies', version: 2 }, ctx);
    expect(view.data).toMatchObject({ slug: 'replies', version: 2, currentVersion: 3 });
    expect((view.data as { versions: unknown[] }).versions).toHaveLength(3);
    const missing = await refusal('get_app', { slug: 'replies', version: 9 });
    expect(missing.message).toBe('App "replies" has no version 9; it has versions 1 to 3.');
    const listed = await registry.run('list_apps', { query: 'mock' }, ctx);
    expect((listed.data as { apps: Array<{ slug: string }> }).apps.map((a) => a.slug)).toEqual(['mockups']);
  });

  it('apps of another workspace are invisible', async () => {
    const other: ToolContext = { ...ctx, actor: { ...ctx.actor, workspaceId: 'other' } };
    await expect(registry.run('get_app', { slug: 'replies', version: null }, other)).rejects.toThrow('There is no app "replies"');
  });
});

describe('estimate_app_cost', () => {
  it('prices each AI step on its bound model from the app prompts, per run and per month', async () => {
    const result = await registry.run(
      'estimate_app_cost',
      {
        slug: 'launch-posts',
        runsPerMonth: 2000,
        sampleInputs: [{ name: 'topic', value: 'our new pricing page' }],
        outputTokensPerStep: 300,
      },
      ctx,
    );
    const data = result.data as {
      perRun: number;
      perMonth: number;
      runsPerMonth: number;
      volume: string;
      steps: Array<{ stepId: string; model: string; perRun: number }>;
    };
    expect(data.runsPerMonth).toBe(2000);
    expect(data.volume).toBe('stated');
    expect(data.steps.map((s) => [s.stepId, s.model])).toEqual([
      ['post', 'gemini-3-flash-preview'],
      ['visual', 'gemini-3-pro-image'],
    ]);
    expect(data.steps.every((s) => s.perRun > 0)).toBe(true);
    expect(data.perMonth).toBeCloseTo(data.perRun * 2000, 6);
    expect(result.summary).toMatch(/^launch-posts: about \$[\d.]+ per run and \$[\d,.]+ a month at 2,000 runs \(as stated\)/);
  });

  it('switching to a pricier text model raises the text step cost', async () => {
    const cheap = await registry.run(
      'estimate_app_cost',
      { slug: 'replies', runsPerMonth: 1000, sampleInputs: null, outputTokensPerStep: null },
      ctx,
    );
    await bind('replies', 'gemini-3.1-pro-preview');
    const pricey = await registry.run(
      'estimate_app_cost',
      { slug: 'replies', runsPerMonth: 1000, sampleInputs: null, outputTokensPerStep: null },
      ctx,
    );
    expect((pricey.data as { perMonth: number }).perMonth).toBeGreaterThan((cheap.data as { perMonth: number }).perMonth);
  });

  it('takes the volume from a schedule when none is stated', async () => {
    await fromTemplate('Weekly', 'weekly-report-digest');
    const result = await registry.run(
      'estimate_app_cost',
      { slug: 'weekly', runsPerMonth: null, sampleInputs: null, outputTokensPerStep: null },
      ctx,
    );
    const data = result.data as { runsPerMonth: number; volume: string };
    expect(data.volume).toBe('schedule');
    expect([4, 5]).toContain(data.runsPerMonth);
  });
});

describe('audit', () => {
  it('every change is audited with who and which version', async () => {
    const entries = await store.listAudit('default', { limit: 1000 });
    expect(entries.some((e) => e.action === 'app.bind_model' && e.target === 'replies' && e.actorId === 'u1')).toBe(true);
    expect(entries.some((e) => e.action === 'app.create_app')).toBe(true);
  });
});
