/**
 * Things coming in to a tool whose text is about an inbox of ours: "I'm drowning in email. For
 * each incoming message, …", "we subscribe a dedicated inbox to newsletters. every incoming issue
 * gets parsed": where the words of the start name no channel, the inbox the person keeps is how
 * things come — unless the text names another way in (a service, a form, an endpoint).
 */
import { ENDPOINT_WORDS } from './endpoint-words';
import { isService } from './event-words';
import type { Token } from './language';
import { MAILBOXES } from './mail-words';

/** Words that make a mailbox the person's own, or one set up for the tool: "my inbox", "a dedicated inbox". */
const OURS = new Set(['my', 'our', 'dedicated', 'shared']);
/** Words before a place things are sent to: "forward it to my inbox" sends out. */
const INTO = new Set(['to', 'into']);
/** Other ways in: a form, a chat, a page. */
const OTHER_WAYS = new Set(['form', 'chat', 'page', 'site', 'website', 'portal', 'widget', 'sms', 'whatsapp', 'call']);

/** `all` (every token of a text) names a mailbox of the speaker's that things come into, and no other way in. */
export function cameToOurInbox(all: readonly Token[]): boolean {
  const inbox = all.some((t, k) => {
    if (!MAILBOXES.has(t.lemma) && !MAILBOXES.has(t.lower)) return false;
    const before = all.slice(Math.max(0, k - 4), k);
    return before.some((x) => OURS.has(x.lower)) && !before.some((x) => INTO.has(x.lower));
  });
  const other = all.some((t) => (isService(t) && !MAILBOXES.has(t.lower)) || ENDPOINT_WORDS.has(t.lower) || OTHER_WAYS.has(t.lemma));
  return inbox && !other;
}
