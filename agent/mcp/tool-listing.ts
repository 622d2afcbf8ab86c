/**
 * tools/list in the one schema dialect every door uses: the registry's portable schema with
 * OpenAI's strict closure (every object closed, every property listed in `required`, `$defs`
 * for shared parts). The SDK would list the zod schemas as draft-07 with `definitions`, open
 * objects and `oneOf`, which hosts then hand to models as they are. Calls are still validated
 * by the SDK against the registered (lenient) zod schema, so omitted nullable fields still work.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ListToolsRequestSchema, type Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';

export type { ListedTool };

export interface ToolListing {
  set(tool: ListedTool): void;
  delete(name: string): void;
  get(name: string): ListedTool | undefined;
}

/** Replaces the SDK's tools/list answer; call after the first registerTool (which installs the SDK's own). */
export function serveToolListing(server: McpServer): ToolListing {
  const tools = new Map<string, ListedTool>();
  server.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [...tools.values()] }));
  return {
    set: (tool) => void tools.set(tool.name, tool),
    delete: (name) => void tools.delete(name),
    get: (name) => tools.get(name),
  };
}
