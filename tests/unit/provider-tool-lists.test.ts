import { describe, expect, it } from 'vitest';
import { atLeast } from '../../agent/access/roles';
import { toChatCall as toGeminiCall, toDeclarations } from '../../agent/providers/gemini/to-request';
import { toFunctionTools } from '../../agent/providers/openai/function-tools';
import { jsonBody } from '../../agent/providers/openai/json-body';
import { toChatCall } from '../../agent/providers/openai/to-request';
import type { ChatRequest } from '../../agent/providers/provider';
import { createToolRegistry, TOOLS } from '../../agent/tools/registry';

const everyTool = createToolRegistry();
// A viewer's tools: another tool set, as a role-filtered list would be.
const viewerTools = createToolRegistry(TOOLS.filter((tool) => atLeast('viewer', tool.minRole)));

function chatRequest(tools: ChatRequest['tools'], text: string): ChatRequest {
  return {
    model: 'gpt-5-mini',
    system: 'You build apps.',
    context: { app: null, timeZone: null },
    messages: [{ role: 'user', content: text }],
    tools,
  };
}

/** Written out here, not imported: the test states what Gemini documents, the code must agree. */
const GEMINI_DOCUMENTED = [
  ...['$id', '$defs', '$ref', '$anchor', 'type', 'format', 'title', 'description', 'enum', 'items', 'prefixItems'],
  ...['minItems', 'maxItems', 'minimum', 'maximum', 'anyOf', 'oneOf', 'properties', 'additionalProperties', 'required'],
  'propertyOrdering',
];

/** Keywords used anywhere in a schema; the names under `properties` and `$defs` are names, not keywords. */
function keywordsIn(schema: unknown, names = false): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s) => keywordsIn(s));
  if (!schema || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([k, v]) => [
    ...(names ? [] : [k]),
    ...keywordsIn(v, !names && (k === 'properties' || k === '$defs')),
  ]);
}

/** Every property name declared, at any depth, in order. */
function propertyNamesIn(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(propertyNamesIn);
  if (!schema || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([k, v]) =>
    k === 'properties' && v && typeof v === 'object'
      ? [...Object.keys(v), ...Object.values(v).flatMap(propertyNamesIn)]
      : propertyNamesIn(v),
  );
}

function bodyOf(request: ChatRequest) {
  const call = toChatCall(request);
  if (call.endpoint !== 'responses') throw new Error('A chat turn goes to the Responses API.');
  return call.body;
}

describe('the OpenAI tool list', () => {
  it('is built once per tool set: every turn with the same set reuses it', () => {
    const first = bodyOf(chatRequest(everyTool.specs(), 'Build me a ticket tool'));
    const second = bodyOf(chatRequest(everyTool.specs(), 'Make the reply shorter'));
    expect(second.tools).toBe(first.tools);
    expect(toFunctionTools(everyTool.specs())).toBe(first.tools);
  });

  it('a different tool set gets its own list, and each body carries its own tools', () => {
    const all = bodyOf(chatRequest(everyTool.specs(), 'hi'));
    const viewer = bodyOf(chatRequest(viewerTools.specs(), 'hi'));
    expect(viewer.tools).not.toBe(all.tools);
    const names = (bytes: Buffer) => (JSON.parse(bytes.toString('utf8')) as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
    expect(names(jsonBody(viewer))).toEqual(viewerTools.specs().map((spec) => spec.name));
    expect(names(jsonBody(all))).toEqual(everyTool.specs().map((spec) => spec.name));
    expect(names(jsonBody(viewer)).length).toBeLessThan(names(jsonBody(all)).length);
  });

  it('the body bytes with the serialised list are the JSON of the body, whatever changes between turns', () => {
    for (const text of ['Build me a ticket tool', 'Quotes " and \\ and ✓ survive']) {
      const body = { ...bodyOf(chatRequest(everyTool.specs(), text)), stream: true as const };
      expect(JSON.parse(jsonBody(body).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(body)));
    }
  });

  it('a body whose tools were not built here, or that has no tools, is serialised whole', () => {
    const body = bodyOf(chatRequest(everyTool.specs(), 'hi'));
    const copied = { ...body, tools: [...(body.tools ?? [])] };
    expect(jsonBody(copied).toString('utf8')).toBe(JSON.stringify(copied));
    const bare = bodyOf(chatRequest([], 'hi'));
    expect(bare.tools).toBeUndefined();
    expect(jsonBody(bare).toString('utf8')).toBe(JSON.stringify(bare));
    const onlyTools = { tools: body.tools };
    expect(JSON.parse(jsonBody(onlyTools).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(onlyTools)));
  });
});

describe('the Gemini function declarations', () => {
  const declarationsOf = (request: ChatRequest) =>
    toGeminiCall({ ...request, model: 'gemini-3-flash-preview' }).tools?.[0]?.functionDeclarations;

  it('are built once per tool set: every turn with the same set reuses them', () => {
    const first = declarationsOf(chatRequest(everyTool.specs(), 'Build me a ticket tool'));
    expect(declarationsOf(chatRequest(everyTool.specs(), 'Make the reply shorter'))).toBe(first);
    expect(toDeclarations(everyTool.specs())).toBe(first);
  });

  it('a different tool set gets its own declarations, each the tool schema without the keywords Gemini does not read', () => {
    for (const registry of [viewerTools, everyTool]) {
      const specs = registry.specs();
      const declarations = declarationsOf(chatRequest(specs, 'hi'))!;
      expect(declarations.map((d) => [d.name, d.description])).toEqual(specs.map((s) => [s.name, s.description]));
      declarations.forEach((d, i) => {
        const kept = keywordsIn(d.parametersJsonSchema);
        // Gemini's documented subset (function calling docs); `pattern` and exclusive bounds are not in it.
        for (const k of kept) expect(GEMINI_DOCUMENTED).toContain(k);
        expect(propertyNamesIn(d.parametersJsonSchema)).toEqual(propertyNamesIn(specs[i]!.inputSchema));
      });
    }
    // The tools do use keywords Gemini does not read, so the check above has something to catch.
    const used = new Set(everyTool.specs().flatMap((s) => keywordsIn(s.inputSchema)));
    expect(used).toContain('pattern');
    expect(used).toContain('exclusiveMinimum');
    expect(declarationsOf(chatRequest(viewerTools.specs(), 'hi'))).not.toBe(declarationsOf(chatRequest(everyTool.specs(), 'hi')));
  });
});
