/**
 * The MCP door: every tool of the registry (same names, same zod schemas), the model
 * directory, templates and app specs as resources, and two prompts. A factory, so each
 * stateless HTTP request and each stdio session gets its own server over the same registry.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { toMcpTools } from '../tools/export-mcp';
import type { ToolRegistry } from '../tools/registry';
import type { ToolContext } from '../tools/tool';
import { fillOmittedNulls, lenientInput } from '../tools/omitted-input';
import { registerPrompts } from './prompts';
import { registerResources } from './resources';
import { toCallToolResult, toErrorResult } from './tool-result';

/** What the door needs of the tool registry. */
export type McpToolRegistry = Pick<ToolRegistry, 'all' | 'run'>;

const MCP_SERVER_INFO = { name: 'toolwright', version: '0.1.0' } as const;

export function createMcpServer(registry: McpToolRegistry, context: () => ToolContext): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions:
      'Toolwright builds internal tools (apps) from a description: create_app, bind_model, add_trigger, set_access change an app; compare_models, recommend_model and estimate_app_cost answer model questions from the directory. Read models://catalog, templates://{id} and apps://{slug} for facts.',
  });

  for (const tool of toMcpTools(registry.all())) {
    server.registerTool(
      tool.name,
      { description: tool.description, inputSchema: lenientInput(tool.inputSchema), annotations: tool.annotations },
      async (args: unknown, extra) => {
        try {
          const input = fillOmittedNulls(tool.inputSchema, args);
          return toCallToolResult(await registry.run(tool.name, input, { ...context(), signal: extra.signal }));
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
