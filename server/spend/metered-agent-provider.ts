/**
 * The builder agent's own turns in the spend ledger: wraps the agent's provider so every chat
 * turn with a real provider lands as a row (counts as the provider reported them, priced from
 * the model directory). The built-in planner costs nothing and leaves no row. A ledger write
 * that fails fails the turn, as a failed message write does: spend is never silently lost.
 */
import { randomUUID } from 'node:crypto';
import { estimateCost, findModel, getCatalog } from '../../agent/catalog/index';
import type { Provider } from '../../agent/providers/provider';
import type { Usage } from '../../agent/providers/usage';
import type { SpendEntry, SpendLedger } from '../../agent/ports/spend';

export interface AgentTurnContext {
  workspaceId: string;
  conversationId: string;
  /** The model id the agent talks to, as the provider knows it. */
  model: string;
}

export function agentTurnEntry(provider: Provider['id'], usage: Usage, turn: AgentTurnContext, at: Date): SpendEntry {
  const facts = findModel(turn.model);
  const cost = facts
    ? estimateCost(facts, {
        inputTokens: usage.inputTokens,
        cachedInputTokens: usage.cachedInputTokens,
        outputTokens: usage.outputTokens,
        imageInputTokens: usage.imageInputTokens,
      }).total
    : 0;
  return {
    id: randomUUID(),
    workspaceId: turn.workspaceId,
    at: at.toISOString(),
    source: 'agent',
    appId: null,
    appSlug: null,
    runId: null,
    stepId: null,
    conversationId: turn.conversationId,
    model: facts?.id ?? turn.model,
    provider,
    inputTokens: usage.inputTokens,
    cachedInputTokens: usage.cachedInputTokens,
    outputTokens: usage.outputTokens,
    imageInputTokens: usage.imageInputTokens,
    images: usage.images,
    costUsd: cost,
    basis: 'reported',
    dryRun: false,
    pricesAsOf: facts ? getCatalog().asOf : null,
  };
}

export function meterAgentProvider(
  provider: Provider,
  ledger: SpendLedger,
  turn: AgentTurnContext,
  now: () => Date = () => new Date(),
): Provider {
  if (provider.id === 'planner') return provider;
  return {
    id: provider.id,
    generate: (request, options) => provider.generate(request, options),
    preview: (request, options) => provider.preview(request, options),
    async chat(request, options) {
      const result = await provider.chat(request, options);
      await ledger.record([agentTurnEntry(provider.id, result.usage, turn, now())]);
      return result;
    },
  };
}
