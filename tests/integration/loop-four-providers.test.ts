/**
 * Issue 4 acceptance: one build conversation through each of the four providers — the
 * built-in planner for real, and OpenAI (Responses), Gemini and an OpenAI-compatible server
 * (Chat Completions) through their loopback emulators, scripted with the tool calls an LLM
 * would make (the planner's own calls, preceded by a template search). Each ends with the
 * same validated app: a text step, an image step, a Monday-09:00 schedule with a time zone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../agent/loop/events';
import { runAgent } from '../../agent/loop/run-agent';
import { createPlannerProvider } from '../../agent/providers/planner';
import type { Provider } from '../../agent/providers/provider';
import type { AppSpec } from '../../agent/spec/app-spec';
import { parseAppSpec } from '../../agent/spec/validate-spec';
import { createToolRegistry } from '../../agent/tools/registry';
import { openLowdbStore } from '../../server/store/lowdb';
import { EMULATED_AGENTS, type ScriptedCall } from '../fixtures/loop-emulated-providers';
import { testDay } from '../fixtures/test-day';

const DESCRIPTION = 'I need a tool that drafts LinkedIn posts with a matching image every Monday at 9';
const registry = createToolRegistry();
const actor = { userId: null, workspaceId: 'default', role: 'owner' } as const;

/** Runs the conversation in a fresh store; returns the events and the app it built. */
async function build(provider: Provider, model: string): Promise<{ events: AgentEvent[]; spec: AppSpec }> {
  const dir = await mkdtemp(join(tmpdir(), 'loop-four-'));
  const store = await openLowdbStore({ dir });
  try {
    const { id } = await store.createConversation({ workspaceId: 'default' });
    const events: AgentEvent[] = [];
    for await (const event of runAgent({
      provider,
      model,
      registry,
      ctx: { store, actor, clock: testDay },
      conversationId: id,
      userMessage: DESCRIPTION,
    })) {
      events.push(event);
    }
    const slug = (await store.getConversation(id))?.appSlug;
    const app = slug ? await store.getApp(slug) : null;
    if (!app) throw new Error(`No app was built; events: ${JSON.stringify(events)}`);
    return { events, spec: app.spec };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function expectTheLinkedInApp(spec: AppSpec) {
  // Validated as the runtime would: schema plus semantic checks.
  expect(parseAppSpec(spec)).toEqual(spec);
  const kinds = spec.steps.map((s) => s.kind);
  expect(kinds).toContain('generate-text');
  expect(kinds).toContain('generate-image');
  expect(kinds.indexOf('generate-text')).toBeLessThan(kinds.indexOf('generate-image'));
  const schedule = spec.triggers.find((t) => t.kind === 'schedule');
  expect(schedule).toMatchObject({ cron: '0 9 * * 1', timezone: expect.any(String) });
  // A real IANA zone: Intl refuses unknown ones.
  expect(() => new Intl.DateTimeFormat('en', { timeZone: (schedule as { timezone: string }).timezone })).not.toThrow();
}

let plannerApp: AppSpec;
let llmTurns: ScriptedCall[][];

describe('one build conversation through each provider', () => {
  beforeAll(async () => {
    const { events, spec } = await build(createPlannerProvider(), 'planner');
    plannerApp = spec;
    const calls = events.flatMap((e) => (e.type === 'tool.started' ? [{ name: e.name, args: e.args as Record<string, unknown> }] : []));
    // What an LLM does: look for a template first, then make the same calls.
    llmTurns = [[{ name: 'list_templates', args: { query: DESCRIPTION, category: null } }], calls];
  });

  it('the built-in planner (for real)', () => {
    expectTheLinkedInApp(plannerApp);
    expect(llmTurns[1]?.map((c) => c.name)).toContain('create_app');
  });

  describe.each(EMULATED_AGENTS)('$label via its emulator', (kind) => {
    let agent: Awaited<ReturnType<typeof kind.start>>;
    beforeAll(async () => {
      agent = await kind.start({ maxRetries: 0 });
    });
    afterAll(() => agent.close());

    it('ends with the same validated app, every tool result sent back over the wire', async () => {
      agent.emulator.script(
        ...llmTurns.map((calls) => agent.toolCalls(calls)),
        agent.text('Your LinkedIn post drafter is ready; it runs every Monday at 09:00.'),
      );
      const { events, spec } = await build(agent.provider, agent.model);

      expect(events.filter((e) => e.type === 'tool.finished').every((e) => e.ok)).toBe(true);
      expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final' });
      expectTheLinkedInApp(spec);
      expect(spec).toEqual(plannerApp);

      // Three provider calls; the last one carried the create_app result back to the model.
      expect(agent.emulator.requests).toHaveLength(3);
      const lastBody = JSON.stringify(agent.emulator.requests[2]?.body);
      expect(lastBody).toContain('list_templates');
      expect(lastBody).toContain(`Created ${spec.name} as ${spec.slug}`);
      // Gemini 3 refuses a history whose function calls lost their thought signatures.
      if (agent.provider.id === 'google') expect(JSON.stringify(agent.emulator.requests[1]?.body)).toMatch(/"thoughtSignature":"sig-\d+"/);
      // The tools were offered in this provider's own format, from the same registry.
      expect(JSON.stringify(agent.emulator.requests[0]?.body)).toContain('compare_models');
    });
  });
});
