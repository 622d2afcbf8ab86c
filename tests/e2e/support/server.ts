/**
 * Starts the real server (createServer, lowdb in a fresh temp folder, the built-in planner) on
 * 127.0.0.1 with a free port, as `npm start` would, minus the environment's provider keys so
 * every run is a dry run whatever machine the tests run on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPlannerProvider } from '../../../agent/providers/planner';
import { createToolRegistry } from '../../../agent/tools/registry';
import { createServer } from '../../../server/app';
import { loadConfig } from '../../../server/config/config';
import { loadSettings } from '../../../server/config/settings';
import { createLogger } from '../../../server/logger';
import { openLowdbStore } from '../../../server/store/lowdb';

export interface RunningServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** `env`: provider keys and base URLs the server sees (default none: every run is a dry run). */
export async function startServer(options: { env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'toolwright-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' }, dataDir);
  const store = await openLowdbStore({ dir: dataDir });
  const server = createServer({
    store,
    registry: createToolRegistry(),
    config,
    logger: createLogger({ level: 'warn' }),
    settings: loadSettings({ dataDir, env: options.env ?? {} }),
    // The built-in planner answers the chat, as on a machine without keys.
    agentProvider: async () => ({ provider: createPlannerProvider(), model: 'planner' }),
  });
  const { url } = await server.listen(0, '127.0.0.1');
  return {
    url,
    dataDir,
    async close() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
