/**
 * Event triggers said in words: an outside system calling in ("when a form is submitted",
 * "when we receive a webhook", "when Stripe sends a payment") → webhook; a new record in
 * one of the app's own tables ("whenever a new lead is added") → record-created.
 * Schedules are parsed by schedule.ts.
 */

export type EventTrigger = { kind: 'webhook' } | { kind: 'record-created'; noun: string };

const WEBHOOK =
  /\bwebhooks?\b|\b(?:when|whenever|each time|every time|as soon as|once)\s+(?:a |an |the |our |someone |somebody |people |customers? |users? |visitors? |a new |new )*(?:\w+\s+)?(?:form|typeform|tally|survey|order|payment|signup|sign-up|submission|request|event|issue|message)s?\s+(?:is |are |gets? |was )?(?:submitted|filled|sent|received|placed|completed|made|comes? in|arrives?|opened|created|posted)|\b(?:when|whenever|each time|every time|as soon as)\s+(?:we|i)\s+(?:receive|get)\s+(?:a |an )?(?:new\s+)?(?:\w+\s+){0,2}?(?:webhook|post|request|event|submission|form|order|payment|notification|call)s?\b|\b(?:from|via|through|by)\s+(?:zapier|make\.com|n8n|typeform|tally|stripe|shopify|github|hubspot|an? (?:external|outside) (?:system|service))\b|\b(?:zapier|stripe|shopify|github|hubspot|typeform)\s+(?:sends?|posts?|calls?|fires?|triggers?)\b|\b(?:fills? (?:in|out)|submits?|completes?|sends? in)\s+(?:a |an |the |our |their |my )?(?:[\w-]+\s+)?(?:form|survey|typeform)s?\b|\bincoming (?:requests?|posts?|events?|calls?)\b/;

const RECORD_CREATED =
  /\b(?:when|whenever|each time|every time|as soon as|once)\s+(?:a |an )?(?:new\s+)?([a-z]+?)s?\s+(?:record\s+|row\s+|entry\s+)?(?:is |are |gets? )?(?:added|created|saved|inserted|entered|logged|recorded)\b|\bfor (?:each|every) new ([a-z]+?)s?\s+(?:record|row|entry|added|that is added|saved)\b|\bon (?:each |every )?new ([a-z]+?) records?\b/;

/** `text` without the words that say when it runs ("when a new order record is created"). */
export function withoutEventPhrase(text: string): string {
  const t = text.toLowerCase();
  const m = WEBHOOK.exec(t) ?? RECORD_CREATED.exec(t);
  return m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : text;
}

/** The event trigger said in `text`, or null. Record nouns are singular ("lead"). */
export function detectEventTrigger(text: string): EventTrigger | null {
  const t = text.toLowerCase();
  if (WEBHOOK.test(t)) return { kind: 'webhook' };
  const m = RECORD_CREATED.exec(t);
  if (m) {
    const noun = (m[1] ?? m[2] ?? m[3] ?? 'record').replace(/(?:record|row|entry)$/, '') || 'record';
    return { kind: 'record-created', noun };
  }
  return null;
}
