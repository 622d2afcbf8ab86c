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

/** How many words go in one streamed piece of a reply. */
const WORDS_PER_DELTA = 4;

/** The reply in pieces of a few words, as a model streams it; joined they are the reply exactly. */
function streamWords(text: string, onTextDelta: (text: string) => void): void {
  const words = text.split(/(?<=\s)/);
  for (let i = 0; i < words.length; i += WORDS_PER_DELTA) onTextDelta(words.slice(i, i + WORDS_PER_DELTA).join(''));
}

export function createPlannerProvider(_config: ProviderConfig = {}): Provider {
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
      });
      const result = fromResponse(action, request);
      if (options?.onTextDelta) for (const part of result.content) if (part.type === 'text') streamWords(part.text, options.onTextDelta);
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
