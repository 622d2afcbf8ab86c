/**
 * MCP tool annotations (hints for hosts deciding what to confirm with a person). Viewer-level
 * tools and those marked readOnly only read; each tool that changes apps says whether it can overwrite what is there
 * (destructive) and whether repeating the same call changes nothing more (idempotent).
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { Tool } from './tool';

export class MissingAnnotationsError extends Error {
  constructor(tool: string) {
    super(`Tool "${tool}" changes apps but has no MCP annotations; give its definition writeHints (agent/tools/tool.ts).`);
    this.name = new.target.name;
  }
}

export function toolAnnotations(tool: Tool): ToolAnnotations {
  if (tool.minRole === 'viewer' || tool.readOnly)
    return { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
  const hints = tool.writeHints;
  if (!hints) throw new MissingAnnotationsError(tool.name);
  return { readOnlyHint: false, ...hints, openWorldHint: false };
}
