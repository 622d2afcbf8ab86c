/**
 * create_app with a stated long-document workload (from a template that states one, as the
 * planner's apps will once it fills spec.workload): a default model nobody named moves to one
 * whose input fits, the result and the planner's reply say why; a named model too small is
 * refused. The template is added to the catalogue for this file only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findModel, inputLimit } from '../../agent/catalog/index';
import { builtReply } from '../../agent/planner/replies';
import type { AppChangeData } from '../../agent/tools/commit-spec';
import { createToolRegistry, ToolError } from '../../agent/tools/registry';
import type { ToolContext, ToolResult } from '../../agent/tools/tool';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';
import { TEST_DAY } from '../fixtures/test-day';

vi.mock('../../templates', async (original) => {
  const actual = await original<typeof import('../../templates')>();
  // Imported here: vi.mock is hoisted above the file's imports.
  const { contractSpec } = await import('../fixtures/document-spec');
  const longContracts: import('../../agent/spec/app-template').AppTemplate = {
    id: 'long-contract-review',
    title: 'Long contract review',
    summary: 'Reviews 800-page contracts.',
    category: 'text',
    keywords: ['contract'],
    // Bound to a 128k-token model on purpose: 800 pages do not fit it.
    spec: {
      ...contractSpec('gpt-4o', [{ amount: 800, unit: 'pages', per: 'document' }]),
      slug: 'long-contract-review',
      name: 'Long contract review',
    },
  };
  return { ...actual, TEMPLATES: [...actual.TEMPLATES, longContracts] };
});

const registry = createToolRegistry();
let dir: string;
let store: Store;
let ctx: ToolContext;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tw-document-fit-'));
  store = await openLowdbStore({ dir });
  ctx = { store, actor: { userId: 'u1', workspaceId: 'default', role: 'owner' }, clock: () => TEST_DAY };
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const create = (name: string, model: string | null) =>
  registry.run(
    'create_app',
    {
      name,
      description: null,
      template: 'long-contract-review',
      inputs: null,
      steps: null,
      collections: null,
      triggers: null,
      workload: null,
      model: model && { model, provider: null, options: null },
    },
    ctx,
  ) as Promise<ToolResult<AppChangeData>>;

describe('create_app with a long-document workload', () => {
  it('moves the default nobody named to a model whose input fits, and says why', async () => {
    const result = await create('Contract review', null);
    const { spec } = result.data;
    expect(spec.workload).toEqual([{ amount: 800, unit: 'pages', per: 'document' }]);
    expect(spec.model.model).not.toBe('gpt-4o');
    // Two document references of 800 × 650 tokens each.
    expect(inputLimit(findModel(spec.model.model)!)).toBeGreaterThan(2 * 520_000);
    expect(result.summary).toContain(`The app runs on ${spec.model.model}`);
    expect(result.summary).toContain(
      "because the stated 800 pages ≈ 520,000 tokens (about 650 tokens a page) do not fit gpt-4o's 128,000.",
    );

    const reply = builtReply(
      { id: 'c1', name: 'create_app', args: {}, ok: true, summary: result.summary, data: result.data },
      spec,
      'Long contract review',
    );
    expect(reply).toMatch(
      new RegExp(
        `Documents are stated as 800 pages ≈ 520,000 tokens .*step "summary" on ${spec.model.model}: about 1,04\\d,\\d{3} tokens, fits in [\\d,]+ tokens\\.`,
      ),
    );
  });

  it('refuses a named model that the stated documents do not fit, naming models that do', async () => {
    const error = await create('Contract review small', 'gpt-5-mini').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).message).toMatch(
      /^gpt-5-mini \(the app's default model\) takes 272,000 input tokens, but step "summary" would send about 1,04\d,\d{3}: the stated 800 pages .*Models that fit: /,
    );
  });
});
