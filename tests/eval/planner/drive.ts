/**
 * Drives the built-in planner through the real agent loop (agent/loop/run-agent.ts): a real
 * conversation in a real lowdb store in a temp folder (in memory-backed /dev/shm where there is
 * one: the eval judges reading, not the disk, and a fresh store per item is a dozen fsyncs), the real tool registry, the same
 * events the chat socket forwards. Every call the planner emits is also checked against its
 * tool's zod input, so an invalid call counts even when the tool refuses it politely.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { specIn } from '../../../agent/planner/conversation';
import type { AppSpec } from '../../../agent/spec/app-spec';
import { openLowdbStore } from '../../../server/store/lowdb';
import type { Store } from '../../../server/store/store';
import { runAgent } from '../../../agent/loop/run-agent';
import { createPlannerProvider } from '../../../agent/providers/planner';
import { createToolRegistry, type ToolRegistry } from '../../../agent/tools/registry';
import type { ToolContext } from '../../../agent/tools/tool';

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
  /** The run ended waiting for the person's answer to a question. */
  asked: boolean;
}

export interface EvalSession {
  registry: ToolRegistry;
  ctx: ToolContext;
  /** One user message through the agent loop, in the current conversation. */
  say(text: string): Promise<TurnLog>;
  /** Starts a fresh conversation in the same workspace (the apps stay). */
  newConversation(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The cases name models as the directory stood when they were written; judging lifecycles on
 * that day keeps a case like "use GPT-5 mini" meaningful after the model's shutdown date.
 */
export const EVAL_DAY = new Date('2026-11-25T12:00:00Z');

const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

export async function openEvalSession(): Promise<EvalSession> {
  const dir = await fs.mkdtemp(path.join(SCRATCH, 'toolwright-planner-'));
  const store: Store = await openLowdbStore({ dir });
  const registry = createToolRegistry();
  const ctx: ToolContext = { store, actor: { userId: null, workspaceId: 'default', role: 'owner' }, clock: () => EVAL_DAY };
  const provider = createPlannerProvider({ clock: () => EVAL_DAY });
  let conversationId = (await store.createConversation({ workspaceId: 'default' })).id;

  async function say(text: string): Promise<TurnLog> {
    const calls = new Map<string, CallLog>();
    let reply = '';
    let asked = false;
    for await (const event of runAgent({ provider, model: 'planner', registry, ctx, conversationId, userMessage: text })) {
      switch (event.type) {
        case 'assistant.delta':
          reply += event.text;
          break;
        case 'tool.started': {
          const valid = registry.get(event.name)?.input.safeParse(event.args).success ?? false;
          calls.set(event.callId, { name: event.name, args: event.args, valid, ok: false, summary: '', data: null });
          break;
        }
        case 'tool.finished': {
          const call = calls.get(event.callId);
          if (call) Object.assign(call, { ok: event.ok, summary: event.summary, data: event.ok ? event.data : null });
          break;
        }
        case 'error':
          reply += event.message;
          break;
        case 'done':
          asked = event.awaitingUser === true;
          break;
        default:
          break;
      }
    }
    return { calls: [...calls.values()], reply, asked };
  }

  return {
    registry,
    ctx,
    say,
    newConversation: async () => {
      conversationId = (await store.createConversation({ workspaceId: 'default' })).id;
    },
    close: async () => {
      await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The app one description builds in a fresh conversation of `session`, or null when the turn built none (it asked instead). */
export async function newAppSpec(session: EvalSession, text: string): Promise<AppSpec | null> {
  await session.newConversation();
  const turn = await session.say(text);
  const call = turn.calls.find((c) => c.name === 'create_app' && c.ok);
  return call ? specIn(call.data) : null;
}

/** The app one description builds in a fresh conversation of `session`; a turn that built none fails the caller. */
export async function builtAppSpec(session: EvalSession, text: string): Promise<AppSpec> {
  const spec = await newAppSpec(session, text);
  if (!spec) throw new Error(`No app was built for: ${text}`);
  return spec;
}
