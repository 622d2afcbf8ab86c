/**
 * Follow-ups change the app in this conversation, through the real chat socket and the
 * built-in planner: every follow-up of issue 12 item 4, each asserting what changed in the
 * stored app, that the turn's `done` names it, and that no new app appeared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredApp } from '../../server/store/records';
import { connectChat, type ChatClient, type Turn } from '../fixtures/chat-client';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const DESCRIPTION = 'I need a tool that writes a short product description from a product name and its key features';

describe('follow-ups over the chat socket', () => {
  let t: TestServer;
  let chat: ChatClient;
  let slug: string;

  const app = async (): Promise<StoredApp> => {
    const stored = await t.store.getApp(slug);
    if (!stored) throw new Error(`${slug} is gone`);
    return stored;
  };
  const appCount = async () => (await t.store.listApps()).length;

  /** Says `text`; checks no app appeared and the turn names the app; returns the turn and the app before and after. */
  async function followUp(text: string, outcome: Turn['done']['outcome']) {
    const before = await app();
    const count = await appCount();
    const turn = await chat.say(text);
    expect(await appCount()).toBe(count);
    expect(turn.done).toMatchObject({ type: 'done', reason: 'final', outcome, app: { slug, id: before.id } });
    return { turn, before, after: await app() };
  }

  beforeAll(async () => {
    t = await startTestServer();
    chat = await connectChat(t.url);
    const built = await chat.say(DESCRIPTION);
    expect(built.done).toMatchObject({ outcome: 'built', app: { slug: expect.any(String), id: expect.any(String) } });
    slug = built.done.app!.slug;
    expect(await appCount()).toBe(1);
  });
  afterAll(async () => {
    chat.close();
    await t.close();
  });

  it('adds, renames and removes a field', async () => {
    const added = await followUp('add a priority field (low, medium, high)', 'changed');
    expect(added.after.version).toBe(added.before.version + 1);
    expect(added.after.spec.inputs).toContainEqual(
      expect.objectContaining({ name: 'priority', type: 'select', options: ['low', 'medium', 'high'] }),
    );

    const renamed = await followUp('rename the priority field to urgency', 'changed');
    expect(renamed.after.spec.inputs.map((f) => f.name)).toEqual(expect.arrayContaining(['urgency']));
    expect(renamed.after.spec.inputs.map((f) => f.name)).not.toContain('priority');

    const removed = await followUp('remove the urgency field', 'changed');
    expect(removed.after.spec.inputs.map((f) => f.name)).not.toContain('urgency');
    expect(removed.after.spec.inputs).toHaveLength(removed.before.spec.inputs.length - 1);
  });

  it('changes the schedule to every day at 9 in a named zone, then removes it', async () => {
    const set = await followUp('run it every day at 9 in Europe/Berlin instead', 'changed');
    expect(set.after.spec.triggers).toContainEqual(
      expect.objectContaining({ kind: 'schedule', cron: '0 9 * * *', timezone: 'Europe/Berlin' }),
    );

    const moved = await followUp('every Friday at 4pm instead', 'changed');
    const schedules = moved.after.spec.triggers.filter((tr) => tr.kind === 'schedule');
    expect(schedules).toEqual([expect.objectContaining({ cron: '0 16 * * 5', timezone: 'Europe/Berlin' })]);

    const stopped = await followUp('stop the schedule', 'changed');
    expect(stopped.after.spec.triggers.some((tr) => tr.kind === 'schedule')).toBe(false);
  });

  it('starts it when an email arrives (the mail fills from, subject and text), then stops that', async () => {
    const started = await followUp('start it when an email arrives', 'changed');
    expect(started.after.spec.triggers).toContainEqual({ kind: 'email' });
    const names = started.after.spec.inputs.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['from', 'subject', 'text']));
    // The first AI step is handed the message, or a mail would reach no model.
    const step = started.after.spec.steps.find((s) => 'prompt' in s);
    expect(step && 'prompt' in step ? step.prompt : '').toContain('{{inputs.text}}');

    const stopped = await followUp("don't start it from emails any more", 'changed');
    expect(stopped.after.spec.triggers.some((tr) => tr.kind === 'email')).toBe(false);
  });

  it('switches the model of the whole app, then of one step', async () => {
    const whole = await followUp('switch to gemini 3.1 pro', 'changed');
    expect(whole.after.spec.model.model).toBe('gemini-3.1-pro-preview');

    const step = whole.after.spec.steps.find((s) => s.kind === 'generate-text')!;
    const one = await followUp(`use gpt-5-mini for the ${step.id} step`, 'changed');
    expect(one.after.spec.steps.find((s) => s.id === step.id)?.model?.model).toBe('gpt-5-mini');
    // The app default stays as it was.
    expect(one.after.spec.model.model).toBe('gemini-3.1-pro-preview');
  });

  it('gives the public link (making the app public), and the link opens the app', async () => {
    const shared = await followUp('give me the public link', 'changed');
    expect(shared.after.spec.access.level).toBe('public-link');
    const url = /http:\/\/127\.0\.0\.1:\d+\/p\/(twp_[\w-]+)/.exec(shared.turn.text);
    expect(url, shared.turn.text).not.toBeNull();
    const opened = await t.api('GET', `/api/public/${url![1]}`);
    expect(opened.status).toBe(200);
    expect(opened.body.app.name).toBe(shared.after.spec.name);

    // Asking again while it is already public hands out a link without a new version.
    const again = await followUp('what is the public link?', 'answered');
    expect(again.after.version).toBe(again.before.version);
    expect(again.turn.text).toMatch(/\/p\/twp_/);

    // "Make it public" after it was made private again answers with a link too.
    const closed = await followUp('make it private', 'changed');
    expect(closed.after.spec.access.level).toBe('private');
    expect((await t.api('GET', `/api/public/${url![1]}`)).status).toBe(404);
    const opened2 = await followUp('make it public', 'changed');
    expect(opened2.turn.tools).toEqual(['set_access']);
    expect(opened2.after.spec.access.level).toBe('public-link');
    expect(opened2.turn.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/p\/twp_/);
  });

  it('undoes the last change by restoring the version before it', async () => {
    await followUp('add a tone field', 'changed');
    const undo = await followUp('undo that', 'changed');
    const previous = await t.store.getAppVersion(slug, undo.before.version - 1);
    expect(undo.turn.tools).toEqual(['restore_app_version']);
    expect(undo.after.version).toBe(undo.before.version + 1);
    expect(undo.after.spec).toEqual(previous?.spec);
    expect(undo.after.spec.inputs.map((f) => f.name)).not.toContain('tone');
  });

  it('tells the writing step how to write ("make the descriptions punchier"), says the words added, and undoes it', async () => {
    const told = await followUp('make the descriptions punchier and keep them under 80 words', 'changed');
    const prompt = (spec: StoredApp['spec']) => spec.steps.flatMap((s) => ('prompt' in s && s.kind === 'generate-text' ? [s.prompt] : []));
    expect(told.turn.tools).toEqual(['update_app']);
    expect(prompt(told.after.spec).join('\n')).toMatch(/Make the descriptions punchier and keep them under 80 words\.$/);
    expect(told.turn.text).toContain('prompt now ends: "Make the descriptions punchier and keep them under 80 words."');
    expect(told.after.spec.inputs).toEqual(told.before.spec.inputs);

    const undone = await followUp('undo that', 'changed');
    expect(prompt(undone.after.spec)).toEqual(prompt(told.before.spec));
  });

  it('runs it: a dry run without keys, stored with the app', async () => {
    const ran = await followUp('run it', 'answered');
    expect(ran.turn.tools).toEqual(['execute_app']);
    expect(ran.turn.text).toMatch(/^Dry run of /);
    const runs = await t.store.listRuns(ran.after.id);
    expect(runs.items[0]).toMatchObject({ status: 'dry-run', appVersion: ran.after.version });
    expect(ran.after.version).toBe(ran.before.version);
  });

  it('runs it on the values said in the message, not on examples', async () => {
    const ran = await followUp('try it on this product: "Trail mug, double-walled steel, keeps coffee hot for 6 hours"', 'answered');
    expect(ran.turn.tools).toEqual(['execute_app']);
    const [latest] = (await t.store.listRuns(ran.after.id)).items;
    const run = await t.store.getRun(latest!.id);
    expect(Object.values(run!.inputs)).toContain('Trail mug, double-walled steel, keeps coffee hot for 6 hours');
  });

  it('answers what it costs per run and per month at 500 a week', async () => {
    const perRun = await followUp('what does it cost per run?', 'answered');
    expect(perRun.turn.tools).toEqual(['estimate_app_cost']);
    expect(perRun.turn.text).toMatch(/\$[\d.]+ per run/);

    const perMonth = await followUp('what does it cost per month at 500 a week?', 'answered');
    const call = perMonth.turn.events.find((e) => e.type === 'tool.started');
    expect(call).toMatchObject({ name: 'estimate_app_cost', args: { slug, runsPerMonth: 2167 } });
    expect(perMonth.turn.text).toMatch(/a month at 2,167 runs/);
  });

  it('says whether a model is still available', async () => {
    const status = await followUp('is gpt-5-mini still available?', 'answered');
    expect(status.turn.tools).toEqual(['model_status']);
    // The test day is 2026-11-25: deprecated, shutting down on 2026-12-11.
    expect(status.turn.text).toMatch(/still available: deprecated, shuts down on 2026-12-11/);
  });

  it('changes an app named in a fresh conversation instead of building a new one', async () => {
    const name = (await app()).spec.name;
    const fresh = await connectChat(t.url);
    const count = await appCount();
    const turn = await fresh.say(`change ${name} to run every day at 9 in Europe/Berlin`);
    fresh.close();
    expect(await appCount()).toBe(count);
    expect(turn.done).toMatchObject({ outcome: 'changed', app: { slug } });
    expect((await app()).spec.triggers).toContainEqual(
      expect.objectContaining({ kind: 'schedule', cron: '0 9 * * *', timezone: 'Europe/Berlin' }),
    );
  });

  it('asks before deleting the app, keeps it on "no", deletes it on "yes" (audited)', async () => {
    const asked = await followUp('delete this app', 'asked');
    expect(asked.turn.done.awaitingUser).toBe(true);
    expect(asked.turn.tools).toEqual([]);
    expect(asked.turn.text).toMatch(/yes or no\?$/);

    await followUp('no', 'answered');
    expect(await t.store.getApp(slug)).not.toBeNull();

    await followUp('delete this app', 'asked');
    const count = await appCount();
    const id = (await app()).id;
    const yes = await chat.say('yes');
    expect(yes.done).toMatchObject({ outcome: 'changed', app: { slug, id, deleted: true } });
    expect(yes.events).toContainEqual({ type: 'app.deleted', slug, id });
    expect(await t.store.getApp(slug)).toBeNull();
    expect(await appCount()).toBe(count - 1);
    const audit = await t.store.listAudit('default');
    expect(audit).toContainEqual(expect.objectContaining({ action: 'app.delete', target: slug }));
  });
});
