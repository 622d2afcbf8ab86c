/**
 * The built-in planner as a Provider: deterministic, no network. `chat` reads the
 * conversation and the offered tools and returns the tool calls (or text) an LLM would;
 * the understanding lives in agent/planner/. It only builds apps: runtime steps
 * (`generate`, `preview`) are refused with a sentence saying how to get a real model.
 * Same sections as the other adapters: toRequest, fromResponse, mapFinishReason, mapUsage, mapError.
 */
import { noteOnce } from '../planner/note-once';
import { planTurn } from '../planner/plan-turn';
import type { PlannerAction } from '../planner/action';
import { listTemplates } from '../templates/catalogue';
import { ProviderError } from './errors';
import type { ContentPart, FinishReason } from './messages';
import type { CallOptions, ChatRequest, Provider, ProviderConfig, ProviderResult, WireRequest } from './provider';
import { emptyUsage, type Usage } from './usage';

const UNSUPPORTED =
  'The built-in planner only builds apps; it cannot run app steps. Bind the step to an OpenAI or Gemini model and set its API key (or an OpenAI-compatible base URL, e.g. Ollama) to run it.';

/** What the planner "sent": nothing leaves the process, so the request is the turn's own input. */
function toRequest(request: ChatRequest): WireRequest {
  const last = [...request.messages].reverse().find((m) => m.role === 'user');
  return {
    method: 'POST',
    path: '/planner/chat',
    body: {
      model: request.model,
      lastUserMessage: last?.content ?? null,
      messages: request.messages.length,
      tools: request.tools.map((t) => t.name),
    },
  };
}

/** Call ids are unique within a conversation: the turn's position, then the call's. */
function fromResponse(action: PlannerAction, request: ChatRequest): ProviderResult {
  const content: ContentPart[] =
    action.kind === 'reply'
      ? [{ type: 'text', text: noteOnce(action.text, request.messages) }]
      : action.calls.map((c, i) => ({ type: 'tool-call', id: `planner_${request.messages.length}_${i}`, name: c.name, args: c.args }));
  return { content, finishReason: mapFinishReason(action), usage: mapUsage(), request: toRequest(request), warnings: [] };
}

function mapFinishReason(action: PlannerAction): FinishReason {
  return action.kind === 'reply' ? { unified: 'stop', raw: 'stop' } : { unified: 'tool-calls', raw: 'tool_calls' };
}

/** Nothing is billed: the planner uses no model. */
function mapUsage(): Usage {
  return emptyUsage();
}

function mapError(): ProviderError {
  return new ProviderError({ kind: 'unsupported', provider: 'planner', message: UNSUPPORTED });
}

export function createPlannerProvider(config: ProviderConfig = {}): Provider {
  return {
    id: 'planner',
    async chat(request: ChatRequest, options?: CallOptions): Promise<ProviderResult> {
      options?.signal?.throwIfAborted();
      const action = planTurn({
        messages: request.messages,
        app: request.context?.app ?? null,
        timeZone: request.context?.timeZone ?? null,
        tools: new Set(request.tools.map((t) => t.name)),
        templates: listTemplates(),
        now: config.clock?.() ?? new Date(),
      });
      const result = fromResponse(action, request);
      // The whole reply exists at once: it goes out as one piece. Cut into pieces it would still
      // arrive in one tick, only as dozens of socket frames to encode, send and parse.
      if (options?.onTextDelta) for (const part of result.content) if (part.type === 'text') options.onTextDelta(part.text);
      return result;
    },
    async generate(): Promise<ProviderResult> {
      throw mapError();
    },
    preview(): WireRequest {
      throw mapError();
    },
  };
}
