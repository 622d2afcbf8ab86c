/**
 * Provider: one interface for the agent (a chat turn that may return tool calls) and for
 * the runtime (text, structured output, image, image edit). Each adapter file
 * (openai.ts, gemini.ts, openai-compatible.ts, planner.ts) implements it.
 */
import type { AgentContext } from './agent-context';
import type { ChatMessage, ContentPart, FinishReason, ToolSpec } from './messages';
import type { Usage } from './usage';

export type ProviderId = 'openai' | 'google' | 'openai-compatible' | 'planner';

export interface CallOptions {
  /** Cancels the in-flight HTTP request. */
  signal?: AbortSignal;
  /**
   * Asks for a streamed answer: called with each piece of answer text as it arrives, in
   * order. The call still resolves with the whole result, usage taken from the final chunk.
   * A stream that breaks after text arrived is not retried (the text would repeat): it
   * rejects with a ProviderError saying so, and the caller keeps what it was given.
   */
  onTextDelta?: (text: string) => void;
}

export interface ChatRequest {
  /** Model id as the provider knows it. */
  model: string;
  system?: string;
  messages: ChatMessage[];
  tools: ToolSpec[];
  /** The app in context, as data (the system prompt only repeats it in words for real models). */
  context?: AgentContext;
  thinkingLevel?: 'minimal' | 'low' | 'medium' | 'high';
  temperature?: number;
}

/** What a runtime step asks of a model. */
export type GenerateRequest =
  | { kind: 'text'; model: string; prompt: string; system?: string; temperature?: number; thinkingLevel?: ChatRequest['thinkingLevel'] }
  | {
      kind: 'structured';
      model: string;
      prompt: string;
      system?: string;
      /** JSON Schema of the object to return (closed, every property required). */
      schema: Record<string, unknown>;
      schemaName: string;
      temperature?: number;
    }
  | { kind: 'image'; model: string; prompt: string; quality: 'low' | 'medium' | 'high'; size: string }
  | {
      kind: 'image-edit';
      model: string;
      prompt: string;
      image: { mimeType: string; base64: string; filename: string };
      quality: 'low' | 'medium' | 'high';
      size: string;
    };

/** Exactly what would go on the wire: shown by dry runs, kept with real runs. */
export interface WireRequest {
  method: 'POST';
  /** Path relative to the provider's base URL, e.g. `/responses`. */
  path: string;
  /** The JSON body (multipart bodies are shown as their fields, images as byte counts). */
  body: unknown;
}

export interface ProviderResult {
  content: ContentPart[];
  /** Parsed object for `structured` requests. */
  object?: unknown;
  finishReason: FinishReason;
  usage: Usage;
  request: WireRequest;
  warnings: string[];
}

export interface Provider {
  readonly id: ProviderId;
  /** One agent turn. */
  chat(request: ChatRequest, options?: CallOptions): Promise<ProviderResult>;
  /** One runtime step. */
  generate(request: GenerateRequest, options?: CallOptions): Promise<ProviderResult>;
  /** The wire request `generate` would send, without sending it (dry runs); `stream`: as it goes when streamed. */
  preview(request: GenerateRequest, options?: { stream?: boolean }): WireRequest;
}

export interface ProviderConfig {
  apiKey?: string;
  baseURL?: string;
  /** Per-request timeout; a slower answer becomes a `timeout` ProviderError. */
  timeoutMs?: number;
  /** Retries for 429/5xx/timeouts, with exponential backoff honouring Retry-After. */
  maxRetries?: number;
  /**
   * Milliseconds to wait before retry number `retry` (1-based), given the provider's
   * Retry-After in ms (null when it sent none). Default: retry.ts `defaultRetryDelay`.
   * Injectable so tests need not sleep.
   */
  retryDelay?: (retry: number, retryAfterMs: number | null) => number;
  /** The day model lifecycles are judged on (default: now); the built-in planner binds a shut-down model's successor by it. */
  clock?: () => Date;
}

export type ProviderFactory = (config: ProviderConfig) => Provider;
