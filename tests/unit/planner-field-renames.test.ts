/**
 * Renaming a field in the words people use, through the chat with the real tools: "rename X to
 * Y", "call the X field Y" and "rename the X field to Y" rename that field of the app in context
 * and make no new app; "rename <the app's name> to Y" renames the app. A new name with regex
 * characters in it is taken as written. Wording written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';
import { openEvalSession, type EvalSession } from '../eval/planner/drive';

let session: EvalSession;
beforeEach(async () => {
  session = await openEvalSession();
  const built = await session.say('A log of our delivery vans: plate, driver, odometer reading and next inspection date.');
  expect(built.calls.map((c) => c.name)).toEqual(['create_app']);
});
afterEach(async () => {
  await session.close();
});

async function apps(): Promise<AppSpec[]> {
  const listed = await session.registry.run('list_apps', { query: null }, session.ctx);
  const slugs = (listed.data as { apps: Array<{ slug: string }> }).apps.map((a) => a.slug);
  return Promise.all(
    slugs.map(async (slug) => {
      const got = await session.registry.run('get_app', { slug, version: null }, session.ctx);
      return AppSpecSchema.parse((got.data as { spec: unknown }).spec);
    }),
  );
}

describe('renaming a field of the app in context', () => {
  it.each([
    ['rename driver to assigned driver', 'assignedDriver', 'Assigned driver'],
    ["call the driver field 'assigned driver'", 'assignedDriver', 'Assigned driver'],
    ['please rename the driver column to courier', 'courier', 'Courier'],
    ['rename the driver field to a+(b', 'aB', 'A+(b'],
  ])('%s', async (message, name, label) => {
    const turn = await session.say(message);
    expect(turn.calls.map((c) => [c.name, c.ok])).toEqual([['update_app', true]]);
    const [app, ...others] = await apps();
    expect(others).toEqual([]);
    expect(app!.inputs.map((f) => f.name)).not.toContain('driver');
    expect(app!.inputs.find((f) => f.name === name)?.label).toBe(label);
  });

  it('renames the app when the old name is the app’s', async () => {
    const [before] = await apps();
    const turn = await session.say(`rename ${before!.name} to Fleet book`);
    expect(turn.calls.map((c) => [c.name, c.ok])).toEqual([['update_app', true]]);
    const [app, ...others] = await apps();
    expect(others).toEqual([]);
    expect(app!.name).toBe('Fleet book');
    expect(app!.inputs.map((f) => f.name)).toEqual(before!.inputs.map((f) => f.name));
  });
});

describe('"rename … to …" with no app open', () => {
  it('describes a tool that renames things, not a change', async () => {
    const fresh = await openEvalSession();
    try {
      const turn = await fresh.say('Rename the scanned receipts I upload to the shop name and purchase date.');
      expect(turn.calls.map((c) => c.name)).toContain('create_app');
    } finally {
      await fresh.close();
    }
  });
});
