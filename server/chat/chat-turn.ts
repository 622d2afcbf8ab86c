/**
 * One chat turn as every door runs it (the socket, POST /api/conversations…): start the
 * conversation when none is given, pick the agent's provider, run the agent and yield its
 * events. A failure before the agent runs ends as an `error` and a `done` like any other turn.
 */
import { randomUUID } from 'node:crypto';
import { describeFailure } from '../../agent/loop/failure';
import { runAgent } from '../../agent/loop/run-agent';
import type { AgentTools } from '../../agent/loop/tool-calls';
import type { Provider } from '../../agent/providers/provider';
import { emptyUsage } from '../../agent/providers/usage';
import type { AppServices } from '../../agent/tools/app-services';
import type { Actor } from '../../agent/access/actor';
import type { Store } from '../store/store';
import { meterAgentProvider } from '../spend/metered-agent-provider';
import { AgentModelError } from '../ws/agent-provider';
import type { ServerEvent } from '../ws/events';

export interface ChatTurnDeps {
  store: Store;
  registry: AgentTools;
  /** The provider and model the agent talks to, decided per message (settings may change). */
  agentProvider(): Promise<{ provider: Provider; model: string }>;
  /** Running apps and minting links from the chat; without it those tools say where to do it. */
  services?: AppServices;
  maxTurns?: number;
  /** The day model lifecycles are judged on; defaults to now. Tests pin it. */
  clock?: () => Date;
}

export interface ChatTurnRequest {
  /** null starts a new conversation (announced with `conversation.created`). */
  conversationId: string | null;
  text: string;
  /** The person's IANA time zone, as their browser reports it. */
  timeZone?: string | undefined;
}

export async function* chatTurn(
  deps: ChatTurnDeps,
  actor: Actor,
  request: ChatTurnRequest,
  signal?: AbortSignal,
): AsyncGenerator<ServerEvent> {
  let conversationId = request.conversationId;
  let creating: Promise<unknown> | undefined;
  try {
    if (conversationId === null) {
      // Announced at once and saved while the agent plans: the turn's done comes only once it is durable.
      conversationId = randomUUID();
      creating = deps.store.createConversation({ workspaceId: actor.workspaceId, id: conversationId });
      creating.catch(() => {});
      yield { type: 'conversation.created', conversationId };
    }
    const { provider, model } = await deps.agentProvider();
    yield* runAgent({
      // Turns with a real provider are priced into the spend ledger; the built-in planner costs nothing.
      provider: meterAgentProvider(provider, deps.store.spend, { workspaceId: actor.workspaceId, conversationId, model }),
      model,
      registry: deps.registry,
      ctx: { store: deps.store, actor, clock: deps.clock, ...(deps.services ? { services: deps.services } : {}) },
      conversationId,
      ...(creating ? { creating } : {}),
      userMessage: request.text,
      ...(signal ? { signal } : {}),
      ...(deps.maxTurns ? { maxTurns: deps.maxTurns } : {}),
      ...(request.timeZone ? { timeZone: request.timeZone } : {}),
    });
  } catch (error) {
    // runAgent reports its own failures as events; this is creating the conversation or picking the provider.
    await creating?.catch(() => {});
    const failure = error instanceof AgentModelError ? { kind: 'unsupported' as const, message: error.message } : describeFailure(error);
    yield { type: 'error', ...failure };
    yield { type: 'done', reason: 'error', usage: emptyUsage(), outcome: 'refused', app: null };
  }
}
