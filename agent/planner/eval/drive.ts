/**
 * Drives the planner through whole turns against the real tool registry and a real lowdb
 * store in a temp folder. It uses agent/loop's turn reading (nextStep) and tool running
 * (runToolCalls) but none of its saving or events, so the eval, its test and the benchmark
 * need no conversation in the store. Every call the planner emits is checked against its
 * tool's zod input before it runs.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openLowdbStore } from '../../../server/store/lowdb';
import type { Store } from '../../../server/store/store';
import { DEFAULT_MAX_TURNS } from '../../loop/run-agent';
import { nextStep } from '../../loop/step';
import { runToolCalls } from '../../loop/tool-calls';
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
    const [outcome] = await runToolCalls(registry, [call], ctx);
    const { ok, summary } = outcome!.event;
    messages.push(outcome!.message);
    return { name: call.name, args: call.args, valid, ok, summary, data: ok ? outcome!.event.data : null };
  }

  async function say(text: string): Promise<TurnLog> {
    messages.push({ role: 'user', content: text });
    const calls: CallLog[] = [];
    for (let turn = 0; turn < DEFAULT_MAX_TURNS; turn++) {
      const step = nextStep(await provider.chat({ model: 'planner', messages: [...messages], tools: registry.specs() }));
      if (step.type !== 'run-tools') {
        messages.push({ role: 'assistant', content: step.text });
        return { calls, reply: step.text };
      }
      messages.push({ role: 'assistant', content: step.text, toolCalls: step.calls });
      // Sequential, as the planner plans them; the loop would run one turn's calls in parallel.
      for (const call of step.calls) calls.push(await runCall(call));
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
