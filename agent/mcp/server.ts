/**
 * The MCP door: every tool of the registry (same names, same zod schemas, listed in the
 * strict dialect of the other doors), the model directory, templates and app specs as
 * resources, and two prompts. A factory, so each stateless HTTP request and each stdio session
 * gets its own server over the same registry.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { toMcpTools } from '../tools/export-mcp';
import type { ToolRegistry } from '../tools/registry';
import type { ToolContext } from '../tools/tool';
import { fillOmittedNulls, lenientInput } from '../tools/omitted-input';
import { registerAppPages, syncAppTools, type AppToolRegistrations, type AppToolSource } from './app-tools';
import { registerPrompts } from './prompts';
import { registerResources } from './resources';
import { serveToolListing, type ListedTool, type ToolListing } from './tool-listing';
import { toCallToolResult, toErrorResult } from './tool-result';

/** What the door needs of the tool registry. */
export type McpToolRegistry = Pick<ToolRegistry, 'all' | 'run'>;

export interface McpServerOptions {
  /**
   * True where the session outlives one request (stdio) and can receive list-changed
   * notifications. The stateless HTTP door has no stream to send them on, so it does not
   * advertise them.
   */
  listChanged?: boolean;
  /** Where the apps come from, each served as a tool run_<slug> (the server owns the runtime). */
  apps?: AppToolSource;
}

/** An McpServer whose tools/list answer comes from `listing` (see tool-listing.ts). */
export class ToolwrightMcpServer extends McpServer {
  listing!: ToolListing;
  listChanged = false;
  readonly appTools: AppToolRegistrations = new Map();
  /** Re-reads which apps the caller may run: before connecting, and after each builder call where listChanged. */
  refreshApps: () => Promise<void> = async () => {};
}

const MCP_SERVER_INFO = { name: 'toolwright', version: '0.1.0' } as const;

export function createMcpServer(
  registry: McpToolRegistry,
  context: () => ToolContext,
  options: McpServerOptions = {},
): ToolwrightMcpServer {
  const server = new ToolwrightMcpServer(MCP_SERVER_INFO, {
    instructions:
      'Toolwright builds internal tools (apps) from a description: create_app, bind_model, add_trigger, set_access change an app; compare_models, recommend_model and estimate_app_cost answer model questions from the directory; run_<app slug> runs an app. Read models://catalog, templates://{id} and apps://{slug} for facts.',
  });

  const tools = toMcpTools(registry.all());
  for (const tool of tools) {
    server.registerTool(
      tool.name,
      { description: tool.description, inputSchema: lenientInput(tool.inputSchema), annotations: tool.annotations },
      async (args: unknown, extra) => {
        try {
          const input = fillOmittedNulls(tool.inputSchema, args);
          const result = toCallToolResult(await registry.run(tool.name, input, { ...context(), signal: extra.signal }));
          if (server.listChanged) await server.refreshApps();
          return result;
        } catch (error) {
          return toErrorResult(error);
        }
      },
    );
  }
  server.listing = serveToolListing(server);
  for (const tool of tools) {
    server.listing.set({
      name: tool.name,
      description: tool.description,
      inputSchema: tool.listedSchema as ListedTool['inputSchema'],
      annotations: tool.annotations,
    });
  }

  registerResources(server, context);
  registerPrompts(server);
  server.listChanged = options.listChanged ?? false;
  const { apps } = options;
  if (apps) {
    registerAppPages(server, apps, context);
    server.refreshApps = async () => {
      // Registering or removing a tool sends tools/list_changed itself once connected; apps are resources too.
      if ((await syncAppTools(server, apps, context)) && server.isConnected()) await server.sendResourceListChanged();
    };
  }
  // The SDK advertises listChanged for everything it registers; prompts never change.
  server.server.registerCapabilities({
    tools: { listChanged: server.listChanged },
    resources: { listChanged: server.listChanged },
    prompts: { listChanged: false },
  });
  return server;
}
