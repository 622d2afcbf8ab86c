/**
 * Streamable HTTP at /mcp, stateless: each POST gets a fresh server and transport over the
 * shared registry (the SDK's stateless pattern), so any instance can answer any request.
 * Without accounts it serves loopback clients only, with the Host header checked against DNS
 * rebinding; `authenticate` is where bearer tokens plug in.
 */
import type { IncomingMessage } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import { hostHeaderValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isLoopbackAddress } from '../routes/auth';
import type { Store } from '../store/store';
import { SINGLE_USER_ACTOR, type Actor } from '../../agent/access/actor';
import type { AppToolSource } from '../../agent/mcp/app-tools';
import { createMcpServer, type McpToolRegistry } from '../../agent/mcp/server';
import { jsonRpcBodyErrors, sendJsonRpcError, TRANSPORT_REFUSED } from './json-rpc-error';
import { mcpOriginCheck } from './origin-check';
import { bearerChallenge } from './protected-resource';
import type { AppServices } from '../../agent/tools/app-services';

export interface McpHttpOptions {
  registry: McpToolRegistry;
  store: Store;
  /**
   * Resolves the caller (e.g. from `Authorization: Bearer …`); null refuses with 401. Without
   * it, every loopback caller is the single-user owner and other addresses are refused.
   */
  authenticate?(request: IncomingMessage): Promise<Actor | null> | Actor | null;
  /**
   * Host header names accepted. Default: the loopback names when there is no `authenticate`
   * (nothing else guards this router); with `authenticate`, the server's own host check
   * (server/http/host-check.ts, loopback names while bound to loopback) already applies, and a
   * server bound to another address must be reachable under its own name with a token.
   */
  allowedHosts?: string[];
  /** The day model lifecycles are judged on; defaults to now. Tests pin it. */
  clock?: () => Date;
  /** The apps served as run_<slug> tools (see server/mcp/app-tool-source.ts). */
  apps?: AppToolSource;
  /** Running apps and minting public links for this request; without it execute_app and share_app_link say where to do it. */
  services?(request: IncomingMessage): AppServices;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function jsonRpcError(res: Response, status: number, message: string): void {
  sendJsonRpcError(res, status, TRANSPORT_REFUSED, message);
}

async function resolveActor(request: Request, options: McpHttpOptions): Promise<Actor | null | 'remote'> {
  if (!options.authenticate) return isLoopbackAddress(request.socket.remoteAddress) ? SINGLE_USER_ACTOR : 'remote';
  return options.authenticate(request);
}

export function createMcpRouter(options: McpHttpOptions): Router {
  const router = express.Router();
  const allowedHosts = options.allowedHosts ?? (options.authenticate ? null : LOOPBACK_HOSTS);
  if (allowedHosts) router.use(hostHeaderValidation(allowedHosts));
  router.use(mcpOriginCheck);
  router.use(express.json({ limit: '1mb' }), jsonRpcBodyErrors);

  router.post('/', async (req, res) => {
    const actor = await resolveActor(req, options).catch(() => null);
    if (actor === 'remote') {
      return jsonRpcError(
        res,
        403,
        'The MCP endpoint only accepts clients on this machine until API tokens are set up. Connect from localhost, or use `npx toolwright mcp` (stdio).',
      );
    }
    if (!actor) {
      res.setHeader('WWW-Authenticate', bearerChallenge(req));
      return jsonRpcError(res, 401, 'This MCP endpoint needs an API token. Send it as "Authorization: Bearer <token>".');
    }
    const services = options.services?.(req);
    const server = createMcpServer(
      options.registry,
      () => ({ store: options.store, actor, clock: options.clock, ...(services ? { services } : {}) }),
      { apps: options.apps },
    );
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.refreshApps();
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch {
      if (!res.headersSent)
        jsonRpcError(res, 500, 'The MCP request failed inside Toolwright. Try again; if it keeps happening, check the server log.');
    }
  });

  // Stateless: no server-initiated stream (GET) and no session to end (DELETE).
  const notAllowed = (_req: Request, res: Response) => {
    res.setHeader('Allow', 'POST');
    jsonRpcError(res, 405, 'This MCP endpoint is stateless: send every request as a POST.');
  };
  router.get('/', notAllowed);
  router.delete('/', notAllowed);
  return router;
}
