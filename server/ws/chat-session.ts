/**
 * One chat socket's logic, without the socket: frames in through `receive`, events out
 * through `send`. One agent run at a time; `chat.cancel` and closing stop it between steps.
 */
import type { Actor } from '../../agent/access/actor';
import { chatTurn, type ChatTurnDeps } from '../chat/chat-turn';
import { encodeServerEvent, parseClientMessage, ProtocolError, type ClientMessage, type RunEvent, type ServerEvent } from './events';

/** The part of a WebSocket the session uses (tests pass a plain object). */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Subscribes to app-run progress for a workspace; returns the unsubscribe function. */
export type RunEventSource = (actor: Actor, listener: (event: RunEvent) => void) => () => void;

export interface ChatSessionDeps extends ChatTurnDeps {
  actor: Actor;
  runEvents?: RunEventSource;
}

export interface ChatSession {
  /** Handles one frame from the client; a run it starts continues in the background. */
  receive(raw: string): void;
  /** The socket closed: cancel the run and unsubscribe. */
  close(): void;
  /** Resolves when no run is in progress (tests, graceful shutdown). */
  idle(): Promise<void>;
}

export function createChatSession(socket: SocketLike, deps: ChatSessionDeps): ChatSession {
  let current: { controller: AbortController; finished: Promise<void> } | null = null;
  let closed = false;
  const emit = (event: ServerEvent) => {
    if (!closed) socket.send(encodeServerEvent(event));
  };
  const refuse = (message: string) => emit({ type: 'error', kind: 'bad-request', message });
  const unsubscribe = deps.runEvents?.(deps.actor, emit);

  async function chat(message: Extract<ClientMessage, { type: 'chat.send' }>, signal: AbortSignal): Promise<void> {
    for await (const event of chatTurn(deps, deps.actor, message, signal)) emit(event);
  }

  function receive(raw: string): void {
    let message: ClientMessage;
    try {
      message = parseClientMessage(raw);
    } catch (error) {
      if (error instanceof ProtocolError) {
        refuse(error.message);
        return;
      }
      throw error;
    }
    switch (message.type) {
      case 'chat.send': {
        if (current) {
          refuse('A reply is still being written. Wait for it to finish, or cancel it first.');
          return;
        }
        const controller = new AbortController();
        const finished = chat(message, controller.signal).finally(() => {
          current = null;
        });
        current = { controller, finished };
        return;
      }
      case 'chat.cancel':
        current?.controller.abort();
        return;
      default: {
        const unhandled: never = message;
        throw new Error(`Unhandled client message ${JSON.stringify(unhandled)}`);
      }
    }
  }

  return {
    receive,
    close() {
      closed = true;
      current?.controller.abort();
      unsubscribe?.();
    },
    async idle() {
      await current?.finished;
    },
  };
}
