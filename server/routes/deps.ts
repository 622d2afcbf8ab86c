/** What every route file receives. Route files only parse (zod), call a service or tool, and answer. */
import type { Request } from 'express';
import type { ToolRegistry } from '../../agent/tools/registry';
import type { ChatTurnDeps } from '../chat/chat-turn';
import type { ServerConfig } from '../config/config';
import type { Settings } from '../config/settings';
import type { FileStore } from '../files/file-store';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime/run-app';
import type { Store } from '../store/store';
import type { SecretBox } from '../auth/secret-box';
import type { Approvals } from '../approvals/approvals';

export interface ApiDeps {
  store: Store;
  registry: ToolRegistry;
  settings: Settings;
  runtime: Runtime;
  files: FileStore;
  config: ServerConfig;
  logger: Logger;
  /** The day model lifecycles are judged on; defaults to now. Tests pin it. */
  clock?: () => Date;
  /** Seals secrets kept in the store (webhook secrets); defaults to the data folder's master key. */
  secretBox?: SecretBox;
  /** What a chat turn over HTTP needs, for this request (its Host names the links it hands out). */
  chat(req: Request): ChatTurnDeps;
  /** Runs waiting at approval steps (server/approvals/). */
  approvals: Approvals;
}
