/**
 * Words the event readers share: things that arrive from outside, the services that send
 * them, the verbs by which they arrive, the public places of ours where people act, and the parts
 * of speech of a noun phrase.
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
  // A chat a service holds with a customer: "each Intercom conversation".
  'conversation',
]);
/** Things that come from outside when said new ("any new review"), though a text looked at when not ("when a review mentions delivery"). */
export const NEW_ARRIVALS = new Set(['review']);
/** Verbs by which something arrives from outside. */
export const ARRIVAL_VERBS = new Set([
  'submit',
  'fill',
  'finish',
  'register',
  'reach',
  'send',
  'receive',
  'get',
  'place',
  'complete',
  'arrive',
  'come',
  'post',
  'email',
  'text',
  'ask',
  'message',
  'call',
  'open',
  'sign',
  'book',
  'order',
  'pay',
  'reply',
  'mention',
  'hit',
  'land',
  'fire',
  'trigger',
  'type',
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
  'youtube',
  'wordpress',
  'woocommerce',
  'trello',
  'asana',
  'clickup',
  'mailchimp',
  'webflow',
  'squarespace',
  'quickbooks',
  'xero',
  'paypal',
  'square',
]);
/** Services named by a common word: "which of our teams", "keep a tally" name no service unless capitalised ("MS Teams"). */
const COMMON_WORD_SERVICES = new Set(['teams', 'tally', 'square']);

/** The word names a service that calls in. */
export const isService = (t: { text: string; lower: string }): boolean =>
  SERVICES.has(t.lower) && (!COMMON_WORD_SERVICES.has(t.lower) || /^[A-Z]/.test(t.text));

/** Parts of speech that name a thing. */
export const NAMING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
