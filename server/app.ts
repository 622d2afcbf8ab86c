/**
 * The server: express (HTTP API under /api, generated files under /files, pages) and the chat
 * WebSocket (/ws) on one port. Route files only parse, call a tool or service, and answer;
 * errors become JSON in one middleware. Bound to loopback, only loopback Host names are served.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { WebSocketServer } from 'ws';
import type { Provider } from '../agent/providers/provider';
import type { ToolRegistry } from '../agent/tools/registry';
import { createMcpRouter } from './mcp/http';
import { createAuthLayer } from './auth/auth-layer';
import type { Auth } from './auth/auth-service';
import type { RateLimits } from './http/rate-limit';
import { securityHeaders } from './http/security-headers';
import { agentProviderFrom } from './ws/agent-provider';
import { appServices, originOf } from './chat/app-services';
import { attachWebSocket } from './ws/attach';
import { runEventsFrom } from './ws/run-events';
import type { ServerConfig } from './config/config';
import { loadSettings, type Settings } from './config/settings';
import { createDocumentStore } from './documents/document-store';
import { createFileStore, FILES_URL_PREFIX } from './files/file-store';
import { errorMiddleware } from './http/error-middleware';
import { hostCheck } from './http/host-check';
import { createOutboundClient, type OutboundClient } from './integrations/http';
import type { Logger } from './logger';
import { createPagesRouter } from './pages/router';
import { lazySecretBox, loadMasterKeySync } from './auth/secret-box';
import { APPROVE_PATH, createApprovalLinks } from './approvals/approval-link';
import { approvalLinkRouter } from './approvals/approval-link-router';
import { approvalNotifier } from './approvals/approval-notice';
import { createApprovals, type Approvals } from './approvals/approvals';
import type { RunRow, StoredApp } from './store/records';
import { createAppToolSource } from './mcp/app-tool-source';
import { METADATA_PATH, MCP_PATH, protectedResourceRouter } from './mcp/protected-resource';
import { createHookRouter } from './routes/hooks';
import { createApiRouter } from './routes/index';
import type { ModelResolver } from './runtime/model-gateway';
import { resolveStepModel } from './runtime/resolve-step-model';
import { createRunEventBus, type RunEventBus } from './runtime/run-events';
import { createRuntime, type Runtime } from './runtime/run-app';
import type { Store } from './store/store';
import { recordRunSpend } from './spend/run-spend';
import { withSpend } from './spend/spend-runtime';

export interface ServerDeps {
  store: Store;
  registry: ToolRegistry;
  config: ServerConfig;
  logger: Logger;
  /** Defaults to env + data/settings.json. */
  settings?: Settings;
  /** Defaults to a fresh in-process bus. */
  events?: RunEventBus;
  /** Defaults to the SSRF-guarded client with OUTBOUND_ALLOW. */
  outbound?: OutboundClient;
  /** Defaults to the providers' resolver over the settings. */
  resolveModel?: ModelResolver;
  /** The chat agent's provider and model; defaults to the planner unless AGENT_MODEL names a configured model. */
  agentProvider?: () => Promise<{ provider: Provider; model: string }>;
  /** Where TOOLWRIGHT_OWNER_EMAIL/PASSWORD are read; defaults to process.env. */
  authEnv?: NodeJS.ProcessEnv;
  /** Sign-in and run rate limits; defaults in server/http/rate-limit.ts. */
  rateLimits?: RateLimits;
  /** The day model lifecycles are judged on (shut down? deprecated?); defaults to now. Tests pin it. */
  clock?: () => Date;
}

export interface ToolwrightServer {
  app: express.Express;
  httpServer: http.Server;
  wss: WebSocketServer;
  events: RunEventBus;
  runtime: Runtime;
  /** Runs waiting at approval steps: decide, and `sweep` for deadlines (main.ts runs it on a timer). */
  approvals: Approvals;
  settings: Settings;
  auth: Auth;
  /** Resolves with the bound address once listening (port 0 picks a free port). */
  listen(port?: number, host?: string): Promise<{ port: number; host: string; url: string }>;
  /** Closes sockets and the HTTP server; the store is the caller's to close. */
  close(): Promise<void>;
}

export function createServer(deps: ServerDeps): ToolwrightServer {
  const { store, registry, config, logger } = deps;
  const settings = deps.settings ?? loadSettings({ dataDir: config.dataDir });
  const events = deps.events ?? createRunEventBus((error) => logger.warn('run event listener failed', { error }));
  const outbound = deps.outbound ?? createOutboundClient({ allow: config.outboundAllow });
  const files = createFileStore(config.dataDir);
  const clock = deps.clock ?? (() => new Date());
  const agentProvider = deps.agentProvider ?? agentProviderFrom({ settings: () => settings.values(), clock });
  const documents = createDocumentStore(config.dataDir);
  const resolveModel = deps.resolveModel ?? resolveStepModel;
  const recordSpend = recordRunSpend(store, logger);
  let boundHost = config.host;
  let boundOrigin: string | null = null;
  const approvalLinks = createApprovalLinks(() => loadMasterKeySync(config.dataDir));
  const notifyApprovers = approvalNotifier({ store, links: approvalLinks, outbound, settings, logger, origin: () => boundOrigin });
  // The run is stored as waiting whatever happens to its notice; a notice that could not even be attempted is logged.
  const onWaiting = (app: StoredApp, run: RunRow) =>
    notifyApprovers(app, run, false).catch((error: unknown) => logger.warn('approval notice failed', { runId: run.id, error }));
  const runtime = withSpend(
    createRuntime({
      store,
      settings,
      files,
      documents,
      outbound,
      logger,
      events,
      resolveModel,
      lifecycleDay: clock,
      recordSpend,
      onWaiting,
    }),
    { store, settings, outbound, logger, resolveModel },
  );
  const approvals = createApprovals({
    store,
    runtime,
    links: approvalLinks,
    logger,
    clock: () => new Date(),
    notify: notifyApprovers,
  });
  const services = (req: http.IncomingMessage) => appServices({ store, runtime, approvals, logger, origin: originOf(req) });
  const chat = (req: http.IncomingMessage) => ({ store, registry, agentProvider, clock, services: services(req) });
  const authLayer = createAuthLayer({ store, logger, runtime, env: deps.authEnv, rateLimits: deps.rateLimits });

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(hostCheck(() => boundHost));
  const secretBox = lazySecretBox(config.dataDir);
  app.use('/hooks', createHookRouter({ store, box: secretBox, runtime, logger }));
  // Before the session layer: a signed approval link is its own credential (approvers may have no account).
  app.use(APPROVE_PATH, approvalLinkRouter(approvals));
  // Before the session layer: /mcp resolves its own bearer token, so a bad one gets MCP's 401.
  app.use(METADATA_PATH, protectedResourceRouter());
  const apps = createAppToolSource({ store, runtime, files });
  app.use(MCP_PATH, createMcpRouter({ registry, store, authenticate: authLayer.bearerActor, clock, apps, services }));
  app.use(authLayer.middleware);
  app.use(
    '/api',
    authLayer.api,
    createApiRouter({ store, registry, settings, runtime, files, config, logger, clock, secretBox, chat, approvals }),
  );
  app.use(
    FILES_URL_PREFIX,
    (_req, res, next) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      next();
    },
    express.static(files.dir, { index: false, dotfiles: 'deny', fallthrough: true, immutable: true, maxAge: '7d' }),
  );
  app.use(authLayer.pages);
  app.use(createPagesRouter({ store, agentProvider, now: clock }));
  app.use(errorMiddleware(logger));

  const httpServer = http.createServer(app);
  const ws = attachWebSocket(httpServer, {
    store,
    registry,
    runEvents: runEventsFrom(events, store),
    agentProvider,
    authenticate: authLayer.socketActor,
    bindHost: () => boundHost,
    clock,
    services,
  });

  return {
    app,
    httpServer,
    wss: ws.wss,
    events,
    runtime,
    approvals,
    settings,
    auth: authLayer.auth,
    async listen(port = config.port, host = config.host) {
      await authLayer.auth.beforeListen(host);
      boundHost = host;
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          boundOrigin = `http://${shown}:${address.port}`;
          resolve({ port: address.port, host: address.address, url: `http://${shown}:${address.port}` });
        });
      });
    },
    async close() {
      await ws.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}
