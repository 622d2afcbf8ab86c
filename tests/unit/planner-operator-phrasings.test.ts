/**
 * Everyday ways an operator asks for a tool in chat, terse or long, with a schedule or an outside
 * service: what the built app hands back (text, image, data or both) and what starts a run. The
 * descriptions were written for this test, each group for one way of saying the thing.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { detectEventTrigger } from '../../agent/planner/triggers';

type Kind = 'text' | 'image' | 'data' | 'text+image';

/** The app's result in the same four kinds the corpus labels use. */
function resultKind(text: string): Kind {
  const kinds = new Set(composeApp(understandDescription(text), { text: null, image: null }).steps?.map((s) => s.kind));
  const image = kinds.has('generate-image') || kinds.has('edit-image');
  const writes = kinds.has('generate-text');
  if (image && writes) return 'text+image';
  if (image) return 'image';
  return writes ? 'text' : 'data';
}

const trigger = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('several takes on one picture are pictures made', () => {
  it.each([
    'Generate 4 variations of a banner ad for our spring sale, 1200x628',
    'make a few options for a logo for my bakery',
    'Produce three versions of a poster for the charity run',
  ])('%s', (text) => {
    expect(resultKind(text)).toBe('image');
  });

  it('several drafts of writing stay writing', () => {
    expect(resultKind('create two drafts of the newsletter intro')).toBe('text');
  });
});

describe('pictures named by what they are used as', () => {
  it.each([
    'Every morning generate a fresh desktop wallpaper of a mountain landscape in watercolor',
    'Generate coloring book pages for kids on a theme I pick',
    'create a pixel-art avatar for each new team member from a short description',
    'make a set of stickers of our mascot in three moods',
  ])('%s', (text) => {
    expect(resultKind(text)).toBe('image');
  });
});

describe('what a picture is made for is no writing beside it', () => {
  it.each(['Create an Open Graph preview image for each blog post using its title', 'Make a cover image for our weekly newsletter'])(
    '%s',
    (text) => {
      expect(resultKind(text)).toBe('image');
    },
  );

  it('writing asked beside the picture still comes back', () => {
    expect(resultKind('give it a product name and it writes a tagline and creates a packshot-style render')).toBe('text+image');
  });
});

describe('a verdict asked of a telling verb is a value, not writing', () => {
  it.each([
    'tell me whether a product review is positive, negative or neutral',
    'paste a support ticket and tell me which team should handle it',
  ])('%s', (text) => {
    expect(resultKind(text)).toBe('data');
  });

  it('telling about something still writes', () => {
    expect(resultKind('tell me about the history of a company from its website')).toBe('text');
  });
});

describe('"work out" or "figure out" a value finds it', () => {
  it('the cost worked out is a value', () => {
    expect(resultKind('work out the shipping cost for an order from its weight and destination')).toBe('data');
  });
});

describe('short pieces that sell or introduce are writing', () => {
  it.each(['write a short bio for each speaker from their LinkedIn summary', 'draft an elevator pitch for my startup from a few notes'])(
    '%s',
    (text) => {
      expect(resultKind(text)).toBe('text');
    },
  );
});

describe('a mailbox others send things to', () => {
  it.each([
    'give us an inbox people can send receipts to, and log each receipt as an expense',
    'set up an address our clients can forward their invoices to and pull out the totals',
    'I want a mailbox that suppliers can send price lists to; compare each price list with last month',
    'we need an email address applicants can send their CVs to, then score each CV',
  ])('%s', (text) => {
    expect(trigger(text)).toBe('email');
  });

  it('an address someone picks to send to is no mailbox of ours', () => {
    expect(trigger('Send the summary to an email address I choose.')).toBeNull();
  });
});

describe('mail named by our getting it, or by answering it', () => {
  it.each([
    'parse the order confirmation emails we get from Amazon and log each item and price in a purchases sheet',
    'sort the emails we receive from recruiters into a spreadsheet with company, role and salary',
    'draft responses to the emails customers send about refunds',
    'reply automatically to emails asking about our opening hours',
    'Parents email the school office about absences; pull out the student name, dates and reason from each message.',
    'Insurance claims come into claims@ with photos; put each one in the claims table.',
  ])('%s', (text) => {
    expect(trigger(text)).toBe('email');
  });

  it.each(['paste any email we received and get a polished reply', 'help me reply to tricky emails from my boss: I paste the email in'])(
    'mail handed over by hand starts nothing: %s',
    (text) => {
      expect(trigger(text)).toBeNull();
    },
  );
});

describe('other software calling the tool', () => {
  it.each([
    'I want other services to POST a URL and get back a summary of the page',
    'other apps should be able to call it with a customer message and get a suggested reply',
    'our website chat widget sends each conversation to us when it ends; summarize it and tag the topic',
    'Zapier will send us each new Trello card; write acceptance criteria for it',
    "each Intercom conversation that's closed should get a quality score",
  ])('%s', (text) => {
    expect(trigger(text)).toBe('webhook');
  });

  it('using other tools to do the job calls out, it is not called', () => {
    expect(trigger('use other tools to research the company and write a summary')).toBeNull();
    expect(trigger('the bot sends the summary to the team')).toBeNull();
    expect(trigger('summarize the thread and Slack will then post it')).toBeNull();
  });
});

describe('rows of our own tables', () => {
  it.each([
    'keep a table of book ideas; whenever I add one, write a one-paragraph pitch for it',
    'As soon as a row gets the status Ready to write, draft the copy for that channel.',
    "When a row's status changes to Approved, email the requester.",
  ])('%s', (text) => {
    expect(trigger(text)).toBe('record-created');
  });

  it('"I drop in a spreadsheet" hands a file over by hand', () => {
    expect(trigger('I drop in a spreadsheet of survey answers and it counts how many people picked each option')).toBeNull();
  });
});
