/**
 * Event triggers said in words: an outside system or person sending something in ("when a
 * form is submitted", "Zapier posts a signup", "an endpoint our DAM can POST to") → webhook;
 * mail arriving ("every email that lands in my inbox", "when a customer emails us") → email;
 * a new record ("whenever a new lead is added", "a new contact is created in HubSpot") →
 * record-created. Read sentence by sentence (event-sentence.ts), then, when none says a known
 * kind of start, as something happening elsewhere. Schedules are schedule.ts's.
 */
import { askedInChat, commandInChat } from './asked-in-chat';
import { handsAllOverByHand, handsOverByHand } from './by-hand';
import { ENDPOINT_WORDS } from './endpoint-words';
import { ownQueueItem } from './desk-records';
import { EMAIL, type EventTrigger, inbound, WEBHOOK } from './event-trigger';
import { isService } from './event-words';
import { type Found, findIn } from './event-sentence';
import { namesElsewhere, saysHappening } from './happening';
import { cameToOurInbox } from './inbox-of-ours';
import { readSentences, written, type Token } from './language';
import { isOutsider } from './outside-people';
import { filledOnOwnForm } from './own-form';
import { statusChangeOfOurs } from './status-change';
import { opensTheTool } from './tool-opened';
import { withoutPeriodMeasures } from './period-words';
import { hasRecurrence, parseSchedule } from './schedule';
import { clauseEnd, namesEvent, opensClause } from './when-clauses';

export type { EventTrigger } from './event-trigger';

function find(text: string): { found: Found; tokens: readonly Token[] } | null {
  let first: { found: Found; tokens: readonly Token[] } | null = null;
  // "their monthly reports" come from others; a run looking back is one said with a period of its own,
  // and what the other sentences of a scheduled tool name as new ("include new signups") is what the run looks back at.
  const scheduled = hasRecurrence(parseSchedule(withoutPeriodMeasures(text)));
  const sentences = readSentences(text);
  // "after each video call I want a summary. I'll upload the recording": where the person hands the material over
  // themselves, a start only implied in another sentence is why they open the tool.
  const byHand = sentences.some((s) => handsAllOverByHand(s.tokens));
  const all = sentences.flatMap((s) => s.tokens);
  for (const { tokens } of sentences) {
    if (handsOverByHand(tokens)) continue;
    const found = findIn(tokens, scheduled);
    // "when someone submits our enquiry form": filled in on the tool's own form, no start from elsewhere.
    if (found && !found.outright && onOwnForm(found, tokens, all)) continue;
    // A start said outright in a later sentence ("Typeform fires a webhook for each one") outranks one implied before it.
    if (found?.outright) return { found, tokens };
    if (found && !first && !(byHand && unsourced(found, tokens)) && !chattedWith(text, found, tokens)) first = { found, tokens };
  }
  if (first) return first;
  const hit = happening(text, scheduled);
  if (hit && !(byHand && unsourced(hit.found, hit.tokens)) && !onOwnForm(hit.found, hit.tokens, all)) return hit;
  // "staff ask in Slack and get an answer": messages written to the tool in a chat service arrive from it.
  // A command typed there ("a discord command for staff") leaves no doubt.
  for (const { tokens } of sentences) {
    const command = commandInChat(tokens);
    if (command || askedInChat(tokens)) return { found: { trigger: WEBHOOK, from: 0, to: 0, sure: command }, tokens };
  }
  return null;
}

/** A call in found that is someone filling in the tool's own form (own-form.ts) or opening the tool (tool-opened.ts). */
const onOwnForm = (found: Found, tokens: readonly Token[], all: readonly Token[]) =>
  found.trigger.kind === 'webhook' &&
  (filledOnOwnForm(tokens, found.from, found.to, all) || opensTheTool(tokens.slice(found.from, found.to)));

/** The start found names no system or place of ours it comes from ("from Shopify", "through our form"). */
function unsourced(found: Found, tokens: readonly Token[]): boolean {
  const words = tokens.slice(found.from, found.to);
  return !words.some((t) => isService(t)) && !namesElsewhere(words);
}

/** Words that name the tool as someone to talk with. */
const CHAT_TOOLS = new Set(['bot', 'chatbot', 'assistant']);

/**
 * "a chatbot for our clinic website: patients describe their symptoms": people acting in a tool that is
 * itself a bot talk with it through its own page — unless it lives in another service or a webhook is said. A thing
 * arriving ("when a new review comes in, … an AI chatbot writes the answer") is no one talking.
 */
function chattedWith(text: string, found: Found, tokens: readonly Token[]): boolean {
  if (found.trigger.kind !== 'webhook') return false;
  // What starts it is someone talking ("patients describe …"), not a thing arriving ("a new review comes in").
  if (!tokens.slice(found.from, found.to).some((t) => isOutsider(t) || t.pos === 'PRON')) return false;
  const words = readSentences(text).flatMap((s) => s.tokens);
  return (
    words.some((t) => CHAT_TOOLS.has(t.lemma) || CHAT_TOOLS.has(t.lower)) &&
    !words.some((t) => ENDPOINT_WORDS.has(t.lower)) &&
    // "whatsapp 'group chat' through a bot: … when anyone messages the bot": the service may be said in another sentence.
    !words.some((t) => isService(t))
  );
}

/**
 * "whenever a refund is requested", "when a customer cancels": something happens elsewhere, whatever its words.
 * Read last, when no words of a known kind of start were found. On a schedule such a clause is a condition the run
 * checks, unless it opens its sentence ("When a return comes in: check it's valid …" beside a monthly report).
 */
function happening(text: string, scheduled: boolean): { found: Found; tokens: readonly Token[] } | null {
  for (const { tokens } of readSentences(text)) {
    if (handsOverByHand(tokens)) continue;
    for (let i = 0; i < (scheduled ? Math.min(1, tokens.length) : tokens.length); i++) {
      // "after a customer leaves a review, …" opens such a clause too.
      const after = tokens[i]!.lower === 'after' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an');
      const opener = after ? 1 : opensClause(tokens, i);
      const end = clauseEnd(tokens, i);
      if (opener > 0 && !namesEvent(tokens, i) && !tokens[i]!.negated && saysHappening(tokens, i, i + opener, end))
        return { found: { trigger: inbound(tokens.slice(i, end), tokens), from: i, to: end }, tokens };
    }
  }
  return null;
}

/** `text` without the words that say when it runs ("when a new order record is created"). */
export function withoutEventPhrase(text: string): string {
  const hit = find(text);
  if (!hit) return text;
  const said = written(hit.tokens.slice(hit.found.from, hit.found.to)).trim();
  const at = text.indexOf(said);
  return at >= 0 ? `${text.slice(0, at)} ${text.slice(at + said.length)}` : text;
}

/** The event trigger said in `text`, or null. Record nouns are singular ("lead"). */
export function detectEventTrigger(text: string): EventTrigger | null {
  return readStart(text).trigger;
}

/** The start said in `text`, and whether its words leave no doubt (a place watched, a bot written to, a command typed in a chat). */
export function readStart(text: string): { trigger: EventTrigger | null; sure: boolean } {
  const hit = find(text);
  if (!hit) return { trigger: null, sure: false };
  const { trigger, outright, sure } = hit.found;
  if (outright) return { trigger, sure: false };
  return { trigger: refined(text, hit), sure: sure === true };
}

/** The start found, as the whole text tells it: mail to our inbox, a status of our own rows, an item of our own queue. */
function refined(text: string, hit: { found: Found; tokens: readonly Token[] }): EventTrigger {
  const { trigger, from, to } = hit.found;
  const all = readSentences(text).flatMap((s) => s.tokens);
  const words = hit.tokens.slice(from, to);
  // "For each incoming message, …" in a text about our inbox: mail, where the start's words name no channel.
  if (trigger.kind === 'webhook' && !words.some((t) => isService(t)) && cameToOurInbox(all)) return EMAIL;
  const ours = trigger.kind === 'webhook' ? statusChangeOfOurs(words) : null;
  return ownQueueItem(trigger, words, all) || (ours ? { kind: 'record-created', noun: ours } : trigger);
}
