/**
 * Tools as the MCP door serves them: the zod input schema the SDK validates calls with, and
 * the JSON Schema tools/list publishes — the registry's portable schema under OpenAI's strict
 * closure, the same dialect the OpenAI and Gemini doors send.
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { JsonSchema } from '../providers/json-schema-walk';
import { toStrictJsonSchema } from '../providers/strict-schema';
import type { Tool } from './tool';
import { toolAnnotations } from './tool-annotations';
import { toToolSpec } from './tool-spec';

export interface McpToolDefinition {
  name: string;
  description: string;
  inputSchema: z.ZodType;
  /** What tools/list shows: strict, `$defs`, no draft-07 `definitions`. */
  listedSchema: JsonSchema;
  annotations: ToolAnnotations;
}

export function toMcpTools(tools: readonly Tool[]): McpToolDefinition[] {
  return tools.map((t) => ({
    name: t.name,
    description: t.description,
    inputSchema: t.input,
    listedSchema: toStrictJsonSchema(toToolSpec(t).inputSchema),
    annotations: toolAnnotations(t),
  }));
}
