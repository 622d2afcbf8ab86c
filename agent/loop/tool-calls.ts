/**
 * Runs the tool calls of one turn through the registry, in parallel. Two tiers of failure
 * (STYLE 7): bad arguments, capability refusals and anything else a tool throws go back to the
 * model as an `isError` tool result it can act on; only infrastructure faults (the store is
 * down or corrupt) escape and end the run.
 */
import type { ChatMessage, ToolCallPart, ToolSpec } from '../providers/messages';
import type { ToolContext, ToolResult } from '../tools/tool';
import { errorOutcome } from '../errors/outcomes';
import type { AgentEvent } from './events';

/** What the loop needs of the tool registry (agent/tools/registry.ts satisfies it). */
export interface AgentTools {
  specs(): ToolSpec[];
  /** Validates `rawInput` with the tool's zod schema, checks the role, runs the tool. */
  run(name: string, rawInput: unknown, ctx: ToolContext): Promise<ToolResult>;
}

type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;
type ToolFinishedEvent = Extract<AgentEvent, { type: 'tool.finished' }>;

export interface ToolCallOutcome {
  message: ToolMessage;
  event: ToolFinishedEvent;
  app?: ToolResult['app'];
}

async function runToolCall(tools: AgentTools, call: ToolCallPart, ctx: ToolContext): Promise<ToolCallOutcome> {
  const base = { toolCallId: call.id, toolName: call.name };
  try {
    const result = await tools.run(call.name, call.args, ctx);
    return {
      message: { role: 'tool', ...base, result: { summary: result.summary, data: result.data } },
      event: { type: 'tool.finished', callId: call.id, name: call.name, ok: true, summary: result.summary, data: result.data },
      ...(result.app ? { app: result.app } : {}),
    };
  } catch (error) {
    if (errorOutcome(error)?.fault) throw error;
    const sentence = error instanceof Error ? error.message : String(error);
    return {
      message: { role: 'tool', ...base, result: { error: sentence }, isError: true },
      event: { type: 'tool.finished', callId: call.id, name: call.name, ok: false, summary: sentence },
    };
  }
}

/** Outcomes in the order of `calls`, whatever order they finished in. */
export function runToolCalls(tools: AgentTools, calls: ToolCallPart[], ctx: ToolContext): Promise<ToolCallOutcome[]> {
  return Promise.all(calls.map((call) => runToolCall(tools, call, ctx)));
}
