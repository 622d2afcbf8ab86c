/**
 * HTTP → tool: the route door onto the same tools the agent and MCP call. Tool inputs are
 * strict (every key present, null = not set), which is right for models but needless for HTTP
 * clients, so top-level keys a client leaves out are sent as null.
 */
import type { Request } from 'express';
import type { ToolResult } from '../../agent/tools/tool';
import { actorFor } from '../http/actor';
import type { ApiDeps } from './deps';

function fillNulls(shape: unknown, input: unknown): unknown {
  if (!shape || typeof shape !== 'object' || input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const key of Object.keys(shape)) if (!(key in out)) out[key] = null;
  return out;
}

export function callTool(deps: Pick<ApiDeps, 'registry' | 'store' | 'clock'>, req: Request, name: string, input: unknown): Promise<ToolResult> {
  const tool = deps.registry.get(name);
  const shape = (tool?.input as { shape?: unknown } | undefined)?.shape;
  return deps.registry.run(name, fillNulls(shape, input ?? {}), { store: deps.store, actor: actorFor(req), clock: deps.clock });
}
