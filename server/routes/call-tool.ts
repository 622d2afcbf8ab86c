/**
 * HTTP → tool: the route door onto the same tools the agent and MCP call. Tool inputs are
 * strict (every key present, null = not set), which is right for models but needless for HTTP
 * clients, so the nullable keys a client leaves out are read as null, as at the MCP door.
 */
import type { Request } from 'express';
import { fillOmittedNulls } from '../../agent/tools/omitted-input';
import type { AppServices } from '../../agent/tools/app-services';
import type { ToolResult } from '../../agent/tools/tool';
import { actorFor } from '../http/actor';
import type { ApiDeps } from './deps';

export function callTool(
  deps: Pick<ApiDeps, 'registry' | 'store' | 'clock'>,
  req: Request,
  name: string,
  input: unknown,
  /** For tools that need the runtime (try_models, save_test_case from a run). */
  services?: AppServices,
): Promise<ToolResult> {
  const tool = deps.registry.get(name);
  const filled = tool ? fillOmittedNulls(tool.input, input ?? {}) : input;
  return deps.registry.run(name, filled, { store: deps.store, actor: actorFor(req), clock: deps.clock, ...(services ? { services } : {}) });
}
