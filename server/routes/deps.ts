/** What every route file receives. Route files only parse (zod), call a service or tool, and answer. */
import type { ToolSpec } from '../../agent/providers/messages';
import type { Tool, ToolContext, ToolResult } from '../../agent/tools/tool';
import type { ServerConfig } from '../config/config';
import type { Settings } from '../config/settings';
import type { FileStore } from '../files/file-store';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime/run-app';
import type { Store } from '../store/store';

/** The part of agent/tools/registry.ts the server uses. */
export interface ToolRegistryPort {
  get(name: string): Tool | undefined;
  run(name: string, rawInput: unknown, ctx: ToolContext): Promise<ToolResult>;
  specs(): ToolSpec[];
}

export interface ApiDeps {
  store: Store;
  registry: ToolRegistryPort;
  settings: Settings;
  runtime: Runtime;
  files: FileStore;
  config: ServerConfig;
  logger: Logger;
}
