/** Tool specs as Gemini function declarations, via `parametersJsonSchema` (JSON Schema as is; exclusive with `parameters`). */
import type { FunctionDeclaration } from '@google/genai';
import type { ToolSpec } from './tool-spec';

export function toGeminiDeclarations(specs: readonly ToolSpec[]): FunctionDeclaration[] {
  return specs.map((s) => ({ name: s.name, description: s.description, parametersJsonSchema: s.inputSchema }));
}
