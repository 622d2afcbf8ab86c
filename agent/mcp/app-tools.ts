/**
 * Apps as tools: each app the caller may run is a tool `run_<slug>` beside the builder's
 * tools. The source (the server, which owns the runtime) says which apps and runs them; this
 * file keeps a server's registered app tools in step with it, so tools/list changes as apps
 * are created, renamed or deleted — and, where the session can receive them (stdio), the
 * SDK sends tools/list_changed for each change.
 */
import type { RegisteredTool } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { ToolContext } from '../tools/tool';
import type { ToolwrightMcpServer } from './server';
import type { ListedTool } from './tool-listing';
import { toErrorResult } from './tool-result';

export const APP_TOOL_PREFIX = 'run_';

export const appToolName = (slug: string) => `${APP_TOOL_PREFIX}${slug}`;

export interface AppToolSource {
  /** The apps the caller may run, as listed tools named by appToolName. */
  list(ctx: ToolContext): Promise<ListedTool[]>;
  /** Runs the app behind `name` with the arguments as its inputs; refusals come back as isError results. */
  call(name: string, args: Record<string, unknown>, ctx: ToolContext): Promise<CallToolResult>;
}

// The runtime validates inputs against the spec (with sentences naming the field); the SDK only passes them on.
const PASS_THROUGH = z.looseObject({});

/** Brings the server's app tools in line with the source; true when anything changed. */
export async function syncAppTools(server: ToolwrightMcpServer, source: AppToolSource, context: () => ToolContext): Promise<boolean> {
  const wanted = new Map((await source.list(context())).map((tool) => [tool.name, tool]));
  let changed = false;
  for (const [name, registered] of server.appTools) {
    if (wanted.has(name)) continue;
    registered.remove();
    server.appTools.delete(name);
    server.listing.delete(name);
    changed = true;
  }
  for (const [name, tool] of wanted) {
    const before = server.listing.get(name);
    if (before && JSON.stringify(before) === JSON.stringify(tool)) continue;
    server.listing.set(tool);
    changed = true;
    const registered = server.appTools.get(name);
    const config = { title: tool.title, description: tool.description, annotations: tool.annotations, _meta: tool._meta };
    if (registered) {
      registered.update(config);
      continue;
    }
    server.appTools.set(
      name,
      server.registerTool(name, { ...config, inputSchema: PASS_THROUGH }, async (args, extra) => {
        try {
          return await source.call(name, args, { ...context(), signal: extra.signal });
        } catch (error) {
          return toErrorResult(error);
        }
      }),
    );
  }
  return changed;
}

export type AppToolRegistrations = Map<string, RegisteredTool>;
