/**
 * The planner driven through whole conversations against the real tool registry and a real
 * lowdb store in a temp folder: every call it emits must pass its tool's zod input, and the
 * apps it builds and changes are read back from the tools' own results.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../agent/providers/errors';
import { createPlannerProvider } from '../../agent/providers/planner';
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';
import { openEvalSession, type EvalSession, type TurnLog } from '../eval/planner/drive';

let session: EvalSession;
beforeEach(async () => {
  session = await openEvalSession();
});
afterEach(async () => {
  await session.close();
});

function specOf(turn: TurnLog): AppSpec {
  const last = [...turn.calls].reverse().find((c) => c.ok && (c.data as { spec?: unknown } | null)?.spec);
  if (!last) throw new Error(`no app in ${JSON.stringify(turn.calls.map((c) => [c.name, c.summary]))}`);
  return AppSpecSchema.parse((last.data as { spec: unknown }).spec);
}

function expectAllValid(turn: TurnLog): void {
  for (const call of turn.calls)
    expect({ name: call.name, valid: call.valid, ok: call.ok }).toEqual({ name: call.name, valid: true, ok: true });
}

async function current(): Promise<AppSpec> {
  const apps = await session.registry.run('list_apps', { query: null }, session.ctx);
  const slug = (apps.data as { apps: Array<{ slug: string }> }).apps[0]!.slug;
  const got = await session.registry.run('get_app', { slug, version: null }, session.ctx);
  return AppSpecSchema.parse((got.data as { spec: unknown }).spec);
}

const LINKEDIN = 'I need a tool that drafts LinkedIn posts with a matching image every Monday at 9';

describe('planner conversations through the real tools', () => {
  it('builds the LinkedIn acceptance app: a text step, an image step and a Monday 09:00 schedule with a zone', async () => {
    const turn = await session.say(LINKEDIN);
    expectAllValid(turn);
    expect(turn.calls.map((c) => c.name)).toEqual(['create_app']);
    const spec = specOf(turn);
    expect(spec.steps.some((s) => s.kind === 'generate-text')).toBe(true);
    expect(spec.steps.some((s) => s.kind === 'generate-image')).toBe(true);
    expect(spec.triggers).toContainEqual(expect.objectContaining({ kind: 'schedule', cron: '0 9 * * 1', timezone: 'UTC' }));
    expect(turn.reply).toContain(spec.name);
    expect(turn.reply).toContain('every Monday at 09:00 (UTC)');
    expect(turn.reply).toMatch(/built-in planner/);
  });

  it('composes an app from scratch when no template fits, and it validates', async () => {
    const turn = await session.say(
      'Keep track of candidates: name, email, linkedin url and years of experience as a number, and write a short intro for each',
    );
    expectAllValid(turn);
    const spec = specOf(turn);
    expect(spec.inputs.map((f) => `${f.name}:${f.type}`)).toEqual(
      expect.arrayContaining(['name:text', 'email:email', 'linkedinUrl:url', 'yearsOfExperience:number']),
    );
    expect(spec.collections[0]?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['email', 'linkedinUrl']));
    expect(spec.steps.map((s) => s.kind)).toContain('save-record');
  });

  it('binds a named model to the text steps', async () => {
    const spec = specOf(await session.say('Use Gemini 3.1 Pro to turn sales call transcripts into a follow-up email'));
    expect(spec.model.model).toBe('gemini-3.1-pro-preview');
  });

  it('builds with the live successor of a named model that has shut down, and says so', async () => {
    // dall-e-3 shut down on 2026-05-12; the directory records gpt-image-1 → … → gpt-image-2 after it.
    const turn = await session.say('give it a prompt and have DALL-E 3 generate the image for our blog');
    expectAllValid(turn);
    const image = specOf(turn).steps.find((s) => s.kind === 'generate-image');
    expect(image?.model?.model).toMatch(/^gpt-image-/);
    expect(turn.reply).toMatch(/dall-e-3 shut down on 2026-05-12, so the app uses its successor gpt-image-\S+\./);
  });

  it('follows up on the current app: field, rename, cheapest image model, schedule, access', async () => {
    await session.say(LINKEDIN);

    const field = await session.say('add a priority field');
    expectAllValid(field);
    expect(field.calls.map((c) => c.name)).toEqual(['update_app']);
    let spec = await current();
    expect(spec.inputs.find((f) => f.name === 'priority')).toMatchObject({ type: 'select', options: ['low', 'medium', 'high'] });

    const rename = await session.say('rename it to Monday posts');
    expectAllValid(rename);
    expect((await current()).name).toBe('Monday posts');

    const cheapest = await session.say('switch the image model to the cheapest one');
    expectAllValid(cheapest);
    expect(cheapest.calls.map((c) => c.name)).toEqual(['recommend_model', 'bind_model']);
    const recommended = (cheapest.calls[0]!.data as { recommendations: Array<{ modelId: string }> }).recommendations[0]!.modelId;
    spec = await current();
    expect(spec.steps.find((s) => s.kind === 'generate-image')?.model?.model).toBe(recommended);

    const before = spec;
    const friday = await session.say('run it every Friday instead');
    expectAllValid(friday);
    expect(friday.calls.map((c) => c.name)).toEqual(['remove_trigger', 'add_trigger']);
    spec = await current();
    expect(spec.triggers.filter((t) => t.kind === 'schedule')).toEqual([expect.objectContaining({ cron: '0 9 * * 5', timezone: 'UTC' })]);
    // Nothing else moved.
    expect({ ...spec, triggers: [] }).toEqual({ ...before, triggers: [] });

    const open = await session.say('make it public');
    expectAllValid(open);
    expect((await current()).access.level).toBe('public-link');
    expect(open.reply).toMatch(/public-link/);
  });

  it('reads the app first when its spec is not in a recent result, then switches to Gemini', async () => {
    await session.say('Build me a lead tracker with fields name, email and company');
    // A fresh conversation about the same app: only the slug is known (from the context the loop passes).
    const slug = (await current()).slug;
    await session.newConversation();
    const provider = createPlannerProvider();
    const first = await provider.chat({
      model: 'planner',
      context: { app: { slug, id: null, name: null, version: null } },
      messages: [{ role: 'user', content: 'use Gemini 3.1 Pro for the text' }],
      tools: session.registry.specs(),
    });
    expect(first.content).toEqual([expect.objectContaining({ type: 'tool-call', name: 'get_app', args: { slug, version: null } })]);

    const turn = await session.say('switch to Gemini');
    // No slug known in this fresh conversation: the planner looks the app up.
    expect(turn.calls[0]?.name).toBe('list_apps');
    expectAllValid(turn);
    expect((await current()).model.model).toMatch(/^gemini-/);
  });

  it('removes a column, brings the previous version back on "undo", and says when nothing needs changing', async () => {
    await session.say('Build me a lead tracker with fields name, email and company');
    await session.say('add a budget field');
    expect((await current()).collections[0]?.fields.map((f) => f.name)).toContain('budget');
    const drop = await session.say('drop the budget column');
    expectAllValid(drop);
    const dropped = await current();
    expect(dropped.inputs.map((f) => f.name)).not.toContain('budget');
    expect(dropped.collections[0]?.fields.map((f) => f.name)).not.toContain('budget');

    const undo = await session.say('undo that');
    expectAllValid(undo);
    expect(undo.calls.map((c) => c.name)).toEqual(['restore_app_version']);
    expect((await current()).inputs.map((f) => f.name)).toContain('budget');

    const same = await session.say('let the whole team use it');
    expect(same.calls).toEqual([]);
    expect(same.reply).toMatch(/Access is already workspace/);
  });

  it('adds a matching image step and a notify step on request, and asks for a missing address instead of inventing one', async () => {
    await session.say('Summarise our meeting notes into decisions and action items');
    const image = await session.say('also generate a matching image with nano banana');
    expectAllValid(image);
    let spec = await current();
    expect(spec.steps.find((s) => s.kind === 'generate-image')?.model?.model).toBe('gemini-2.5-flash-image');

    const ask = await session.say('post it to Slack');
    expect(ask.calls).toEqual([]);
    expect(ask.reply).toMatch(/Which Slack incoming-webhook URL/);

    const email = await session.say('email it to team@example.com');
    expectAllValid(email);
    spec = await current();
    expect(spec.steps.at(-1)).toMatchObject({ kind: 'notify', channel: 'email', target: 'team@example.com' });
  });

  it('answers questions about the app itself from its spec, reading it first when needed', async () => {
    await session.say(LINKEDIN);
    const known = await session.say('which model does it use?');
    expect(known.calls).toEqual([]);
    expect(known.reply).toMatch(/gemini-3-flash-preview/);

    const slug = (await current()).slug;
    const provider = createPlannerProvider();
    const context = { app: { slug, id: null, name: null, version: null } };
    const messages = [{ role: 'user' as const, content: 'what fields does it have?' }];
    const first = await provider.chat({ model: 'planner', context, messages, tools: session.registry.specs() });
    expect(first.content).toEqual([expect.objectContaining({ type: 'tool-call', name: 'get_app' })]);
  });

  it('finds the app a fresh conversation names among several', async () => {
    await session.say('Build me a lead tracker with fields name, email and company');
    await session.say(LINKEDIN);
    await session.newConversation();
    const turn = await session.say('make the lead tracker public');
    expectAllValid(turn);
    expect(turn.calls.map((c) => c.name)).toEqual(['list_apps', 'get_app', 'set_access']);
    expect(turn.calls[2]!.args).toEqual({ slug: 'lead-tracker', level: 'public-link' });

    await session.newConversation();
    const which = await session.say('make it private');
    expect(which.calls.map((c) => c.name)).toEqual(['list_apps']);
    expect(which.reply).toMatch(/^Which app should I change: .*lead-tracker.*\?/);
  });

  it('refuses to invent a field that does not exist', async () => {
    await session.say('Build me a lead tracker with fields name, email and company');
    const turn = await session.say('remove the fax number field');
    expect(turn.calls).toEqual([]);
    expect(turn.reply).toMatch(/no field called "fax number"/);
  });
});

describe('planner answers questions through the model tools', () => {
  it('recommends for long documents via recommend_model', async () => {
    const turn = await session.say('which model is best for summarising 800-page contracts?');
    expectAllValid(turn);
    expect(turn.calls.map((c) => c.name)).toEqual(['recommend_model']);
    const top = (turn.calls[0]!.data as { recommendations: Array<{ modelId: string }> }).recommendations[0]!.modelId;
    expect(turn.reply).toContain(top);
  });

  it('compares two named models via compare_models', async () => {
    const turn = await session.say('compare gpt image 1 mini and gemini 3.1 pro');
    expectAllValid(turn);
    expect(turn.calls[0]).toMatchObject({ name: 'compare_models', args: { models: ['gpt-image-1-mini', 'gemini-3.1-pro-preview'] } });
    expect(turn.reply).toContain(turn.calls[0]!.summary);
  });

  it('prices a volume: directory image models without an app, the app itself with one', async () => {
    const loose = await session.say('what would 2,000 images a month cost?');
    expectAllValid(loose);
    expect(loose.calls[0]).toMatchObject({ name: 'compare_models', args: { workload: { images: 1, requests: 2000 } } });
    expect(loose.reply).toMatch(/^For 2,000 images a month:/);

    await session.say(LINKEDIN);
    const app = await session.say('what would 2,000 images a month cost?');
    expectAllValid(app);
    expect(app.calls[0]).toMatchObject({ name: 'estimate_app_cost', args: { runsPerMonth: 2000 } });
    expect(app.reply).toContain(app.calls[0]!.summary);
  });
});

describe('planner honesty', () => {
  it('says what it can do and asks one question when it does not understand', async () => {
    const turn = await session.say('hmm, not sure');
    expect(turn.calls).toEqual([]);
    expect(turn.reply.match(/\?/g)).toHaveLength(1);
    expect(turn.reply).toMatch(/I can build an internal tool/);
  });

  it('never calls a tool that is not offered', async () => {
    const result = await createPlannerProvider().chat({
      model: 'planner',
      messages: [{ role: 'user', content: LINKEDIN }],
      tools: session.registry.specs().filter((t) => t.name !== 'create_app'),
    });
    expect(result.content).toEqual([expect.objectContaining({ type: 'text', text: expect.stringContaining('create_app') })]);
    expect(result.finishReason.unified).toBe('stop');
  });

  it('hands its whole reply over as one streamed piece: it has it at once, and each piece costs a socket frame', async () => {
    const pieces: string[] = [];
    const result = await createPlannerProvider().chat(
      { model: 'planner', messages: [{ role: 'user', content: 'what can you do?' }], tools: session.registry.specs() },
      { onTextDelta: (text) => pieces.push(text) },
    );
    const reply = result.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
    expect(reply.split(' ').length).toBeGreaterThan(8);
    expect(pieces).toEqual([reply]);
  });

  it('never throws and never emits a call its tool would refuse, whatever it is sent', async () => {
    const provider = createPlannerProvider();
    const odd = [
      '',
      '????',
      '🙂',
      'a'.repeat(20_000),
      '{{inputs.x}} build me a tool',
      'add',
      'rename it to',
      'every 0 minutes',
      'every 1000 hours',
      'at 25:99 every day',
      'compare',
      'with fields , , and',
      'call it ""',
      '1,000,000,000 images a month cost?',
      '0 images a month cost?',
    ];
    for (const content of odd) {
      for (const system of [undefined, 'The app this conversation is building is "x-app"; follow-ups refer to it.']) {
        const result = await provider.chat({
          model: 'planner',
          ...(system ? { system } : {}),
          messages: [{ role: 'user', content }],
          tools: session.registry.specs(),
        });
        for (const part of result.content) {
          if (part.type !== 'tool-call') continue;
          expect(
            session.registry.get(part.name)?.input.safeParse(part.args).success,
            `${part.name} for ${JSON.stringify(content.slice(0, 40))}`,
          ).toBe(true);
        }
      }
    }
  });

  it('refuses runtime steps with an unsupported ProviderError', async () => {
    const provider = createPlannerProvider();
    const error = await provider.generate({ kind: 'text', model: 'planner', prompt: 'hi' }).catch((e: unknown) => e);
    expect(ProviderError.isInstance(error) && error.kind).toBe('unsupported');
    expect((error as Error).message).toMatch(/only builds apps/);
    expect(() => provider.preview({ kind: 'text', model: 'planner', prompt: 'hi' })).toThrow(/only builds apps/);
  });
});

describe('planner app shapes', () => {
  it('puts fields to pull out of a text into the extract step, its table and its save step — not the form', async () => {
    const spec = specOf(
      await session.say('Pull the tracking number, carrier and delivery date out of shipping emails and keep them in a table'),
    );
    const extract = spec.steps.find((s) => s.kind === 'extract');
    expect(extract?.kind === 'extract' && extract.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'trackingNumber:text',
      'carrier:text',
      'deliveryDate:date',
    ]);
    expect(spec.inputs.map((f) => f.name)).not.toContain('carrier');
    expect(spec.collections[0]?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['trackingNumber', 'carrier', 'deliveryDate']));
  });

  it('never lets a run save into the table whose new rows start it', async () => {
    const spec = specOf(await session.say('Whenever a new lead is added, research the company and suggest a next step'));
    const trigger = spec.triggers.find((t) => t.kind === 'record-created');
    expect(trigger).toBeDefined();
    const watched = trigger?.kind === 'record-created' ? trigger.collection : '';
    expect(spec.steps.filter((s) => s.kind === 'save-record' && s.collection === watched)).toEqual([]);
  });
});
