/**
 * Tools as the MCP SDK registers them: name, description and the zod input schema itself
 * (`McpServer.registerTool` validates arguments with it and lists it as JSON Schema).
 */
import type { z } from 'zod';
import type { Tool } from './tool';

export interface McpToolDefinition {
  name: string;
  description: string;
  inputSchema: z.ZodType;
  annotations: { readOnlyHint: boolean; openWorldHint: boolean };
}

export function toMcpTools(tools: readonly Tool[]): McpToolDefinition[] {
  return tools.map((t) => ({
    name: t.name,
    description: t.description,
    inputSchema: t.input,
    // Viewer-level tools only read; the others change apps.
    annotations: { readOnlyHint: t.minRole === 'viewer', openWorldHint: false },
  }));
}
