/**
 * Tool: defined once with a zod input schema; exported to OpenAI, Gemini and MCP from that
 * one schema (see registry.ts), and called by the HTTP API and CLI through the registry.
 *
 * Tool inputs are strict-mode compatible by construction: no `.optional()`/`.default()`
 * (use `.nullable()` and apply defaults inside `run`), no `z.record`, no multi-type unions.
 */
import type { z } from 'zod';
import type { Actor } from '../access/actor';
import type { Role } from '../access/roles';
import type { AgentPorts } from '../ports/agent-ports';
import type { AppServices } from './app-services';

/** What a tool runs with: the agent's ports (storage), who is calling, and the clock. */
export interface ToolContext {
  /** Apps, conversations and audit (agent/ports); the server passes its Store, unit tests agent/ports/memory.ts. */
  store: AgentPorts;
  actor: Actor;
  signal?: AbortSignal;
  /** The day model lifecycles are judged on (shut down? deprecated?); defaults to now. Tests pin it. */
  clock?: () => Date;
  /** What the server can do for tools beyond the store (run an app, make a public link); absent over MCP stdio. */
  services?: AppServices;
}

export interface ToolResult<O = unknown> {
  /** One or two sentences for people (and the model) saying what happened. */
  summary: string;
  /** Structured result (MCP structuredContent, the HTTP API's JSON). */
  data: O;
  /** Set when the tool created or changed an app, so the UI can refresh its preview. */
  app?: {
    slug: string;
    version: number;
    /** Set when the tool deleted the app (version is its last); the loop then drops it from context. */
    deleted?: { id: string };
  };
}

export interface Tool<I extends z.ZodType = z.ZodType, O = unknown> {
  name: string;
  description: string;
  input: I;
  /** Least role allowed to call it. */
  minRole: Role;
  /**
   * MCP hints for a tool that changes apps (tool-annotations.ts): can it overwrite what is there, and
   * does repeating the same call change nothing more. Every change keeps the previous version
   * (restore_app_version), but the app as it runs is overwritten, so replacing parts counts as destructive.
   */
  writeHints?: { destructiveHint: boolean; idempotentHint: boolean };
  /** Changes nothing although it needs more than the viewer role (get_spend: spend figures are for editors up). */
  readOnly?: true;
  run(ctx: ToolContext, input: z.infer<I>): Promise<ToolResult<O>>;
}
