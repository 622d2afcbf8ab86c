/**
 * Words the event readers share: things that arrive from outside, the services that send
 * them, the public places of ours where people act, and the parts of speech of a noun phrase.
 */

/** Nouns for things that arrive from outside. */
export const ARRIVING_NOUNS = new Set([
  'form',
  'typeform',
  'survey',
  'order',
  'payment',
  'signup',
  'submission',
  'request',
  'event',
  'issue',
  'message',
  'email',
  'mail',
  'sms',
  'webhook',
  'notification',
  'call',
  'booking',
  'application',
  'ticket',
  'comment',
  'dm',
  'alert',
  'response',
  'purchase',
  'reservation',
  'registration',
  'inquiry',
  'enquiry',
]);
/** Public places of ours where people act: "sign up on our landing page", "order through our shop". */
export const OUR_PLACES = new Set(['page', 'site', 'website', 'store', 'shop', 'platform', 'channel', 'chat']);
/** Services that call in. */
export const SERVICES = new Set([
  'zapier',
  'n8n',
  'make.com',
  'typeform',
  'tally',
  'stripe',
  'shopify',
  'github',
  'gitlab',
  'hubspot',
  'jotform',
  'calendly',
  'twilio',
  'slack',
  'teams',
  'discord',
  'gmail',
  'outlook',
  'intercom',
  'zendesk',
  'jira',
  'erpnext',
  'salesforce',
  'rss',
  'zoom',
  'fireflies',
  'tldv',
  'drive',
  'dropbox',
  'pipedrive',
  'freshsales',
  'whatsapp',
  'telegram',
  'airtable',
  'notion',
]);
/** Parts of speech that name a thing. */
export const NAMING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
