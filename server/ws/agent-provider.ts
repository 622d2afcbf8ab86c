/**
 * Which provider the chat agent talks to. The built-in planner, unless AGENT_MODEL names a
 * model whose provider has its key (or base URL) configured: a directory id such as
 * "gpt-5-mini" or "gemini-3-flash-preview", or "openai-compatible:<model>" for a local server
 * (Ollama, vLLM). Decided per message, so a key saved in settings takes effect at once.
 */
import { findModel } from '../../agent/catalog';
import { resolveProvider, type ProviderSettings, type ResolvedProvider } from '../../agent/providers';
import { createPlannerProvider } from '../../agent/providers/planner';
import type { Provider, ProviderId } from '../../agent/providers/provider';

export interface AgentChoice {
  provider: Provider;
  /** Model id as the provider knows it ("planner" for the built-in planner). */
  model: string;
}

export class AgentModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

const COMPATIBLE_PREFIX = 'openai-compatible:';

export function agentProviderFrom(options: {
  /** Effective provider settings (env first, then the settings file). */
  settings: () => ProviderSettings;
  env?: NodeJS.ProcessEnv;
  /** The server's clock: the day the planner judges model lifecycles on. */
  clock?: () => Date;
}): () => Promise<AgentChoice> {
  const planner: AgentChoice = { provider: createPlannerProvider({ clock: options.clock }), model: 'planner' };
  // The same provider (and its SDK client, with its open connections) serves every message until the settings change.
  const made = new Map<ProviderId, { settings: string; resolved: ResolvedProvider }>();
  const resolve = (provider: ProviderId, settings: ProviderSettings): ResolvedProvider => {
    const key = JSON.stringify(settings);
    const known = made.get(provider);
    if (known?.settings === key) return known.resolved;
    const resolved = resolveProvider({ provider }, settings);
    made.set(provider, { settings: key, resolved });
    return resolved;
  };
  return async () => {
    const wanted = (options.env ?? process.env).AGENT_MODEL?.trim();
    if (!wanted) return planner;
    const settings = options.settings();
    if (wanted.startsWith(COMPATIBLE_PREFIX)) {
      const model = wanted.slice(COMPATIBLE_PREFIX.length).trim();
      const resolved = resolve('openai-compatible', settings);
      return resolved.ok && model ? { provider: resolved.provider, model } : planner;
    }
    const facts = findModel(wanted);
    if (facts?.kind !== 'text' || facts.capabilities.functionCalling === false) {
      throw new AgentModelError(
        `AGENT_MODEL is "${wanted}", which is not a text model with function calling in the model directory. Use an id such as "gpt-5-mini" or "gemini-3-flash-preview", "openai-compatible:<model>" for a local server, or unset it to use the built-in planner.`,
      );
    }
    // Without its key the planner answers, as on a fresh machine.
    const resolved = resolve(facts.provider, settings);
    return resolved.ok ? { provider: resolved.provider, model: facts.id } : planner;
  };
}
