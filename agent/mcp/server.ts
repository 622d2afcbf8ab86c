/**
 * The MCP door: every tool of the registry (same names, same zod schemas), the model
 * directory, templates and app specs as resources, and two prompts. A factory, so each
 * stateless HTTP request and each stdio session gets its own server over the same registry.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolSpec } from '../providers/messages';
import type { Tool, ToolContext, ToolResult } from '../tools/tool';
import { registerPrompts } from './prompts';
import { registerResources } from './resources';
import { toCallToolResult, toErrorResult } from './tool-result';

/** What the door needs of the tool registry (agent/tools/registry.ts satisfies it). */
export interface McpToolRegistry {
  /** Names and descriptions of every tool, in the registry's order. */
  specs(): ToolSpec[];
  get(name: string): Tool | undefined;
  /** Validates with the tool's zod schema, checks the actor's role, runs the tool. */
  run(name: string, rawInput: unknown, ctx: ToolContext): Promise<ToolResult>;
}

export const MCP_SERVER_INFO = { name: 'toolwright', version: '0.1.0' } as const;

export function createMcpServer(registry: McpToolRegistry, context: () => ToolContext): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions:
      'Toolwright builds internal tools (apps) from a description: create_app, bind_model, add_trigger, set_access change an app; compare_models, recommend_model and estimate_app_cost answer model questions from the directory. Read models://catalog, templates://{id} and apps://{slug} for facts.',
  });

  for (const { name } of registry.specs()) {
    const tool = registry.get(name);
    if (!tool) continue;
    server.registerTool(
      tool.name,
      {
        description: tool.description,
        inputSchema: tool.input,
        // Viewer-level tools only read; everything else changes apps.
        annotations: { readOnlyHint: tool.minRole === 'viewer', openWorldHint: false },
      },
      async (args: unknown, extra) => {
        try {
          return toCallToolResult(await registry.run(tool.name, args, { ...context(), signal: extra.signal }));
        } catch (error) {
          return toErrorResult(error);
        }
      },
    );
  }

  registerResources(server, context);
  registerPrompts(server);
  return server;
}
