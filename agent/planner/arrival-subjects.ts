/**
 * Arrivals said as a clause's subject, doing or undergoing something: what a service sends
 * ("Typeform responses should be scored"), each arrival ("Each form submission gets a summary"),
 * things from a public place of ours ("Leads from the pricing page get a follow-up"). Each
 * reader answers where the words that say it end, or a miss.
 */
import { ARRIVING_NOUNS, isService, NAMING, OUR_PLACES } from './event-words';
import { STATES } from './happening';
import { isOutsider } from './outside-people';
import type { Token } from './language';
import { singular } from './words';

/** "Typeform responses should be scored", "Shopify orders get a packing note": what a service sends, as a clause's subject. */
export function servicesThingsAct(tokens: readonly Token[], i: number): boolean {
  const opens = i === 0 || tokens[i - 1]!.pos === 'PUNCT' || OWNERS.has(tokens[i - 1]!.lower);
  if (!opens || !isService(tokens[i]!)) return false;
  // "Typeform survey responses": the things are the nouns after the service, one of them an arrival.
  let k = i + 1;
  while (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN') k++;
  const things = tokens.slice(i + 1, k);
  if (!things.some((t) => ARRIVING_NOUNS.has(t.lemma) || ARRIVING_NOUNS.has(singular(t.lower)))) return false;
  const next = tokens[k];
  return !!next && (next.pos === 'AUX' || next.pos === 'VERB');
}

/** Owners before a service: "our Typeform responses". */
const OWNERS = new Set(['our', 'my', 'the']);

/** Nouns that are themselves an arrival: "each submission", "every signup". */
const ARRIVALS = new Set(['submission', 'signup', 'registration', 'enquiry', 'inquiry', 'application']);

/**
 * The subject ending at `k` does something: past a place said after it ("every signup on our landing page",
 * "new subscribers to our newsletter", which belongs to the subject) and any auxiliaries, a verb of action
 * follows. Where that verb ends, or -1.
 */
function actsAfter(tokens: readonly Token[], k: number): number {
  let v = k + 1;
  if (tokens[v]?.pos === 'ADP') {
    let p = v + 1;
    while (tokens[p] && (NAMING.has(tokens[p]!.pos) || OWNERS.has(tokens[p]!.lower))) p++;
    if (p > v + 1) v = p;
  }
  while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV') v++;
  const verb = tokens[v];
  return verb && verb.pos === 'VERB' && !STATES.has(verb.lemma) ? v + 1 : -1;
}

/**
 * "Each form submission gets a summary", "Every signup should be scored": each arrival, as a clause's subject
 * doing or undergoing something, starts a run ("each registration needs a name" says what one holds). Where it ends, or -1.
 */
export function eachArrivalActs(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if ((t.lower !== 'each' && t.lower !== 'every') || (i > 0 && tokens[i - 1]!.pos !== 'PUNCT')) return -1;
  let k = i + 1;
  while (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'PROPN') k++;
  const head = tokens[k];
  if (!head || !(ARRIVALS.has(head.lemma) || ARRIVALS.has(singular(head.lower)))) return -1;
  return actsAfter(tokens, k);
}

/**
 * "Inbound leads from the website chat should be qualified", "New signups from our app get a welcome": things
 * from a public place of ours, as a clause's subject, come in. Where the phrase ends, or -1.
 */
export function cameFromOurPlace(tokens: readonly Token[], i: number): number {
  if (i > 0 && tokens[i - 1]!.pos !== 'PUNCT') return -1;
  const from = tokens.slice(i, i + 4).findIndex((t) => t.lower === 'from');
  const owner = tokens[i + from + 1]?.lower;
  if (from < 1 || (owner !== 'our' && owner !== 'the')) return -1;
  // Before "from", only the words of a noun phrase ("leads" may be read as a verb).
  if (!tokens.slice(i, i + from).every((t) => NAMING.has(t.pos) || (t.pos === 'VERB' && t.lower.endsWith('s')))) return -1;
  const place = tokens.slice(i + from + 2, i + from + 5);
  const at = place.findIndex((t) => OUR_PLACES.has(t.lemma) || t.lower === 'app' || t.lemma === 'form');
  if (at < 0) return -1;
  const end = i + from + 2 + at + 1;
  let k = end;
  while (tokens[k]?.pos === 'NOUN') k++;
  return tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB' ? k : -1;
}

/**
 * "New subscribers get a welcome note", "New Mailchimp subscribers should be tagged": people outside the team, said new
 * as a clause's subject doing or undergoing something, have just joined somewhere that tells us. Where it ends, or -1.
 */
export function newPeopleAct(tokens: readonly Token[], i: number): number {
  if (tokens[i]!.lower !== 'new' || (i > 0 && tokens[i - 1]!.pos !== 'PUNCT')) return -1;
  let k = i + 1;
  while (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'PROPN') k++;
  if (!isOutsider(tokens[k])) return -1;
  return actsAfter(tokens, k);
}
