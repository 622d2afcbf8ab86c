/**
 * A tool's result as MCP carries it: `structuredContent` for programs, and readable text (the
 * summary, then the same data as JSON for clients that only show text).
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolResult } from '../tools/tool';

/** structuredContent must be a JSON object; arrays and scalars are wrapped. */
function asObject(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : { result: data };
}

export function toCallToolResult(result: ToolResult): CallToolResult {
  const structuredContent = asObject(result.data);
  return {
    content: [{ type: 'text', text: `${result.summary}\n\n${JSON.stringify(structuredContent, null, 2)}` }],
    structuredContent,
  };
}

/** A refusal or failure the client's model can read and act on (not a protocol error). */
export function toErrorResult(error: unknown): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: error instanceof Error ? error.message : String(error) }] };
}
