/**
 * Mounts the chat socket on the HTTP server at /ws (ws in noServer mode, so the upgrade goes
 * through our checks first): cross-site pages are refused by Origin, and `authenticate` is
 * the hook where accounts will plug in (single-user mode: the owner of workspace "default").
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { SINGLE_USER_ACTOR, type Actor } from '../../agent/access/actor';
import type { AppServices } from '../../agent/tools/app-services';
import { hostAllowed, isLoopbackHost } from '../http/host-check';
import { createChatSession, type ChatSessionDeps } from './chat-session';
import { MAX_MESSAGE_CHARS } from './events';

const WS_PATH = '/ws';

export interface AttachDeps extends Omit<ChatSessionDeps, 'actor' | 'services'> {
  /** The address the server is bound to: on loopback, only loopback Host names may upgrade (DNS rebinding). */
  bindHost(): string;
  /** Who is connecting; null refuses the upgrade with 401. */
  authenticate?(request: IncomingMessage): Promise<Actor | null> | Actor | null;
  /** The app services for a connection (its Host names the links it hands out). */
  services?(request: IncomingMessage): AppServices;
}

/** No Origin (non-browser clients), the page's own origin, or a loopback page. */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.host === host || isLoopbackHost(url.hostname);
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function attachWebSocket(httpServer: Server, deps: AttachDeps): { wss: WebSocketServer; close(): Promise<void> } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_CHARS * 4 + 1024 });

  const onUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== WS_PATH) return refuse(socket, 404, 'Not Found');
    // Same Host rule as the HTTP routes: a rebound name makes a foreign Origin look "own".
    if (!hostAllowed(deps.bindHost(), request)) return refuse(socket, 421, 'Misdirected Request');
    if (!isAllowedOrigin(request.headers.origin, request.headers.host)) return refuse(socket, 403, 'Forbidden');
    let actor: Actor | null;
    try {
      actor = deps.authenticate ? await deps.authenticate(request) : SINGLE_USER_ACTOR;
    } catch {
      actor = null;
    }
    if (!actor) return refuse(socket, 401, 'Unauthorized');
    const sessionActor = actor;
    wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const { authenticate: _authenticate, bindHost: _bindHost, services, ...sessionDeps } = deps;
      const session = createChatSession(ws, { ...sessionDeps, actor: sessionActor, ...(services ? { services: services(request) } : {}) });
      ws.on('message', (data, isBinary) => session.receive(isBinary ? '' : data.toString()));
      ws.on('close', () => session.close());
      ws.on('error', () => session.close());
    });
  };
  httpServer.on('upgrade', onUpgrade);

  return {
    wss,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.off('upgrade', onUpgrade);
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
