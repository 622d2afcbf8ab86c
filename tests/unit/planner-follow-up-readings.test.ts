/**
 * Follow-ups said in everyday words rather than the tool's: a run asked as "kick it off" or
 * "trigger it by hand", a delete as "take this down and delete it", a field as "can tickets get
 * a due date?" or "X is missing, add it", a rename as "I'd like the app to be called …", a switch
 * with the model left named first ("claude keeps failing, switch it to GPT4").
 */
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../agent/planner/conversation';
import { detectFollowUp } from '../../agent/planner/follow-up-intent';
import { parseFollowUp } from '../../agent/planner/follow-ups';
import { detectIntent, opensNewTool } from '../../agent/planner/intent';
import { detectAccess } from '../../agent/planner/access';
import { newScheduleWords, stopsTheSchedule } from '../../agent/planner/schedule-asks';
import { parseSchedule } from '../../agent/planner/schedule';
import type { ChatMessage } from '../../agent/providers/messages';

const APP = { slug: 'reps-log', id: 'a1', name: 'Reps log', version: 3 };

function followUp(text: string, app = true) {
  const messages: ChatMessage[] = [{ role: 'user', content: text }];
  return detectFollowUp(readConversation(messages, app ? APP : null), messages)?.kind ?? null;
}

const added = (text: string, fields: { name: string; label: string }[] = []) =>
  parseFollowUp(text, { fields }).flatMap((e) => (e.op === 'add-fields' ? e.fields.map((f) => f.name) : []));

describe('runs asked in other words', () => {
  it('reads a verb of running with the app, or nothing, and words of when', () => {
    expect(followUp('trigger it once by hand')).toBe('run');
    expect(followUp('kick it off')).toBe('run');
    expect(followUp('run the job immediately pls')).toBe('run');
    expect(followUp('give it a go')).toBe('run');
    expect(followUp('can you run it once so I can see the output')).toBe('run');
  });
  it('reads "send" as a run only when said for now or again', () => {
    expect(followUp('send now please')).toBe('run');
    expect(followUp('can you re-send it now with the updated stuff')).toBe('run');
    expect(followUp('send it to slack')).toBeNull();
  });
  it('lets other clauses explain, not order something else', () => {
    expect(followUp("I don't want to wait till monday 9am to see if it works, fire it now for real")).toBe('run');
    expect(followUp('kick it off now, then add a notes field')).toBeNull();
    expect(followUp('run it on the cheapest model')).toBeNull();
  });
  it('reads no run inside a description', () => {
    expect(followUp('I edit our club bulletin. Let me preview it, then email it to all members.', false)).toBeNull();
  });
});

describe('deletes asked in other words', () => {
  it('reads the app deleted after "how do I", an adverb, or another order', () => {
    expect(followUp('delete the application, we moved to hubspot')).toBe('delete');
    expect(followUp('how do I delete this?')).toBe('delete');
    expect(followUp('I published this by mistake, can you completely remove it')).toBe('delete');
    expect(followUp("take this down and delete it, we don't need it anymore")).toBe('delete');
  });
  it('reads "remove it" after a part of the app doubted as that part', () => {
    expect(followUp('do we even need the phone number? remove it')).toBeNull();
    expect(followUp("we don't need this app anymore, delete it")).toBe('delete');
  });
});

describe('fields asked for in other words', () => {
  it('reads what each record should hold', () => {
    expect(added('can tickets get a due date? some of them have a real deadline')).toEqual(['dueDate']);
    expect(added('can each item record its source?')).toEqual(['source']);
    expect(added('an extra dropdown so each one gets a type')).toEqual(['type']);
    expect(added('can customers get an email when it is done?')).toEqual([]);
  });
  it('reads a pronoun as the thing said missing or needed before it', () => {
    expect(added('expected close date is missing, pls add it')).toEqual(['expectedCloseDate']);
    expect(added('we also need the GTIN of each product, can it have a field for that')).toEqual(['gtin']);
  });
  it('reads a place for a thing, a thing on the form, a thing needed too', () => {
    expect(added('have a spot for the website')).toEqual(['website']);
    expect(added('the website should be on the form')).toEqual(['website']);
    expect(added('we need a phone number too')).toEqual(['phoneNumber']);
    expect(added('can there be a related order dropdown when they submit?')).toEqual(['relatedOrder']);
    expect(added("I'd also like to track the region for each lead")).toEqual(['region']);
  });
  it('cuts where and when out of the name', () => {
    expect(added('add LinkedIn URL to each lead (just text is fine)')).toEqual(['linkedinUrl']);
    expect(added('add an optional size box when I upload')).toEqual(['size']);
    expect(added('how can I add the size for the product?')).toEqual(['size']);
  });
  it('keeps "we need a … too" a field, not a new tool, unless a tool is said', () => {
    expect(opensNewTool('we need a phone number too')).toBe(false);
    expect(opensNewTool('we need a new tool too')).toBe(true);
  });
  it('reads a thing wished for after a verb of keeping or asking, or after "one more:"', () => {
    const crm = [
      { name: 'name', label: 'Name' },
      { name: 'dealSize', label: 'Deal size' },
    ];
    expect(added('let them enter a budget', crm)).toEqual(['budget']);
    expect(added('i want to keep their job title as well', crm)).toEqual(['jobTitle']);
    expect(parseFollowUp('each lead should also have a close date', { fields: crm, records: ['lead'] })).toMatchObject([
      { op: 'add-fields', fields: [{ name: 'closeDate', type: 'date' }] },
    ]);
    expect(added('one more thing: industry', crm)).toEqual(['industry']);
    expect(added('missing: phone and address', crm)).toEqual(['phone', 'address']);
  });
  it('wishes for no field where the words name no thing, or one the app has', () => {
    expect(added('need it faster')).toEqual([]);
    expect(added('have a look at the replies')).toEqual([]);
    expect(added('looks good, thanks')).toEqual([]);
    expect(added('we want to keep the deal size', [{ name: 'dealSize', label: 'Deal size' }])).toEqual([]);
  });
  it('keeps "we need a spot / a dropdown for …" a field, not a new tool', () => {
    expect(opensNewTool('i need a spot for linkedin profile')).toBe(false);
    expect(opensNewTool('we want a dropdown for region')).toBe(false);
    expect(opensNewTool('we need a tool for invoices')).toBe(true);
  });
});

describe('renames, restores and switches in other words', () => {
  it('reads the app renamed by what it should be called, or after an arrow', () => {
    expect(parseFollowUp("i'd like the app to be called Product Writer, can i change the name?")).toEqual([
      { op: 'rename-app', name: 'Product Writer' },
    ]);
    expect(parseFollowUp('is it possible to change the name of this? Feedback Digest -> Friday Pulse')).toEqual([
      { op: 'rename-app', name: 'Friday Pulse' },
    ]);
  });
  it('reads the app called "this thing", named after a colon, or its name said to change', () => {
    expect(parseFollowUp('call this thing Deal Desk')).toEqual([{ op: 'rename-app', name: 'Deal Desk' }]);
    expect(parseFollowUp('I want to rename the app: Deal Desk')).toEqual([{ op: 'rename-app', name: 'Deal Desk' }]);
    expect(parseFollowUp('the app name should be Deal Desk', { fields: [{ name: 'name', label: 'Name' }] })).toEqual([
      { op: 'rename-app', name: 'Deal Desk' },
    ]);
  });
  it('reads a field shown under another name, and the kind said before the name', () => {
    const fields = [{ name: 'email', label: 'Email' }];
    expect(parseFollowUp('can email show as "E-Mail" instead', { fields })).toEqual([{ op: 'rename-field', words: 'email', to: 'E-Mail' }]);
    expect(parseFollowUp("I'd prefer company to say Organisation", { fields: [{ name: 'company', label: 'Company' }] })).toEqual([
      { op: 'rename-field', words: 'company', to: 'Organisation' },
    ]);
    expect(parseFollowUp('can email show as plain text', { fields: [{ name: 'email', label: 'Email' }] })).toEqual([]);
    expect(parseFollowUp("rename field 'photo' to 'Product image'")).toEqual([{ op: 'rename-field', words: 'photo', to: 'Product image' }]);
  });
  it('reads other words for going back', () => {
    expect(parseFollowUp('roll it back to the version we had before')).toEqual([{ op: 'restore', version: null }]);
    expect(parseFollowUp('restore the previous revision please')).toEqual([{ op: 'restore', version: null }]);
  });
  it('takes the model after the switch\'s "to", not the one left', () => {
    expect(parseFollowUp('claude keeps being overloaded, switch it to GPT4')).toEqual([
      { op: 'model', wish: { kind: 'family', provider: 'openai', role: 'text' } },
    ]);
    expect(parseFollowUp('set it to the fastest model')).toEqual([
      { op: 'model', wish: { kind: 'superlative', priority: 'cost', role: 'text' } },
    ]);
    expect(parseFollowUp('swap the model for something smarter')).toEqual([
      { op: 'model', wish: { kind: 'superlative', priority: 'quality', role: 'text' } },
    ]);
  });
  it('reads a switch after a question about models, and a cheaper model asked as a change', () => {
    expect(detectIntent('which model does the summary use? swap it to claude sonnet', { hasCurrentApp: true })).toBe('change');
    expect(detectIntent('can the summary be done with a cheaper model?', { hasCurrentApp: true })).not.toBe('cost-question');
  });
});

describe('access and schedules in other words', () => {
  it('reads use without a login and opening up publicly as a public link', () => {
    expect(detectAccess('how can this be used without login?')).toBe('public-link');
    expect(detectAccess('open it up publicly?')).toBe('public-link');
  });
  it('reads outsiders asked in, the sign-in taken away, anonymous use and the public site as a public link', () => {
    expect(detectAccess('can people outside the company submit tickets?')).toBe('public-link');
    expect(detectAccess('visitors should be able to fill it in')).toBe('public-link');
    expect(detectAccess('remove the login requirement')).toBe('public-link');
    expect(detectAccess('no sign in needed please')).toBe('public-link');
    expect(detectAccess("they shouldn't have to log in")).toBe('public-link');
    expect(detectAccess('allow anonymous submissions')).toBe('public-link');
    expect(detectAccess('customers need to reach this form from our website')).toBe('public-link');
    expect(detectAccess('make the form open to everyone')).toBe('public-link');
  });
  it.each([
    'let anyone submit feedback',
    "can I share it with people who aren't in my workspace?",
    'put it online for our customers',
    'I want clients to fill this in themselves',
    'open access please',
    'expose it publicly',
    'our vendors need to use it too',
    'it needs to work for people outside the org',
    "I'd like a public version",
  ])('reads "%s" as a public link', (text) => {
    expect(detectAccess(text)).toBe('public-link');
  });
  it('leaves a login field, an anonymous checkbox and a description of who uses it alone', () => {
    expect(detectAccess('remove the login field')).toBeNull();
    expect(detectAccess('add an anonymous checkbox')).toBeNull();
    expect(detectAccess('a form where customers can submit complaints')).toBeNull();
  });
  it('drops the period moved away from, and reads stopping runs on its own', () => {
    expect(parseSchedule(newScheduleWords('could it be every day around 9am eastern instead of weekly'))?.frequency).toBe('daily');
    expect(stopsTheSchedule("we're off over the holidays so stop it from running on its own for now")).toBe(true);
  });
});

describe('a "new name" that is a model', () => {
  const TONE = [{ name: 'tone', label: 'Tone' }];
  const ops = (text: string) => parseFollowUp(text, { fields: TONE }).map((e) => e.op);
  it('switches the model instead of renaming the field said before "to"', () => {
    expect(ops('switch the tone step to gemini 2.5 flash')).toEqual(['model']);
    expect(ops('change tone to gpt-5 mini')).toEqual(['model']);
  });
  it('still renames a field to a name that is not a model', () => {
    expect(ops('rename tone to Voice')).toEqual(['rename-field']);
  });
});

describe('renames, switches and removals said another way', () => {
  const edits = (text: string) => parseFollowUp(text, { fields: [{ name: 'customerName', label: 'Customer name' }] });
  it('reads a new name given as names are written', () => {
    expect(edits('new name: Lead Desk')).toEqual([{ op: 'rename-app', name: 'Lead Desk' }]);
    expect(edits("I'd prefer the title Sales Board")).toEqual([{ op: 'rename-app', name: 'Sales Board' }]);
    expect(edits("make the title 'Lead Log'")).toEqual([{ op: 'rename-app', name: 'Lead Log' }]);
    expect(edits('i want the title shorter')).toEqual([]);
  });
  it('reads a model the work should run on, come from or be written by', () => {
    expect(edits("i'd rather it ran on gemini 2.5 flash")).toMatchObject([{ op: 'model', wish: { kind: 'named' } }]);
    expect(edits('the replies should come from gemini')).toEqual([
      { op: 'model', wish: { kind: 'family', provider: 'google', role: 'text' } },
    ]);
    expect(edits('the replies should be written by gpt')).toMatchObject([{ op: 'model', wish: { kind: 'family', provider: 'openai' } }]);
    expect(edits('new orders come from shopify')).toMatchObject([{ op: 'add-event-trigger' }]);
  });
  it('reads "no need for" a field as its removal', () => {
    expect(edits('no need for customer name')).toMatchObject([{ op: 'remove-field' }]);
  });
});

describe('undo and stopping the schedule in other words', () => {
  it.each([
    'scrap that change',
    'take that back',
    'i liked the previous version better',
    'cancel that last edit',
    'never mind, remove what you just added',
    "restore yesterday's version",
  ])('"%s" restores the version before', (text) => {
    expect(parseFollowUp(text)).toEqual([{ op: 'restore', version: null }]);
  });
  it("reads runs only at the person's word as the schedule stopped", () => {
    expect(stopsTheSchedule('only run it when i click')).toBe(true);
    expect(stopsTheSchedule('just send it when we ask')).toBe(true);
    expect(stopsTheSchedule('run it when the form is sent')).toBe(false);
  });
});
