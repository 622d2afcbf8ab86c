/**
 * Agent overhead: wall time per agent turn (provider call + tool runs + saving messages to a
 * real lowdb store with fsync + events) against the bare provider round-trip to an emulator that answers after a fixed
 * latency. The three are measured interleaved in one run, so they see the same machine
 * load; the medians are printed as ratios to the bare round-trip.
 *
 *   npx tsx bench/agent-overhead.ts [rounds=60] [latencyMs=20]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAgent } from '../agent/loop/run-agent';
import { createOpenAIProvider } from '../agent/providers/openai';
import { createToolRegistry } from '../agent/tools/registry';
import { openLowdbStore } from '../server/store/lowdb';
import { delay, json, responsesBody, startOpenAIEmulator } from '../tests/fixtures/openai-emulator';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export interface AgentOverhead {
  /** Median ms of one provider call made directly. */
  baselineMs: number;
  /** Median ms per provider call of a run answered with text: the loop's own bookkeeping. */
  textTurnMs: number;
  /** Median ms per provider call of a run with a tool call (list_templates) and a text answer. */
  toolTurnMs: number;
}

export async function benchAgentOverhead(rounds = 60, latencyMs = 20): Promise<AgentOverhead> {
  const emulator = await startOpenAIEmulator();
  const dir = await mkdtemp(join(tmpdir(), 'bench-agent-'));
  const store = await openLowdbStore({ dir });
  const provider = createOpenAIProvider({ apiKey: 'sk-bench', baseURL: emulator.url });
  const registry = createToolRegistry();
  const actor = { userId: null, workspaceId: 'default', role: 'owner' } as const;
  const text = () => delay(latencyMs, json(responsesBody({ text: 'Here you go.' })));
  const toolCall = () =>
    delay(latencyMs, json(responsesBody({ toolCalls: [{ name: 'list_templates', args: { category: null, query: 'linkedin posts' } }] })));

  const bare = async () => {
    emulator.script(text());
    const start = performance.now();
    await provider.chat({ model: 'gpt-5-mini', messages: [{ role: 'user', content: 'hi' }], tools: registry.specs() });
    return performance.now() - start;
  };
  /** ms per provider call of one run (a fresh conversation, so history growth does not blur it). */
  const agent = async (answers: ReturnType<typeof text>[]) => {
    emulator.script(...answers);
    const conversationId = (await store.createConversation({ workspaceId: 'default' })).id;
    const start = performance.now();
    for await (const event of runAgent({
      provider,
      model: 'gpt-5-mini',
      registry,
      ctx: { store, actor },
      conversationId,
      userMessage: 'go',
    })) {
      if (event.type === 'error') throw new Error(event.message);
    }
    return (performance.now() - start) / answers.length;
  };

  try {
    // Warm up the SDK client, the JIT and the store files.
    for (let i = 0; i < 5; i++) {
      await bare();
      await agent([toolCall(), text()]);
    }
    const samples = { baseline: [] as number[], text: [] as number[], tool: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      samples.baseline.push(await bare());
      samples.text.push(await agent([text()]));
      samples.tool.push(await agent([toolCall(), text()]));
    }
    return { baselineMs: median(samples.baseline), textTurnMs: median(samples.text), toolTurnMs: median(samples.tool) };
  } finally {
    await store.close();
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[2] ?? 60);
  const latencyMs = Number(process.argv[3] ?? 20);
  const { baselineMs, textTurnMs, toolTurnMs } = await benchAgentOverhead(rounds, latencyMs);
  const row = (label: string, ms: number) =>
    console.log(
      `  ${label.padEnd(30)} ${(ms / baselineMs).toFixed(2)}x  (${ms.toFixed(1)} ms, ${ms >= baselineMs ? '+' : ''}${(ms - baselineMs).toFixed(1)} ms)`,
    );
  console.log(`Agent overhead: ${rounds} interleaved rounds, emulator answers after ${latencyMs} ms; median per provider call.`);
  row('bare provider round-trip', baselineMs);
  row('agent turn, text answer', textTurnMs);
  row('agent turn, with a tool call', toolTurnMs);
}
