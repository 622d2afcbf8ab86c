/**
 * MCP tool annotations (hints for hosts deciding what to confirm with a person). Viewer-level
 * tools only read; each tool that changes apps says whether it can overwrite what is there
 * (destructive) and whether repeating the same call changes nothing more (idempotent).
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { Tool } from './tool';

type WriteHints = Required<Pick<ToolAnnotations, 'destructiveHint' | 'idempotentHint'>>;

// Every change keeps the previous version (restore_app_version), but the app as it runs is
// overwritten, so replacing parts counts as destructive.
const WRITE_HINTS: Record<string, WriteHints> = {
  create_app: { destructiveHint: false, idempotentHint: false },
  update_app: { destructiveHint: true, idempotentHint: false },
  bind_model: { destructiveHint: true, idempotentHint: true },
  add_trigger: { destructiveHint: false, idempotentHint: false },
  remove_trigger: { destructiveHint: true, idempotentHint: true },
  set_access: { destructiveHint: true, idempotentHint: true },
  restore_app_version: { destructiveHint: true, idempotentHint: false },
  move_to_successor: { destructiveHint: true, idempotentHint: true },
  delete_app: { destructiveHint: true, idempotentHint: true },
  share_app_link: { destructiveHint: false, idempotentHint: false },
  execute_app: { destructiveHint: false, idempotentHint: false },
};

export class MissingAnnotationsError extends Error {
  constructor(tool: string) {
    super(`Tool "${tool}" changes apps but has no MCP annotations; add it to WRITE_HINTS in agent/tools/tool-annotations.ts.`);
    this.name = new.target.name;
  }
}

/** Tools that change nothing although they need more than the viewer role (spend is for editors up). */
const READ_ONLY = new Set(['get_spend']);

export function toolAnnotations(tool: Tool): ToolAnnotations {
  if (tool.minRole === 'viewer' || READ_ONLY.has(tool.name))
    return { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
  const hints = WRITE_HINTS[tool.name];
  if (!hints) throw new MissingAnnotationsError(tool.name);
  return { readOnlyHint: false, ...hints, openWorldHint: false };
}
