/**
 * A field of the open app changed in place, through the chat: made required or optional ("mark
 * email as required"), given another type ("make deal size a number", "stage should be a
 * dropdown: new, won, lost"), a new field placed where asked ("after email") and given the type
 * said for it ("a date field called follow up", "an email opt-in checkbox"). Each is one
 * replace_input (or add_input) on the app in hand; nothing is added in its place.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEvalSession, type EvalSession } from '../eval/planner/drive';
import { BASE_APPS } from '../eval/follow-ups/base-apps';

let session: EvalSession;
beforeEach(async () => {
  session = await openEvalSession();
});
afterEach(async () => {
  await session.close();
});

async function changesAfter(app: keyof typeof BASE_APPS, text: string): Promise<{ calls: string[]; changes: unknown[]; reply: string }> {
  await session.say(BASE_APPS[app]);
  const turn = await session.say(text);
  const update = turn.calls.find((c) => c.name === 'update_app');
  return {
    calls: turn.calls.map((c) => c.name),
    changes: (update?.args as { changes?: unknown[] } | undefined)?.changes ?? [],
    reply: turn.reply,
  };
}

describe('a field changed in place', () => {
  it.each([
    ['crm', 'mark email as required', 'email', true],
    ['crm', 'phone... no, the email field must be mandatory', 'email', true],
  ] as const)('%s: "%s" makes %s required', async (app, text, name, required) => {
    const { changes } = await changesAfter(app, text);
    expect(changes).toEqual([expect.objectContaining({ op: 'replace_input', name, field: expect.objectContaining({ name, required }) })]);
  });

  it.each([
    ['crm', 'add a placeholder like "Jane Doe" to the name field', 'name', 'e.g. Jane Doe'],
    ['crm', 'the email field needs a hint: work address only', 'email', 'work address only'],
    ['crm', "set the help text of stage to 'where the deal is'", 'stage', 'where the deal is'],
    ['support', 'give the message field a description: paste the whole email', 'message', 'paste the whole email'],
  ] as const)('%s: "%s" gives %s the help text "%s", and adds no field', async (app, text, name, help) => {
    const { changes } = await changesAfter(app, text);
    expect(changes).toEqual([expect.objectContaining({ op: 'replace_input', name, field: expect.objectContaining({ name, help }) })]);
  });

  it.each([
    ['make deal size a number', 'Deal size is now a number field.'],
    ['stage should be a dropdown: new, won, lost', 'Stage is now a choice field and offers new, won, lost.'],
    ['mark email as required', 'Email is now required.'],
    ['add a placeholder like "Jane Doe" to the name field', 'Name shows the hint "e.g. Jane Doe".'],
  ])('says what "%s" changed in words', async (text, said) => {
    expect((await changesAfter('crm', text)).reply).toContain(said);
  });

  it('says so when the field already is as asked, and changes nothing', async () => {
    const { calls, reply } = await changesAfter('crm', 'the company field should be optional');
    expect(calls).toEqual([]);
    expect(reply).toContain('Company is already optional.');
  });

  it.each([
    ['crm', 'make deal size a number', 'dealSize', 'number', null, 'salesLeads'],
    ['crm', 'stage should be a dropdown: new, contacted, won, lost', 'stage', 'select', ['new', 'contacted', 'won', 'lost'], 'salesLeads'],
    ['support', 'turn the message field into a text field', 'message', 'text', null, 'tickets'],
  ] as const)('%s: "%s" makes %s a %s field, and its column in the table', async (app, text, name, type, options, table) => {
    const { changes } = await changesAfter(app, text);
    const field = expect.objectContaining({ name, type, ...(options ? { options } : {}) });
    expect(changes).toEqual([
      expect.objectContaining({ op: 'replace_input', name, field }),
      { op: 'replace_collection_field', collection: table, name, field },
    ]);
  });

  it('asks for the choices of a dropdown said without them', async () => {
    const { calls, reply } = await changesAfter('crm', 'make stage a dropdown');
    expect(calls).toEqual([]);
    expect(reply).toContain('Which choices should Stage offer?');
  });

  it('adds no field named after the change ("make the message field required")', async () => {
    const { changes } = await changesAfter('support', 'make the message field optional');
    expect(changes).not.toContainEqual(expect.objectContaining({ op: 'add_input' }));
  });

  it('puts a new field where it is asked for ("after email")', async () => {
    const { changes } = await changesAfter('support', 'add an order id field after email');
    expect(changes).toContainEqual(
      expect.objectContaining({ op: 'add_input', field: expect.objectContaining({ name: 'orderId' }), after: 'customerEmail' }),
    );
  });

  it.each([
    ['digest', 'add a "max items" number input', 'maxItems', 'number'],
    ['crm', 'put an email opt-in checkbox on the form', 'emailOptIn', 'boolean'],
    ['crm', 'add a date field called follow up', 'followUp', 'date'],
    ['crm', 'add a phone number field', 'phoneNumber', 'text'],
  ] as const)('%s: "%s" adds %s as a %s field', async (app, text, name, type) => {
    const { changes } = await changesAfter(app, text);
    expect(changes).toContainEqual(expect.objectContaining({ op: 'add_input', field: expect.objectContaining({ name, type }) }));
  });
});
