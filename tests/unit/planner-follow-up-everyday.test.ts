/**
 * Follow-ups on an open app said the everyday way, through the chat: a test copy or a try "before
 * I commit", a delete naming the app by its head word, a rename put as "can it be called …", a
 * link asked in one short clause of a longer message, a cost asked among remarks, a new tool
 * after "next", and fields wished for ("come with a star rating", "give each item a priority,
 * low/medium/high", "pick a tone: casual, formal or playful"), removed ("the tone dropdown can go"),
 * renamed ("stage → Pipeline stage") and the app renamed in passing ("make it Ticket Helper").
 * Each turn is judged by the tool it called and what it asked for.
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

/** The calls of the follow-up `text` said after the base app was built, as `name args`. */
async function callsAfter(app: keyof typeof BASE_APPS, text: string): Promise<{ name: string; args: unknown }[]> {
  await session.say(BASE_APPS[app]);
  const turn = await session.say(text);
  return turn.calls.map((c) => ({ name: c.name, args: c.args }));
}

describe('follow-ups in everyday words', () => {
  it.each([
    ['digest', 'could you send me a test copy of the digest?'],
    ['photo', 'after I upload a pic can I just try it now with one of my shots?'],
    ['support', "let's see it in action"],
    ['support', 'show me what it produces'],
    ['digest', 'can you do a quick test with some fake feedback'],
    ['support', 'I want to see a sample reply'],
    ['digest', "can you send this week's digest right away"],
    ['support', 'try it on this ticket: "my order arrived broken"'],
    ['digest', 'could you kick off a run so I can check the output?'],
    ['photo', 'process this image please'],
    ['crm', 'run a quick check'],
    ['digest', "i want to see what this week's digest looks like"],
    ['support', 'answer this one for me: "Where\'s my order #123?"'],
    ['photo', 'here you go, write the listing for this'],
    ['digest', 'ok run the digest for last week'],
    ['crm', 'add a lead: Jane Doe, Acme, jane@acme.com, 5000, new'],
    ['support', 'can you draft a response to a customer complaining about a late delivery'],
    ['photo', 'do one for a blue ceramic mug'],
  ] as const)('%s: "%s" runs the app', async (app, text) => {
    expect((await callsAfter(app, text)).map((c) => c.name)).toEqual(['execute_app']);
  });

  it('asks to delete the app named by the last word of its name, "for real"', async () => {
    await session.say(BASE_APPS.digest);
    const turn = await session.say('please just delete the digest for real');
    expect(turn.calls).toEqual([]);
    expect(turn.reply).toMatch(/yes or no\?$/);
  });

  it.each([
    ['crm', 'the name is confusing people. can it be called Deal Desk', 'Deal Desk'],
    ['support', 'the app name is still the default one, I want it to say Help Desk', 'Help Desk'],
    ['digest', 'rename to Monday Pulse', 'Monday Pulse'],
    ['digest', 'title it Feedback Roundup', 'Feedback Roundup'],
    ['digest', 'give it the name Feedback Friday', 'Feedback Friday'],
    ['digest', 'can you rename it? Customer Pulse', 'Customer Pulse'],
    ['support', "I don't love the name. make it Ticket Helper", 'Ticket Helper'],
    ['digest', 'Let\'s go with "Weekly Pulse" as the name', 'Weekly Pulse'],
    ['support', 'name: Support Copilot', 'Support Copilot'],
    ['crm', 'how about Deal Desk for the title?', 'Deal Desk'],
    ['crm', 'rename the whole thing to Lead Inbox', 'Lead Inbox'],
    ['crm', 'Renaming: Lead Tracker Pro', 'Lead Tracker Pro'],
    ['digest', 'change the title from Weekly news and feedback digest to Team Pulse', 'Team Pulse'],
    ['crm', 'change the name of the app to Pulse', 'Pulse'],
    ['support', 'I think "Support reply drafter" is a bit long, maybe just "Replies"?', 'Replies'],
    ['digest', 'the name doesn\'t fit anymore since we also cover sales feedback. "Feedback digest" works', 'Feedback digest'],
    ['photo', 'Could you give it a catchier name? Something like Listing Wizard', 'Listing Wizard'],
  ] as const)('%s: "%s" renames the app', async (app, text, name) => {
    const calls = await callsAfter(app, text);
    expect(calls).toMatchObject([{ name: 'update_app', args: { changes: [{ op: 'rename', name }] } }]);
  });

  it('answers a link asked in one short clause of a longer message', async () => {
    const calls = await callsAfter('support', 'alright it seems to work now. where is the app link, my manager wants it');
    expect(calls.map((c) => c.name)).toEqual(['share_app_link']);
  });

  it('prices the app when the cost is asked among remarks', async () => {
    const calls = await callsAfter('photo', 'what would a month of this cost roughly? ballpark is ok');
    expect(calls.map((c) => c.name)).toEqual(['estimate_app_cost']);
  });

  it('builds a new tool introduced with "next"', async () => {
    const calls = await callsAfter('photo', 'next, we need a tool that logs every van repair with its date and cost');
    expect(calls.map((c) => c.name)).toContain('create_app');
  });

  it.each([
    ['digest', 'it would be great if each entry could come with a sentiment score', 'sentimentScore', null],
    ['digest', 'give each item a severity, minor/major/blocker', 'severity', ['minor', 'major', 'blocker']],
    ['support', 'when a ticket closes I want to record the resolution time - minutes is fine', 'resolutionTime', null],
    ['crm', 'can leads have a region next to the company?', 'region', null],
    ['photo', 'let me type the color', 'color', null],
    ['photo', 'can I also enter a target price?', 'targetPrice', null],
    ['photo', 'add a field where I paste the SKU', 'sku', null],
    ['photo', 'include the condition (new, used, refurbished)', 'condition', ['new', 'used', 'refurbished']],
    ['photo', 'let the user pick a tone: casual, formal or playful', 'tone', ['casual', 'formal', 'playful']],
    ['crm', "i'd like to also choose a region: north, south, east or west", 'region', ['north', 'south', 'east', 'west']],
    ['support', "we also want to know which plan they're on - free, pro or enterprise", 'plan', ['free', 'pro', 'enterprise']],
    ['crm', "oh and we forgot the lead's website", 'website', null],
    ['photo', 'allow uploading a second photo too', 'secondPhoto', null],
    ['photo', "also let me say what platform it's for (etsy, ebay, amazon)", 'platform', ['etsy', 'ebay', 'amazon']],
    ['crm', "hmm, can you add 'source' as a dropdown with web, referral, event", 'source', ['web', 'referral', 'event']],
    ['crm', "Each lead should have a 'Lost reason' if we lose them", 'lostReason', null],
    ['crm', "is it possible to also have a field for the lead's budget?", 'budget', null],
    ['support', "could tickets also record which product they're about?", 'product', null],
    ['crm', "I'd love a notes section for each lead", 'notes', null],
    ['digest', 'can it also take a list of links?', 'links', null],
    ['support', 'also the order number please', 'orderNumber', null],
    ['crm', 'can each lead get a rating from 1 to 5?', 'rating', null],
  ] as const)('%s: "%s" adds %s', async (app, text, name, options) => {
    const calls = await callsAfter(app, text);
    const [update] = calls;
    expect(update?.name).toBe('update_app');
    expect((update!.args as { changes: unknown[] }).changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ op: 'add_input', field: expect.objectContaining({ name, ...(options ? { options } : {}) }) }),
      ]),
    );
  });

  it.each([
    ['crm', 'no need to track email', 'email'],
    ['support', 'the tone dropdown can go', 'tone'],
    ['crm', "we're not using stage, take it out", 'stage'],
    ['crm', 'remove both the company and email fields', 'email'],
    ['crm', 'get rid of deal size and stage', 'dealSize'],
    ['crm', 'drop company, email and stage', 'stage'],
  ] as const)('%s: "%s" removes %s', async (app, text, name) => {
    const calls = await callsAfter(app, text);
    expect(calls.map((c) => c.name)).toEqual(['update_app']);
    expect((calls[0]!.args as { changes: unknown[] }).changes).toContainEqual({ op: 'remove_input', name });
  });

  it('removes the email field asked no more for, and leaves the triggers alone', async () => {
    const calls = await callsAfter('crm', 'stop asking for email please');
    expect(calls.map((c) => c.name)).toEqual(['update_app']);
    expect((calls[0]!.args as { changes: unknown[] }).changes).toContainEqual({ op: 'remove_input', name: 'email' });
  });

  it.each([
    ['support', 'change customerEmail to just Email', 'customerEmail', 'Email'],
    ['crm', "the 'deal size' label should be 'Deal value'", 'dealSize', 'Deal value'],
    ['crm', 'stage → Pipeline stage', 'stage', 'Pipeline stage'],
    ['crm', 'change the name from Deal size to Amount', 'dealSize', 'Amount'],
  ] as const)('%s: "%s" renames %s', async (app, text, from, label) => {
    const calls = await callsAfter(app, text);
    expect(calls).toMatchObject([{ name: 'update_app', args: { changes: [{ op: 'rename_input', from, label }] } }]);
  });

  it('adds no field for a remark on one ("the name field is too long")', async () => {
    expect(await callsAfter('crm', 'the name field is too long, make it shorter')).toEqual([]);
  });

  it.each([
    'get rid of the weekly timer',
    "we don't want it to run by itself anymore",
    'cancel the monday thing',
    'no more weekly emails please',
  ])('"%s" stops the schedule', async (text) => {
    const calls = await callsAfter('digest', text);
    expect(calls).toMatchObject([{ name: 'remove_trigger', args: { kind: 'schedule' } }]);
  });

  it.each([
    ['digest', 'make the digest viewable by the whole internet'],
    ['crm', "does it have to be private? I'd like to open it"],
    ['photo', 'put it on the web so our resellers can use it'],
    ['digest', 'can I make a public version for the newsletter subscribers?'],
  ] as const)('%s: "%s" makes it public', async (app, text) => {
    expect(await callsAfter(app, text)).toMatchObject([{ name: 'set_access', args: { level: 'public-link' } }]);
  });

  it.each([
    ['crm', 'only I should be able to see this', 'private'],
    ['digest', 'let the marketing team use it too', 'workspace'],
  ] as const)('%s: "%s" sets access to %s', async (app, text, level) => {
    await session.say(BASE_APPS[app]);
    // The base apps start in the workspace: open them first, so going private is a change.
    if (level === 'private') await session.say('make it public');
    const turn = await session.say(text);
    expect(turn.calls).toMatchObject([{ name: 'set_access', args: { level } }]);
  });

  it('goes back as many versions as said ("undo the last two changes")', async () => {
    await session.say(BASE_APPS.crm);
    await session.say('add a notes field');
    await session.say('add a phone field');
    const turn = await session.say('undo the last two changes');
    expect(turn.calls).toMatchObject([{ name: 'restore_app_version', args: { version: 1 } }]);
  });

  it('builds a new tool asked as "another one"', async () => {
    const calls = await callsAfter('digest', 'another one please - every friday, summarize our github issues');
    expect(calls.map((c) => c.name)).toContain('create_app');
  });

  it('binds the model to the step named by a form of its title ("the drafting step" for "Draft the reply")', async () => {
    const calls = await callsAfter('support', 'switch the drafting step to gpt-4o-mini');
    expect(calls).toMatchObject([{ name: 'bind_model', args: { model: 'gpt-4o-mini', step: 'reply' } }]);
  });

  it('reads "a model that\'s better with images" as a model wish, not an image step', async () => {
    const names = (await callsAfter('photo', "use a model that's better with images")).map((c) => c.name);
    expect(names).toContain('bind_model');
    expect(names).not.toContain('update_app');
  });

  it('asks to delete the app doubted by its head word, then deleted by pronoun', async () => {
    await session.say(BASE_APPS.digest);
    const turn = await session.say("I don't need this digest anymore, delete it");
    expect(turn.calls).toEqual([]);
    expect(turn.reply).toMatch(/yes or no\?$/);
  });

  it.each([
    ['digest', 'stop the scheduel', 'remove_trigger'],
    ['support', 'swich to gpt 4o mini', 'bind_model'],
    ['photo', 'make it publc', 'set_access'],
    ['crm', 'renmae the app to Leads', 'update_app'],
    ['crm', 'make it avaliable to the team', 'set_access'],
    ['digest', 'is gpt4o still avalable', 'model_status'],
  ] as const)('%s: "%s", typed with a slip, calls %s', async (app, text, name) => {
    expect((await callsAfter(app, text)).map((c) => c.name)).toContain(name);
  });

  it('reads a delete typed with a slip ("delet this") and asks to confirm', async () => {
    await session.say(BASE_APPS.digest);
    const turn = await session.say('delet this');
    expect(turn.calls).toEqual([]);
    expect(turn.reply).toMatch(/yes or no\?$/);
  });

  it('keeps a name as typed when the message is understood as typed', async () => {
    expect(await callsAfter('support', 'call it Invoyce hub please')).toMatchObject([
      { name: 'update_app', args: { changes: [{ op: 'rename', name: 'Invoyce hub' }] } },
    ]);
  });

  it.each([
    ['support', "we're an all-google shop, so please keep everything on gemini"],
    ['crm', 'gpt-5-mini please'],
    ['digest', 'the summary quality matters more than cost here, pick the best model'],
    ['photo', "cost matters most, use whatever's cheapest that can read images"],
  ] as const)('%s: "%s" switches the model and changes nothing else', async (app, text) => {
    const names = (await callsAfter(app, text)).map((c) => c.name);
    expect(names).toContain('bind_model');
    expect(names).not.toContain('update_app');
  });

  it.each([
    ['support', 'write the replies in a friendlier tone'],
    ['support', 'draft replies in French from now on'],
  ] as const)('%s: "%s" is how the app should work, not one run', async (app, text) => {
    expect((await callsAfter(app, text)).map((c) => c.name)).not.toContain('execute_app');
  });

  it('moves the schedule to a bare hour ("push it to 11")', async () => {
    const calls = await callsAfter('digest', "it's going out too early, push it to 11");
    expect(calls).toMatchObject([
      { name: 'remove_trigger', args: { kind: 'schedule' } },
      { name: 'add_trigger', args: { trigger: { kind: 'schedule', cron: '0 11 * * 1' } } },
    ]);
  });

  it('asks to delete the app when leave is given ("you can delete it")', async () => {
    await session.say(BASE_APPS.photo);
    const turn = await session.say('this was a test, you can delete it');
    expect(turn.calls).toEqual([]);
    expect(turn.reply).toMatch(/yes or no\?$/);
  });

  it.each([
    ['support', 'who can use this?', /Access/],
    ['photo', 'which model does the description step use?', /gemini|gpt/],
  ] as const)('%s: "%s" is answered from the app, nothing changed', async (app, text, answer) => {
    await session.say(BASE_APPS[app]);
    const turn = await session.say(text);
    expect(turn.calls).toEqual([]);
    expect(turn.reply).toMatch(answer);
  });

  it.each(['which model is best for drafting these replies?', 'what model would you recommend for the replies?'])(
    'answers "%s" with the directory\'s recommendation, not a description of the app',
    async (text) => {
      await session.say(BASE_APPS.support);
      const turn = await session.say(text);
      expect(turn.calls.map((c) => c.name)).toEqual(['recommend_model']);
      expect(turn.reply).toMatch(/Capability score/);
    },
  );

  it('says that "every other week" runs weekly, on a change and on a new app', async () => {
    const changed = await session.say(BASE_APPS.digest).then(() => session.say('make it every other week on monday at 10'));
    expect(changed.calls.map((c) => c.name)).toEqual(['remove_trigger', 'add_trigger']);
    expect(changed.reply).toContain('cannot skip every other week, so it runs every Monday at 10:00 (UTC)');
    const built = await session.say('another one: a fortnightly digest of our feedback on Fridays at 4pm in Europe/London');
    expect(built.reply).toContain('cannot skip every other week, so it runs every Friday at 16:00 (Europe/London)');
    const weekly = await session.say('another one: a weekly digest of our sales calls on Fridays at 4pm in Europe/London');
    expect(weekly.reply).not.toContain('every other week');
  });

  it('adds no field for a remark ("we get a lot of spam")', async () => {
    expect((await callsAfter('support', 'we get a lot of spam')).map((c) => c.name)).not.toContain('update_app');
  });
});
