/**
 * A record made in a named outside product is that product's event, a webhook (CORPUS.md, Labels:
 * webhook = an outside system's event, record-created = a new row in one of our own tables); a record
 * in a table product or in a table, board or CRM of the team's own is one of theirs. Also the other
 * outside starts read in words: a form product's form, a bot in a messaging service, files dropped
 * into a folder as told or as the tagger misreads the verb, and a service named by a common word ("teams")
 * only where written as a name.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('records made in an outside product', () => {
  it.each([
    'When a new contact is created in HubSpot, write them a welcome email.',
    'Whenever a customer is created in our Shopify store, email them an invitation.',
    'When a new customer is created in Odoo, send a welcome email.',
    'When a new contact appears in our HubSpot CRM, enrich it.',
  ])('are the product’s event: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    'When a record is created in our Airtable base, take its title.',
    'When a new page is added to our Notion database, summarise it.',
    'When a new lead comes into our CRM, enrich it.',
    'When a new lead is added to the Leads table, score it.',
    'When I add a task to the Marketing board, estimate it.',
  ])('stay records of the team’s own in tables and places of theirs: "%s"', (text) => {
    expect(kind(text)).toBe('record-created');
  });
});

describe('other starts from outside', () => {
  it('reads a Microsoft or Google form as the form product’s event', () => {
    expect(kind('when someone submits our Microsoft Forms survey, email me the answers')).toBe('webhook');
  });

  it('reads material sent to a bot in a messaging service as a webhook, and the tool sending out as nothing', () => {
    expect(kind('They send a photo of the damaged pallet to our Telegram bot, the AI writes a damage report.')).toBe('webhook');
    expect(kind('The bot sends the summary to our Slack channel.')).toBeNull();
  });

  it('reads files dropped into a folder as told, or with the verb read as a noun, as a webhook', () => {
    expect(kind('Drop any receipt (photo or PDF) into my expenses folder and it should pull out the amount.')).toBe('webhook');
    expect(kind('Site crews drop photos into a Google Drive folder. Judge the progress on each.')).toBe('webhook');
    expect(kind('Summarise the call. Drop the summary into the Notes folder.')).toBeNull();
  });

  it('reads a service named by a common word only where it is written as a name', () => {
    expect(kind('For every email that lands in our shared inbox: pick a category, suggest which of our teams should handle it.')).toBe(
      'email',
    );
    expect(kind('When someone posts in our Teams channel, answer them.')).toBe('webhook');
  });
});
