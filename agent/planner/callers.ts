/**
 * Another system of ours calling the tool: "our CRM POSTs each deal to a URL", "our booking
 * system pings us", "our app will call this with a ticket", "we'll send it JSON from our
 * backend", "give me an API that takes a description", "a url i can hit with a prompt". Each is a webhook; a system sending
 * something out to people ("our site emails new users") is not.
 */
import type { Token } from './language';

/** Common words for a team's own software. */
const SYSTEMS = new Set([
  'system',
  'app',
  'application',
  'backend',
  'server',
  'site',
  'website',
  'crm',
  'erp',
  'platform',
  'shop',
  'store',
  'helpdesk',
  'portal',
  'service',
  'script',
  'pipeline',
  'integration',
  'page',
  'form',
  'provider',
  'gateway',
  'recorder',
  'device',
  'sensor',
  'widget',
  'bot',
  'chatbot',
]);
/** Verbs by which software calls another. */
const CALLING = new Set(['send', 'post', 'call', 'ping', 'push', 'hit', 'notify', 'forward', 'fire']);
/** What is called: the tool itself. */
const THE_TOOL = new Set(['us', 'this', 'it', 'here', 'me']);
/** Words after "to" that name where a call lands. */
const LANDING = new Set(['us', 'this', 'it', 'here', 'url', 'endpoint', 'webhook', 'tool']);
/** Verbs of using someone else's API: "call the GitHub API" reaches out, it is not called. */
const USING = new Set(['use', 'call', 'query', 'hit', 'fetch', 'pull']);

/** Parts of speech that open a noun phrase or end one before it: "our", "the", a comma. */
const OPENERS = new Set(['PRON', 'DET', 'PUNCT', 'ADP', 'CCONJ']);

/** Words for software besides the tool: "other apps", "external services". */
const OTHER = new Set(['other', 'external']);

const isSystem = (t: Token | undefined) => !!t && SYSTEMS.has(t.lemma === 'application' ? 'app' : t.lower.replace(/s$/, ''));

/** "Our CRM POSTs …": a system of ours (after our/their/the) calls the tool at the verb that follows. */
function systemCalls(tokens: readonly Token[], i: number): boolean {
  // "our CRM", "our booking system", "our website chat widget": the owner may come before up to two words that say which system.
  let o = i - 1;
  // (Whatever the tagger calls them: "booking" and "chat" are read as verbs at times.)
  while (o > i - 3 && tokens[o] && !OPENERS.has(tokens[o]!.pos)) o--;
  const named = o < i - 1;
  const owner = tokens[o]?.lower;
  // "our PM tool calls us": a tool named by its kind is another system of ours (the tool being built is "the tool").
  const namedTool = named && tokens[i]!.lemma === 'tool';
  // "other apps can call it", "I want other services to POST a URL": software besides the tool, whoever owns it.
  const others = OTHER.has(tokens[i - 1]?.lower ?? '') && (isSystem(tokens[i]) || tokens[i]!.lemma === 'tool');
  if (!others && ((!isSystem(tokens[i]) && !namedTool) || (owner !== 'our' && owner !== 'their' && owner !== 'the'))) return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || (others && (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'able')))
    k++;
  const verb = tokens[k];
  if (!verb || !CALLING.has(verb.lemma)) return false;
  // "calls us", "calls the tool with a customer id".
  if (THE_TOOL.has(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'tool')) return true;
  const after = tokens.slice(k + 1, k + 8);
  // "calls a URL for every cart": the object is where the call lands.
  if (after.slice(0, 3).some((t) => t.lower === 'url' || t.lower === 'endpoint' || t.lower === 'webhook')) return true;
  const to = after.findIndex((t) => t.lower === 'to' || t.lower === 'at');
  return to >= 0 && after.slice(to + 1, to + 4).some((t) => LANDING.has(t.lower));
}

/** "we'll send it JSON from our backend": sent to the tool, from a system of ours. */
function sentFromSystem(tokens: readonly Token[], i: number): boolean {
  if (!isSystem(tokens[i]) || tokens[i - 1]?.lower !== 'our' || tokens[i - 2]?.lower !== 'from') return false;
  return tokens.slice(0, i - 2).some((t, k) => CALLING.has(t.lemma) && t.pos === 'VERB' && THE_TOOL.has(tokens[k + 1]?.lower ?? ''));
}

/** "give me an API that …", "as an API": the tool is the API (not "call an API"). */
function isTheApi(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'api' || tokens[i - 1]?.lower !== 'an') return false;
  return !USING.has(tokens[i - 2]?.lemma ?? '');
}

/** Words for where a call lands, said as what the tool gives. */
const ADDRESSES = new Set(['url', 'endpoint', 'link']);

/** "a url i can hit with a prompt", "an endpoint our apps call": an address given for someone or something to call. */
function addressToCall(tokens: readonly Token[], i: number): boolean {
  if (!ADDRESSES.has(tokens[i]!.lower) || (tokens[i - 1]?.lower !== 'a' && tokens[i - 1]?.lower !== 'an')) return false;
  let k = i + 1;
  // The caller: "i", "they", "other apps", "our backend".
  while (k < i + 4 && tokens[k] && (tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k++;
  if (k === i + 1) return false;
  while (tokens[k]?.pos === 'AUX') k++;
  const verb = tokens[k];
  return !!verb && CALLING.has(verb.lemma) && verb.lemma !== 'send' && verb.lemma !== 'forward';
}

/** A system of ours calls the tool, said at token `i`. */
export function calledBySystemAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.negated) return false;
  return systemCalls(tokens, i) || sentFromSystem(tokens, i) || isTheApi(tokens, i) || addressToCall(tokens, i);
}
