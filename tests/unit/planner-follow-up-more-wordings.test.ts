/**
 * Follow-ups in wordings the rules missed before a newly sourced batch of follow-ups was read
 * (dev only; each case here is our own wording of the same kind of ask): a field sent away by
 * "have … removed", renamed by pronoun or "show … as", placed "and put it right after …"; the app
 * renamed with a name said later or after a dash; a family of models wished as who does the work;
 * the model left behind "instead of"; everyone given access; a terse "delete app"; a run "on demand".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFollowUp } from '../../agent/planner/follow-ups';
import { detectIntent } from '../../agent/planner/intent';
import { openEvalSession, type EvalSession } from '../eval/planner/drive';
import { BASE_APPS } from '../eval/follow-ups/base-apps';

const crm = ['name', 'company', 'email', 'dealSize', 'stage'].map((name) => ({
  name,
  label: name.replace(/([A-Z])/g, ' $1').toLowerCase(),
}));
const support = ['customerName', 'customerEmail', 'message', 'tone'].map((name) => ({
  name,
  label: name.replace(/([A-Z])/g, ' $1').toLowerCase(),
}));
const ops = (text: string, fields = crm) =>
  parseFollowUp(text, { fields }).map((e) => (e.op === 'model' && e.wish.kind === 'named' ? { op: 'model', model: e.wish.model.id } : e));

describe('fields', () => {
  it.each([
    ['each lead should also have a budget, optional, and place it right after the company field', 'budget', 'company'],
    ['need a renewal date on every lead so nothing slips', 'renewalDate', undefined],
    ['let me choose which region the company is in', 'region', undefined],
  ])('"%s" adds %s', (text, name, after) => {
    expect(ops(text)).toEqual([{ op: 'add-fields', fields: [expect.objectContaining({ name })], ...(after ? { after } : {}) }]);
  });

  it.each([
    ['could you have the tone taken out', 'tone'],
    ['i want the tone field gone', 'tone'],
  ])('"%s" removes %s and adds nothing', (text, words) => {
    expect(ops(text, support)).toEqual([{ op: 'remove-field', words, column: false }]);
  });

  it.each([
    ['the "company" label is confusing, can I change it to say Client?', 'company', 'Client'],
    ['could you display company as "Organisation"?', 'company', 'Organisation'],
    ['rename the stage column in the leads table to Pipeline stage', 'stage', 'Pipeline stage'],
  ])('"%s" renames %s to %s', (text, words, to) => {
    expect(ops(text)).toEqual([{ op: 'rename-field', words, to }]);
  });

  it('reads a new name holding a currency as a rename, not a cost question', () => {
    expect(detectIntent('the "deal size" heading is vague, can we edit it to read Budget (EUR)?', { hasCurrentApp: true })).not.toBe(
      'cost-question',
    );
  });
});

describe('the app renamed', () => {
  it.each([
    "change the application's name to Lead Board",
    'small typo in the app name - should be Lead Board',
    "can we rename this? I'd want it called Lead Board",
  ])('"%s"', (text) => {
    expect(ops(text)).toEqual([{ op: 'rename-app', name: 'Lead Board' }]);
  });
});

describe('models and access', () => {
  it.each([
    ['could we have gemini draft the replies?', 'google'],
    ['gpt has a cheaper tier, can the replies be done with that instead', 'openai'],
  ])('"%s" switches to the %s family', (text, provider) => {
    expect(ops(text, support)).toEqual([{ op: 'model', wish: { kind: 'family', provider, role: 'text' } }]);
  });

  it.each([
    ['swap the replies to gpt-40 please', 'gpt-4o'],
    ['use gpt-4o-mini instead of gpt-4o, it is cheaper', 'gpt-4o-mini'],
  ])('"%s" binds %s', (text, model) => {
    expect(ops(text, support)).toEqual([{ op: 'model', model }]);
    expect(detectIntent(text, { hasCurrentApp: true })).not.toBe('cost-question');
  });

  it.each([
    ['open it to everybody', 'public-link'],
    ["people won't need a sign-in for it", 'public-link'],
    ['all the staff should have access', 'workspace'],
  ])('"%s" sets access to %s', (text, level) => {
    expect(ops(text)).toEqual([{ op: 'access', level }]);
  });
});

describe('through the chat', () => {
  let session: EvalSession;
  beforeEach(async () => {
    session = await openEvalSession();
  });
  afterEach(async () => {
    await session.close();
  });

  it('asks to delete on a terse "delete app"', async () => {
    await session.say(BASE_APPS.photo);
    const turn = await session.say("we're finished with it, delete app");
    expect(turn.reply).toMatch(/yes or no\?$/);
  });

  it('runs it "on demand rather than waiting"', async () => {
    await session.say(BASE_APPS.digest);
    const turn = await session.say('run it on demand rather than waiting for the timer');
    expect(turn.calls.map((c) => c.name)).toEqual(['execute_app']);
  });
});
