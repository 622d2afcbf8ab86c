/**
 * One chat socket's logic, without the socket: frames in through `receive`, events out
 * through `send`. One agent run at a time; `chat.cancel` and closing stop it between steps.
 */
import { describeFailure } from '../../agent/loop/failure';
import { runAgent } from '../../agent/loop/run-agent';
import type { AgentTools } from '../../agent/loop/tool-calls';
import type { Provider } from '../../agent/providers/provider';
import { emptyUsage } from '../../agent/providers/usage';
import type { Actor } from '../../agent/tools/tool';
import type { Store } from '../store/store';
import { meterAgentProvider } from '../spend/metered-agent-provider';
import { AgentModelError } from './agent-provider';
import { encodeServerEvent, parseClientMessage, ProtocolError, type ClientMessage, type RunEvent, type ServerEvent } from './events';

/** The part of a WebSocket the session uses (tests pass a plain object). */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Subscribes to app-run progress for a workspace; returns the unsubscribe function. */
export type RunEventSource = (actor: Actor, listener: (event: RunEvent) => void) => () => void;

export interface ChatSessionDeps {
  store: Store;
  registry: AgentTools;
  actor: Actor;
  /** The provider and model the agent talks to, decided per message (settings may change). */
  agentProvider(): Promise<{ provider: Provider; model: string }>;
  runEvents?: RunEventSource;
  maxTurns?: number;
  /** The day model lifecycles are judged on; defaults to now. Tests pin it. */
  clock?: () => Date;
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
    let conversationId = message.conversationId;
    try {
      if (conversationId === null) {
        conversationId = (await deps.store.createConversation({ workspaceId: deps.actor.workspaceId })).id;
        emit({ type: 'conversation.created', conversationId });
      }
      const { provider, model } = await deps.agentProvider();
      for await (const event of runAgent({
        provider: meterAgentProvider(provider, deps.store.spend, { workspaceId: deps.actor.workspaceId, conversationId, model }),
        model,
        registry: deps.registry,
        ctx: { store: deps.store, actor: deps.actor, clock: deps.clock },
        conversationId,
        userMessage: message.text,
        signal,
        ...(deps.maxTurns ? { maxTurns: deps.maxTurns } : {}),
      })) {
        emit(event);
      }
    } catch (error) {
      // runAgent reports its own failures as events; this is creating the conversation or picking the provider.
      const failure = error instanceof AgentModelError ? { kind: 'unsupported' as const, message: error.message } : describeFailure(error);
      emit({ type: 'error', ...failure });
      emit({ type: 'done', reason: 'error', usage: emptyUsage() });
    }
  }

  function receive(raw: string): void {
    let message: ClientMessage;
    try {
      message = parseClientMessage(raw);
    } catch (error) {
      if (error instanceof ProtocolError) return refuse(error.message);
      throw error;
    }
    switch (message.type) {
      case 'chat.send': {
        if (current) return refuse('A reply is still being written. Wait for it to finish, or cancel it first.');
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
