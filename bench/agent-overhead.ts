/**
 * Agent overhead: wall time per agent turn (provider call + tool runs + persisting messages
 * + events) against the bare provider round-trip to an emulator that answers after a fixed
 * latency, both measured in this run. Prints ratios, never absolute targets.
 *
 *   npx tsx bench/agent-overhead.ts [turns=60] [latencyMs=20]
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

export async function benchAgentOverhead(turns = 60, latencyMs = 20): Promise<{ ratio: number; perTurnMs: number; baselineMs: number }> {
  const emulator = await startOpenAIEmulator();
  const dir = await mkdtemp(join(tmpdir(), 'bench-agent-'));
  const store = await openLowdbStore({ dir });
  const provider = createOpenAIProvider({ apiKey: 'sk-bench', baseURL: emulator.url });
  const registry = createToolRegistry();
  const actor = { userId: null, workspaceId: 'default', role: 'owner' } as const;
  try {
    const request = { model: 'gpt-5-mini', messages: [{ role: 'user' as const, content: 'hi' }], tools: registry.specs() };
    const text = () => delay(latencyMs, json(responsesBody({ text: 'Here you go.' })));
    const toolTurn = () => delay(latencyMs, json(responsesBody({ toolCalls: [{ name: 'list_templates', args: { category: null, query: 'linkedin posts' } }] })));

    // Warm both paths (SDK client, JIT, store files) before measuring.
    emulator.script(text(), text(), toolTurn(), text());
    await provider.chat(request);
    await provider.chat(request);
    const warm = (await store.createConversation({ workspaceId: 'default' })).id;
    for await (const _ of runAgent({ provider, model: 'gpt-5-mini', registry, ctx: { store, actor }, conversationId: warm, userMessage: 'warm up' }));

    const baseline: number[] = [];
    emulator.script(...Array.from({ length: turns }, text));
    for (let i = 0; i < turns; i++) {
      const start = performance.now();
      await provider.chat(request);
      baseline.push(performance.now() - start);
    }

    // Each run is two turns: a tool call (list_templates, run and saved) and a text answer.
    const perTurn: number[] = [];
    const runs = Math.max(1, Math.floor(turns / 2));
    emulator.script(...Array.from({ length: runs }, () => [toolTurn(), text()]).flat());
    for (let i = 0; i < runs; i++) {
      // A fresh conversation per run, so history growth does not blur the per-turn cost.
      const conversationId = (await store.createConversation({ workspaceId: 'default' })).id;
      const start = performance.now();
      for await (const event of runAgent({ provider, model: 'gpt-5-mini', registry, ctx: { store, actor }, conversationId, userMessage: `message ${i}` })) {
        if (event.type === 'error') throw new Error(event.message);
      }
      perTurn.push((performance.now() - start) / 2);
    }

    const baselineMs = median(baseline);
    const perTurnMs = median(perTurn);
    return { ratio: perTurnMs / baselineMs, perTurnMs, baselineMs };
  } finally {
    await store.close();
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const turns = Number(process.argv[2] ?? 60);
  const latencyMs = Number(process.argv[3] ?? 20);
  const { ratio, perTurnMs, baselineMs } = await benchAgentOverhead(turns, latencyMs);
  console.log(`agent overhead (${turns} turns, emulator latency ${latencyMs} ms, median per turn)`);
  console.log(`  bare provider round-trip : 1.00x  (${baselineMs.toFixed(1)} ms)`);
  console.log(`  agent loop per turn      : ${ratio.toFixed(2)}x  (${perTurnMs.toFixed(1)} ms; +${(perTurnMs - baselineMs).toFixed(1)} ms for tools, store writes, events)`);
}
