/**
 * How tool calls and tool results cross the wire: arguments as JSON strings (OpenAI
 * Responses and Chat Completions), results as text (OpenAI) or an object (Gemini).
 * One definition so every adapter agrees.
 */
import type { ChatMessage } from './messages';

/** Parses model-written arguments; invalid JSON is kept so the loop can tell the model. */
export function parseToolArguments(raw: string): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch {
    return { __invalidJson: raw };
  }
}

/** Arguments as the model originally wrote them, for replaying history. */
export function stringifyToolArguments(args: unknown): string {
  if (typeof args === 'object' && args !== null && '__invalidJson' in args) return String(args.__invalidJson);
  return JSON.stringify(args ?? {});
}

/** A tool result as Gemini reads it: `{ output }`, or `{ error }` when the tool failed (the keys its docs name). */
export function toolResultPayload(message: Extract<ChatMessage, { role: 'tool' }>): Record<string, unknown> {
  return message.isError ? { error: message.result } : { output: message.result };
}

/** The same result as the string OpenAI's function_call_output / tool message carries. */
export function toolResultText(message: Extract<ChatMessage, { role: 'tool' }>): string {
  if (!message.isError && typeof message.result === 'string') return message.result;
  return JSON.stringify(message.isError ? { error: message.result } : (message.result ?? null));
}
