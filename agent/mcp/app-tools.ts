/**
 * Apps as tools: each app the caller may run is a tool `run_<slug>` beside the builder's
 * tools. The source (the server, which owns the runtime) says which apps and runs them; this
 * file keeps a server's registered app tools in step with it, so tools/list changes as apps
 * are created, renamed or deleted — and, where the session can receive them (stdio), the
 * SDK sends tools/list_changed for each change.
 */
import { ResourceTemplate, type McpServer, type RegisteredTool } from '@modelcontextprotocol/sdk/server/mcp.js';
import { RESOURCE_MIME_TYPE } from '@modelcontextprotocol/ext-apps/server';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { ToolContext } from '../tools/tool';
import { ResourceNotFoundError } from './resources';
import type { ListedTool, ToolListing } from './tool-listing';
import { toErrorResult } from './tool-result';

export const APP_TOOL_PREFIX = 'run_';

export const appToolName = (slug: string) => `${APP_TOOL_PREFIX}${slug}`;

/** The MCP App page (ext-apps `ui://` resource) of an app's tool. */
export const appUiUri = (slug: string) => `ui://toolwright/apps/${slug}`;
const APP_UI_TEMPLATE = 'ui://toolwright/apps/{slug}';

export interface AppToolSource {
  /** The apps the caller may run, as listed tools named by appToolName. */
  list(ctx: ToolContext): Promise<ListedTool[]>;
  /** Runs the app behind `name` with the arguments as its inputs; refusals come back as isError results. */
  call(name: string, args: Record<string, unknown>, ctx: ToolContext): Promise<CallToolResult>;
  /** The app's MCP App page (HTML), or null when there is no such app for the caller. */
  page(slug: string, ctx: ToolContext): Promise<string | null>;
}

/**
 * Serves each app's page as a `ui://` resource with the MCP Apps MIME type, as ext-apps'
 * registerAppResource does (its types target SDK v2's McpServer; this is SDK v1's call). Not
 * listed in resources/list: hosts fetch it from the tool's _meta.
 */
export function registerAppPages(server: McpServer, source: AppToolSource, context: () => ToolContext): void {
  server.registerResource(
    'app-page',
    new ResourceTemplate(APP_UI_TEMPLATE, { list: undefined }),
    { title: 'App page', description: "An app's form and result as an MCP App (sandboxed iframe).", mimeType: RESOURCE_MIME_TYPE },
    async (uri, variables) => {
      const slug = decodeURIComponent(String(variables.slug ?? ''));
      const html = await source.page(slug, context());
      if (html === null) throw new ResourceNotFoundError(`app "${slug}" you may run`, 'tools/list (the run_<slug> tools)');
      return { contents: [{ uri: uri.href, mimeType: RESOURCE_MIME_TYPE, text: html }] };
    },
  );
}

// The runtime validates inputs against the spec (with sentences naming the field); the SDK only passes them on.
const PASS_THROUGH = z.looseObject({});

/** What syncAppTools needs of the MCP server (ToolwrightMcpServer in server.ts). */
export interface AppToolHost {
  readonly appTools: AppToolRegistrations;
  listing: ToolListing;
  registerTool: McpServer['registerTool'];
}

/** Brings the server's app tools in line with the source; true when anything changed. */
export async function syncAppTools(server: AppToolHost, source: AppToolSource, context: () => ToolContext): Promise<boolean> {
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
