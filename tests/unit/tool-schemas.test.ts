/**
 * Every tool × every door: the OpenAI strict-mode tools as the adapters send them (Responses and Chat Completions),
 * the Gemini declaration as its adapter sends it, and MCP (an SDK client lists the tools over an in-memory pair);
 * a sample valid input parses, and a bad input is refused naming the field.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { toMcpTools } from '../../agent/tools/export-mcp';
import { createToolRegistry, ToolError, ToolInputError } from '../../agent/tools/registry';
import type { ToolSpec } from '../../agent/tools/tool-spec';
import { toChatCall as toResponsesCall } from '../../agent/providers/openai/to-request';
import { toChatCall as toGeminiCall } from '../../agent/providers/gemini/to-request';
import { toChatBody as toChatCompletionsBody } from '../../agent/providers/openai-compatible';
import type { ToolContext } from '../../agent/tools/tool';
import { createMemoryPorts } from '../../agent/ports/memory';
import { testDay } from '../fixtures/test-day';

type Schema = Record<string, unknown>;
const registry = createToolRegistry();
const tools = registry.all();
const names = tools.map((t) => t.name);

const STEP = { kind: 'generate-text', id: 'draft', title: 'Draft', model: null, prompt: 'About {{inputs.topic}}', system: null };
const FIELD = { name: 'topic', label: 'Topic', type: 'text', required: true, options: null, help: null };
const WORKLOAD = { inputTokens: 2000, outputTokens: null, images: null, imageQuality: null, imageSize: null, requests: 1000 };

/** One valid input per tool (strict: every field present). */
const SAMPLES: Record<string, unknown> = {
  list_templates: { query: 'reply to support tickets', category: null },
  get_template: { id: 'translator' },
  create_app: {
    name: 'Notes',
    description: null,
    template: null,
    inputs: [FIELD],
    steps: [STEP],
    collections: null,
    triggers: [{ kind: 'manual' }],
    model: null,
    workload: null,
  },
  update_app: {
    slug: 'notes',
    changes: [
      { op: 'rename', name: 'Notes 2' },
      { op: 'add_input', field: FIELD, after: null },
      { op: 'remove_step', id: 'draft' },
    ],
  },
  bind_model: {
    slug: 'notes',
    model: 'gemini-3.1-pro-preview',
    step: null,
    provider: null,
    options: { thinkingLevel: 'low', temperature: null, imageQuality: null, imageSize: null },
  },
  move_to_successor: { slug: 'notes' },
  add_trigger: { slug: 'notes', trigger: { kind: 'schedule', cron: '0 9 * * 1', timezone: 'Europe/Berlin', inputs: null, missed: null } },
  remove_trigger: { slug: 'notes', kind: 'schedule', cron: null, collection: null },
  set_access: { slug: 'notes', level: 'workspace' },
  get_app: { slug: 'notes', version: null },
  list_apps: { query: null },
  get_spend: { month: '2026-11' },
  restore_app_version: { slug: 'notes', version: 1 },
  compare_models: { models: ['gpt-5.1', 'gemini-3-flash-preview'], workload: WORKLOAD },
  recommend_model: {
    task: 'summarise long contracts',
    kind: null,
    needs: ['structured-output'],
    minContextTokens: null,
    provider: null,
    preference: null,
    workload: null,
    limit: null,
  },
  estimate_app_cost: { slug: 'notes', runsPerMonth: 3000, sampleInputs: [{ name: 'topic', value: 'pricing' }], outputTokensPerStep: null },
  share_app_link: { slug: 'notes' },
  delete_app: { slug: 'notes', records: null },
  execute_app: { slug: 'notes', inputs: [{ name: 'topic', value: 'pricing' }] },
  list_approvals: { app: null, about: 'ticket 42' },
  decide_approval: { app: 'notes', run: null, about: 'ticket 42', decision: 'edit', text: 'Thanks, it ships today.', note: null },
  save_test_case: {
    slug: 'notes',
    name: 'Pricing',
    inputs: [{ name: 'topic', value: 'pricing' }],
    run: null,
    checks: [
      { kind: 'contains', step: null, text: 'price' },
      { kind: 'matches', step: 'draft', pattern: '^\\w+' },
      { kind: 'max-cost', usd: 0.01 },
    ],
  },
  remove_test_case: { slug: 'notes', id: 't1' },
  try_models: {
    slug: 'notes',
    bindings: [
      { model: 'gpt-5-mini', provider: null, options: null },
      { model: 'gemini-3.1-pro-preview', provider: null, options: null },
    ],
    step: null,
    inputs: null,
  },
  model_status: { model: 'gpt-4o' },
  ask_user: {
    question: 'Should it make images, or read photos you upload?',
    options: ['It makes new images', 'I upload photos for it to read'],
  },
};

/** One bad input per tool, and the field path the refusal must name. */
const BAD: Array<[tool: string, input: unknown, field: string]> = [
  ['list_templates', { query: 42, category: null }, 'query'],
  ['get_template', { id: '' }, 'id'],
  ['create_app', { ...(SAMPLES.create_app as object), steps: [{ ...STEP, prompt: '' }] }, 'steps[0].prompt'],
  ['update_app', { slug: 'notes', changes: [{ op: 'explode' }] }, 'changes[0].op'],
  ['bind_model', { ...(SAMPLES.bind_model as object), step: 'Not An Id' }, 'step'],
  ['move_to_successor', { slug: '' }, 'slug'],
  [
    'add_trigger',
    { slug: 'notes', trigger: { kind: 'schedule', cron: '* *', timezone: 'UTC', inputs: null, missed: null } },
    'trigger.cron',
  ],
  ['remove_trigger', { slug: 'notes', kind: 'cron', cron: null, collection: null }, 'kind'],
  ['set_access', { slug: 'notes', level: 'everyone' }, 'level'],
  ['get_app', { slug: 'notes', version: 0 }, 'version'],
  ['list_apps', {}, 'query'],
  ['get_spend', { month: '2026-13' }, 'month'],
  ['restore_app_version', { slug: 'notes', version: 1.5 }, 'version'],
  ['compare_models', { models: ['gpt-5.1'], workload: null }, 'models'],
  ['recommend_model', { ...(SAMPLES.recommend_model as object), limit: 50 }, 'limit'],
  ['estimate_app_cost', { ...(SAMPLES.estimate_app_cost as object), runsPerMonth: -1 }, 'runsPerMonth'],
  ['share_app_link', { slug: '' }, 'slug'],
  ['delete_app', { slug: 42, records: null }, 'slug'],
  ['execute_app', { slug: 'notes', inputs: 'topic=pricing' }, 'inputs'],
  ['list_approvals', { app: null, about: 7 }, 'about'],
  ['decide_approval', { app: null, run: null, about: 'ticket 42', decision: 'maybe', text: null, note: null }, 'decision'],
  [
    'save_test_case',
    { ...(SAMPLES.save_test_case as object), checks: [{ kind: 'matches', step: null, pattern: '(a+)+$' }] },
    'checks[0].pattern',
  ],
  ['remove_test_case', { slug: 'notes', id: 'T 1' }, 'id'],
  ['try_models', { ...(SAMPLES.try_models as object), bindings: [{ model: 'gpt-5-mini', provider: null, options: null }] }, 'bindings'],
  ['model_status', { model: '' }, 'model'],
  ['ask_user', { question: 'Which?', options: ['only one'] }, 'options'],
];

/** Keywords OpenAI documents for strict mode (its supported subset). */
const OPENAI_STRICT_KEYWORDS = new Set([
  'type',
  'description',
  'title',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  '$defs',
  '$ref',
]);
const GEMINI_KEYWORDS = new Set([
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
]);

/** The tools exactly as the OpenAI adapters put them on the wire (Responses; Chat Completions, also OpenAI-compatible servers). */
function responsesTools(spec: ToolSpec) {
  const call = toResponsesCall({ model: 'gpt-5.1', messages: [], tools: [spec] });
  if (call.endpoint !== 'responses') throw new Error('a chat request goes to the Responses API');
  return (call.body.tools ?? []).flatMap((t) => (t.type === 'function' ? [t] : []));
}
function chatCompletionsTools(spec: ToolSpec) {
  return (toChatCompletionsBody({ model: 'llama3.1', messages: [], tools: [spec] }).tools ?? []).flatMap((t) =>
    t.type === 'function' ? [t] : [],
  );
}

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks a schema (following $refs once per path) and lists every rule it breaks. */
function problems(root: Schema, allowed: Set<string>, strict: boolean): string[] {
  const found: string[] = [];
  const defs = isSchema(root.$defs) ? root.$defs : {};
  const visit = (node: Schema, path: string, depth: number, seen: Set<string>): void => {
    for (const key of Object.keys(node)) if (!allowed.has(key)) found.push(`${path}: keyword "${key}" not supported`);
    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace('#/$defs/', '');
      const target = defs[name];
      if (!node.$ref.startsWith('#/$defs/') || !isSchema(target)) found.push(`${path}: $ref ${node.$ref} does not resolve`);
      else if (!seen.has(name)) visit(target, `${path}→${name}`, depth, new Set([...seen, name]));
      return;
    }
    if (node.type === 'object' || isSchema(node.properties)) {
      const props = isSchema(node.properties) ? node.properties : {};
      if (depth > 10) found.push(`${path}: nested deeper than 10 levels`);
      if (strict) {
        if (node.additionalProperties !== false) found.push(`${path}: object not closed (additionalProperties)`);
        const required = Array.isArray(node.required) ? [...(node.required as string[])].sort() : [];
        if (JSON.stringify(required) !== JSON.stringify(Object.keys(props).sort())) found.push(`${path}: not every property is required`);
      }
      for (const [key, child] of Object.entries(props)) if (isSchema(child)) visit(child, `${path}.${key}`, depth + 1, seen);
    }
    if (isSchema(node.items)) visit(node.items, `${path}[]`, depth, seen);
    for (const key of ['anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const [i, s] of list.entries()) if (isSchema(s)) visit(s, `${path}|${i}`, depth, seen);
    }
    if (Array.isArray(node.type)) found.push(`${path}: multi-type "type" array`);
  };
  if (root.type !== 'object') found.push('root: not an object');
  if ('anyOf' in root || 'oneOf' in root) found.push('root: a union');
  visit(root, 'root', 1, new Set());
  return found;
}

let ctx: ToolContext;

// The tools run on the in-memory ports: no disk, the same contract as the stores.
beforeAll(() => {
  ctx = { store: createMemoryPorts(), actor: { userId: null, workspaceId: 'default', role: 'owner' }, clock: testDay };
});

describe('tool registry', () => {
  it('has the agreed tools, each with a sample and a bad input in this test', () => {
    expect(names).toEqual([
      'list_templates',
      'get_template',
      'create_app',
      'update_app',
      'bind_model',
      'move_to_successor',
      'add_trigger',
      'remove_trigger',
      'set_access',
      'share_app_link',
      'get_app',
      'list_apps',
      'get_spend',
      'restore_app_version',
      'delete_app',
      'execute_app',
      'list_approvals',
      'decide_approval',
      'save_test_case',
      'remove_test_case',
      'try_models',
      'compare_models',
      'recommend_model',
      'estimate_app_cost',
      'model_status',
      'ask_user',
    ]);
    expect(Object.keys(SAMPLES).sort()).toEqual([...names].sort());
    expect(BAD.map(([name]) => name).sort()).toEqual([...names].sort());
  });

  it('generates the specs once', () => {
    expect(registry.specs()).toBe(registry.specs());
  });
});

describe.each(tools.map((t) => [t.name, t] as const))('%s', (name, tool) => {
  const spec = registry.specs().find((s) => s.name === name)!;

  it('a sample valid input parses (also after a JSON round trip)', () => {
    expect(tool.input.safeParse(SAMPLES[name]).success).toBe(true);
    expect(tool.input.safeParse(JSON.parse(JSON.stringify(SAMPLES[name]))).success).toBe(true);
  });

  it('has a description for people and models, on the tool and on every property', () => {
    expect(tool.description.length).toBeGreaterThan(40);
    const undescribed: string[] = [];
    const walk = (node: Schema, path: string) => {
      for (const [key, child] of Object.entries(isSchema(node.properties) ? node.properties : {})) {
        if (isSchema(child) && !child.description && !child.$ref && key !== 'kind' && key !== 'op') undescribed.push(`${path}.${key}`);
      }
    };
    walk(spec.inputSchema, name);
    expect(undescribed).toEqual([]);
  });

  it('OpenAI strict mode (Responses and Chat Completions): closed objects, all properties required, supported keywords only', () => {
    const [responses] = responsesTools(spec);
    expect(responses).toMatchObject({ type: 'function', name, strict: true });
    expect(problems(responses!.parameters as Schema, OPENAI_STRICT_KEYWORDS, true)).toEqual([]);
    const [chat] = chatCompletionsTools(spec);
    expect(chat).toMatchObject({ type: 'function', function: { name, strict: true } });
    expect(problems(chat!.function.parameters as Schema, OPENAI_STRICT_KEYWORDS, true)).toEqual([]);
  });

  it('Gemini: a valid function declaration using parametersJsonSchema', () => {
    const [declaration] =
      toGeminiCall({ model: 'gemini-3-flash-preview', messages: [], tools: [spec] }).tools?.[0]?.functionDeclarations ?? [];
    expect(declaration!.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_.:-]{0,63}$/);
    expect(declaration!.description).toBe(tool.description);
    expect(declaration).not.toHaveProperty('parameters');
    expect(problems(declaration!.parametersJsonSchema as Schema, GEMINI_KEYWORDS, false)).toEqual([]);
  });
});

describe('MCP', () => {
  it('an SDK client lists every tool with its input schema over an in-memory pair', async () => {
    const server = new McpServer({ name: 'toolwright-test', version: '0.0.0' });
    for (const t of toMcpTools(tools)) {
      server.registerTool(t.name, { description: t.description, inputSchema: t.inputSchema, annotations: t.annotations }, async () => ({
        content: [{ type: 'text', text: 'ok' }],
      }));
    }
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'test-client', version: '0.0.0' });
    await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
    try {
      const listed = await client.listTools();
      expect(listed.tools.map((t) => t.name)).toEqual(names);
      for (const listedTool of listed.tools) {
        const own = registry.get(listedTool.name)!;
        expect(listedTool.description).toBe(own.description);
        expect(listedTool.inputSchema.type).toBe('object');
        const expectedKeys = Object.keys((registry.specs().find((s) => s.name === own.name)!.inputSchema.properties as Schema) ?? {});
        expect(Object.keys(listedTool.inputSchema.properties ?? {})).toEqual(expectedKeys);
      }
      const call = await client.callTool({ name: 'list_apps', arguments: SAMPLES.list_apps as Record<string, unknown> });
      expect(call.isError).toBeFalsy();
    } finally {
      await client.close();
      await server.close();
    }
  });
});

describe('bad input is refused naming the field', () => {
  it.each(BAD)('%s', async (name, input, field) => {
    const error = await registry.run(name, input, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolInputError);
    expect((error as ToolInputError).kind).toBe('invalid-input');
    expect((error as ToolInputError).issues.map((i) => i.path)).toContain(field);
    expect((error as Error).message).toContain(`Invalid input for ${name}: `);
    expect((error as Error).message).toContain(`${field}: `);
  });

  it('an unknown tool is refused listing the tools', async () => {
    const error = await registry.run('delete_everything', {}, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).kind).toBe('not-found');
    expect((error as Error).message).toContain('Tools: list_templates, get_template');
  });

  it('a viewer cannot change apps, but can read', async () => {
    const viewer: ToolContext = { ...ctx, actor: { ...ctx.actor, role: 'viewer' } };
    const error = await registry.run('create_app', SAMPLES.create_app, viewer).catch((e: unknown) => e);
    expect((error as ToolError).kind).toBe('forbidden');
    await expect(registry.run('list_apps', { query: null }, viewer)).resolves.toMatchObject({ data: { apps: [] } });
  });
});
