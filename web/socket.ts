/**
 * The socket (/ws): the builder sends chat frames on it; every page that opens it receives the
 * server's events (agent events, and run progress of the workspace's apps). Reconnects by itself.
 */
import type { ClientMessage, ServerEvent } from '../server/ws/events';

export interface ChatSocket {
  send(message: ClientMessage): boolean;
}

export function connectSocket(handlers: { onEvent(event: ServerEvent): void; onStatus(open: boolean): void }): ChatSocket {
  let socket: WebSocket | null = null;
  let retryMs = 500;

  const open = () => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      retryMs = 500;
      handlers.onStatus(true);
    });
    ws.addEventListener('message', (message) => {
      let event: ServerEvent;
      try {
        event = JSON.parse(String(message.data)) as ServerEvent;
      } catch {
        return;
      }
      handlers.onEvent(event);
    });
    ws.addEventListener('close', () => {
      handlers.onStatus(false);
      // The server restarted or the network dropped: try again, backing off to 10 s.
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    });
  };
  open();

  return {
    send(message) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
  };
}
