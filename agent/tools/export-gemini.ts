/**
 * Tool specs as Gemini function declarations, via `parametersJsonSchema` (JSON Schema as is;
 * exclusive with `parameters`). Keywords outside the subset Gemini documents for JSON Schema
 * (`pattern`, exclusive bounds) are dropped; zod still enforces them when the tool runs.
 */
import type { FunctionDeclaration } from '@google/genai';
import { keepKeywords } from './json-schema-walk';
import type { ToolSpec } from './tool-spec';

export const GEMINI_KEYWORDS: ReadonlySet<string> = new Set([
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

export function toGeminiDeclarations(specs: readonly ToolSpec[]): FunctionDeclaration[] {
  return specs.map((s) => ({ name: s.name, description: s.description, parametersJsonSchema: keepKeywords(s.inputSchema, GEMINI_KEYWORDS) }));
}
