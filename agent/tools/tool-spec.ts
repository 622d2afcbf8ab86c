/**
 * A tool's provider-neutral description, generated once from its zod schema (zod 4
 * `z.toJSONSchema`) in the JSON Schema subset every door accepts: OpenAI strict mode,
 * Gemini `parametersJsonSchema` and MCP. Discriminated unions become `anyOf` (strict mode
 * has no `oneOf`), `type: [x, "null"]` becomes `anyOf`, `const` a one-value `enum`, and keywords strict mode rejects
 * (string lengths, `$schema`, `default`) are dropped — zod still enforces them on run.
 */
import { z } from 'zod';
import type { ToolSpec } from '../providers/messages';
import { keepKeywords, mapSchema, type JsonSchema } from '../providers/json-schema-walk';
import type { Tool } from './tool';

export type { ToolSpec } from '../providers/messages';

/** Keywords OpenAI strict mode accepts (its documented subset), which Gemini and MCP also read. */
export const PORTABLE_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'description',
  'title',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'enum',
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

/** zod's bounds for `.int()` without explicit limits carry no information for a model. */
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

function portable(node: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  if (Array.isArray(out.oneOf)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  if ('const' in out) {
    out.enum = [out.const];
    delete out.const;
  }
  if (Array.isArray(out.type)) {
    // `type: ["boolean", "null"]` → anyOf of single types, which Gemini reads too.
    const { type, description, title, ...constraints } = out;
    return {
      ...(description === undefined ? {} : { description }),
      ...(title === undefined ? {} : { title }),
      anyOf: (type as string[]).map((t) => (t === 'null' ? { type: t } : { type: t, ...constraints })),
    };
  }
  if (out.minimum === -SAFE_INTEGER) delete out.minimum;
  if (out.maximum === SAFE_INTEGER) delete out.maximum;
  return out;
}

export function toToolSpec(tool: Tool): ToolSpec {
  const raw = z.toJSONSchema(tool.input) as JsonSchema;
  return { name: tool.name, description: tool.description, inputSchema: keepKeywords(mapSchema(raw, portable), PORTABLE_KEYWORDS) };
}
