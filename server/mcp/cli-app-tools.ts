/**
 * The run_<slug> tools for `toolwright mcp` (stdio), which has no HTTP server around it: the
 * same runtime the server builds (settings and keys from the data folder and env, files,
 * outbound allow-list), logging to stderr because stdout carries the protocol.
 */
import type { AppToolSource } from '../../agent/mcp/app-tools';
import type { ServerConfig } from '../config/config';
import { loadSettings } from '../config/settings';
import { createDocumentStore } from '../documents/document-store';
import { createFileStore } from '../files/file-store';
import { createOutboundClient } from '../integrations/http';
import { createLogger } from '../logger';
import { resolveStepModel } from '../runtime/resolve-step-model';
import { createRunEventBus } from '../runtime/run-events';
import { createRuntime } from '../runtime/run-app';
import type { Store } from '../store/store';
import { createAppToolSource } from './app-tool-source';

export function cliAppTools(config: ServerConfig, store: Store): AppToolSource {
  const logger = createLogger({ level: 'warn', write: (line) => void process.stderr.write(`${line}\n`) });
  const files = createFileStore(config.dataDir);
  const runtime = createRuntime({
    store,
    settings: loadSettings({ dataDir: config.dataDir }),
    files,
    documents: createDocumentStore(config.dataDir),
    outbound: createOutboundClient({ allow: config.outboundAllow }),
    logger,
    events: createRunEventBus((error) => logger.warn('run event listener failed', { error })),
    resolveModel: resolveStepModel,
  });
  return createAppToolSource({ store, runtime, files });
}
