/**
 * `npm start`: config from the environment (defaults 127.0.0.1:3000, ./data, lowdb), the store,
 * the tool registry, the server; logs the URL and closes cleanly on SIGINT/SIGTERM.
 */
import { refreshPriceData } from '../agent/catalog/price-refresh';
import { spellingWords } from '../agent/planner/spelling-words';
import { createToolRegistry } from '../agent/tools/registry';
import { createServer } from './app';
import { createOutboundClient } from './integrations/http';
import { startAutomation } from './cluster/start-automation';
import { startDeadlineSweep } from './approvals/deadline-sweep';
import { loadConfig } from './config/config';
import { loadSettings } from './config/settings';
import { checkMasterKeySync, lazySecretBox } from './auth/secret-box';
import { diskFault } from './files/os-error';
import { createLogger } from './logger';
import { openStore } from './store/open-store';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  checkMasterKeySync(config.dataDir);
  const settings = loadSettings({ dataDir: config.dataDir });
  if (config.priceDataRefresh) {
    // Through the outbound client like every server call; the data file is a few MB.
    const outbound = createOutboundClient({ maxResponseBytes: 32 * 1024 * 1024 });
    const refreshed = await refreshPriceData(async (url) => JSON.parse((await outbound.request({ url, method: 'GET' })).body) as unknown);
    if (refreshed.ok) logger.info('model price data refreshed', { priceData: refreshed.label });
    else logger.warn('model price data refresh failed; using the bundled data', { reason: refreshed.reason, priceData: refreshed.label });
  }
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl ?? null });
  const server = createServer({ store, registry: createToolRegistry(), config, logger, settings });
  const { url } = await server.listen(config.port, config.host);
  // The planner's dictionaries take about half a second to read (blocking): now, not on the first description.
  // Should they fail to load now, the server keeps running and the planner tries again when it needs them.
  setImmediate(() => {
    try {
      spellingWords();
    } catch (error) {
      logger.warn('spelling dictionaries could not be read now; the planner tries again when it needs them', { error });
    }
  });
  const automation = await startAutomation({
    store,
    runtime: server.runtime,
    events: server.events,
    logger,
    databaseUrl: config.databaseUrl,
    settings: server.settings,
    secretBox: lazySecretBox(config.dataDir),
  });
  const stopDeadlines = startDeadlineSweep(server.approvals, logger);
  const providers = Object.entries(settings.describe())
    .filter(([name, view]) => view.configured && name.endsWith('ApiKey'))
    .map(([name, view]) => `${name} (${view.source})`);
  logger.info(`Toolwright is running at ${url}`, {
    dataDir: config.dataDir,
    store: config.databaseUrl ? 'postgresql' : 'lowdb',
    providerKeys: providers.length > 0 ? providers : 'none (runs are dry runs; add a key on the settings page)',
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal} received, shutting down`);
    try {
      stopDeadlines();
      await automation.stop();
      await server.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      logger.error('shutdown failed', { error });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A data folder that cannot be written is the operator's to fix: say so, not a bare EACCES.
  const fault = diskFault(error);
  const message = fault
    ? `Toolwright cannot start: ${fault.reason} (${process.env.DATA_DIR ?? './data'}). Make the folder writable or set DATA_DIR to one that is, then start again.`
    : error instanceof Error
      ? error.message
      : String(error);
  createLogger().error(message, { error });
  process.exit(1);
});
