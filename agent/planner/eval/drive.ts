/**
 * Drives the planner through whole turns against the real tool registry and a real lowdb
 * store in a temp folder — the same loop shape as agent/loop, kept here so the eval, its
 * test and the benchmark need nothing but the planner and the tools. Every call the planner
 * emits is checked against its tool's zod input before it runs.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openLowdbStore } from '../../../server/store/lowdb';
import type { Store } from '../../../server/store/store';
import type { ChatMessage, ToolCallPart } from '../../providers/messages';
import { createPlannerProvider } from '../../providers/planner';
import { createToolRegistry, type ToolRegistry } from '../../tools/registry';
import type { ToolContext } from '../../tools/tool';

export interface CallLog {
  name: string;
  args: unknown;
  /** The args passed the tool's zod input schema. */
  valid: boolean;
  ok: boolean;
  summary: string;
  data: unknown;
}

export interface TurnLog {
  calls: CallLog[];
  reply: string;
}

export interface EvalSession {
  registry: ToolRegistry;
  ctx: ToolContext;
  messages: ChatMessage[];
  say(text: string): Promise<TurnLog>;
  close(): Promise<void>;
}

export const MAX_TURNS = 8;

/**
 * The cases name models as the directory stood when they were written; judging lifecycles on
 * that day keeps a case like "use GPT-5 mini" meaningful after the model's shutdown date.
 */
export const EVAL_DAY = new Date('2026-11-25T12:00:00Z');

export async function openEvalSession(): Promise<EvalSession> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'toolwright-planner-'));
  const store: Store = await openLowdbStore({ dir });
  const registry = createToolRegistry();
  const ctx: ToolContext = { store, actor: { userId: null, workspaceId: 'default', role: 'owner' }, clock: () => EVAL_DAY };
  const provider = createPlannerProvider();
  const messages: ChatMessage[] = [];

  async function runCall(call: ToolCallPart): Promise<CallLog> {
    const valid = registry.get(call.name)?.input.safeParse(call.args).success ?? false;
    try {
      const result = await registry.run(call.name, call.args, ctx);
      messages.push({ role: 'tool', toolCallId: call.id, toolName: call.name, result: { summary: result.summary, data: result.data } });
      return { name: call.name, args: call.args, valid, ok: true, summary: result.summary, data: result.data };
    } catch (error) {
      const sentence = error instanceof Error ? error.message : String(error);
      messages.push({ role: 'tool', toolCallId: call.id, toolName: call.name, result: { error: sentence }, isError: true });
      return { name: call.name, args: call.args, valid, ok: false, summary: sentence, data: null };
    }
  }

  async function say(text: string): Promise<TurnLog> {
    messages.push({ role: 'user', content: text });
    const calls: CallLog[] = [];
    for (let turn = 0; turn < MAX_TURNS; turn++) {
      const result = await provider.chat({ model: 'planner', messages: [...messages], tools: registry.specs() });
      const toolCalls = result.content.filter((p): p is ToolCallPart => p.type === 'tool-call');
      const reply = result.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
      messages.push(toolCalls.length > 0 ? { role: 'assistant', content: reply, toolCalls } : { role: 'assistant', content: reply });
      if (toolCalls.length === 0) return { calls, reply };
      // Sequential, as the planner plans them; the loop would run one turn's calls in parallel.
      for (const call of toolCalls) calls.push(await runCall(call));
    }
    return { calls, reply: '' };
  }

  return {
    registry,
    ctx,
    messages,
    say,
    close: async () => {
      await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
