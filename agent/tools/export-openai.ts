/**
 * Tool specs as OpenAI function tools, strict mode on: the Responses API shape and the Chat
 * Completions shape (also what OpenAI-compatible servers such as Ollama or vLLM take). The
 * strict closure (every object closed, every property required) is the providers' one.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { FunctionTool } from 'openai/resources/responses/responses';
import { toStrictJsonSchema } from '../providers/strict-schema';
import type { ToolSpec } from './tool-spec';

export function toOpenAITools(specs: readonly ToolSpec[]): FunctionTool[] {
  return specs.map((s) => ({ type: 'function', name: s.name, description: s.description, parameters: toStrictJsonSchema(s.inputSchema), strict: true }));
}

export function toOpenAIChatTools(specs: readonly ToolSpec[]): ChatCompletionFunctionTool[] {
  return specs.map((s) => ({
    type: 'function',
    function: { name: s.name, description: s.description, parameters: toStrictJsonSchema(s.inputSchema), strict: true },
  }));
}
