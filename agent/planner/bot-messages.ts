/**
 * Material sent to a bot in a messaging service: "they send a photo of the pallet to our Telegram
 * bot", "I forward receipts to a WhatsApp bot", "text a photo to my bot on telegram". The service passes each message on to the tool
 * by a call, so the sending starts a run (a webhook). The tool sending out ("the bot sends me a
 * summary", "post it to our Slack channel") names no bot it sends to.
 */
import { isService } from './event-words';
import type { Token } from './language';
import { isTool } from './tool-subject';

/** Verbs of sending a message or a file. */
const SENDING = new Set(['send', 'forward', 'text', 'message', 'dm', 'upload', 'post']);
/** Words that name a bot people write to. */
const BOTS = new Set(['bot', 'chatbot']);
/** Prepositions of the service a bot lives in. */
const IN = new Set(['on', 'in']);

/** Determiners before a bot written to: "message the bot", "messaging a telegram bot", "DM our support bot". */
const BOT_OPENERS = new Set(['a', 'the', 'our', 'my', 'your']);

/**
 * At `i`, people write to a bot itself, without "to" ("messaging a telegram bot", "anyone messages the
 * bot", "DM our support bot"): the span's end, or -1. The tagger often reads "messages" or "DMs" as a noun.
 */
export function messagesBot(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!SENDING.has(t.lemma) || isTool(tokens[i - 1]) || !BOT_OPENERS.has(tokens[i + 1]?.lower ?? '')) return -1;
  const named = tokens.slice(i + 2, i + 5);
  const bot = named.findIndex((x) => BOTS.has(x.lower));
  if (bot < 0 || named.slice(0, bot).some((x) => x.pos !== 'NOUN' && x.pos !== 'PROPN')) return -1;
  return i + 3 + bot;
}

/** At `i`, someone (not the tool) sends something to a bot of a service ("… to our Telegram bot"): the span's end, or -1. */
export function sentToServiceBot(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  // "text a photo …" opening the ask is an order, whatever the tagger read.
  const verb = t.pos === 'VERB' || (i === 0 && tokens[1]?.pos === 'DET');
  if (!SENDING.has(t.lemma) || !verb || isTool(tokens[i - 1])) return -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 12) && tokens[k]!.pos !== 'PUNCT'; k++) {
    if (tokens[k]!.lower !== 'to') continue;
    const place = tokens.slice(k + 1, k + 5);
    const bot = place.findIndex((x) => BOTS.has(x.lower));
    if (bot < 0) return -1;
    if (bot > 0 && place.slice(0, bot).some((x) => isService(x))) return k + 2 + bot;
    // "my bot on telegram": the service said after the bot.
    const after = k + 2 + bot;
    return IN.has(tokens[after]?.lower ?? '') && tokens[after + 1] && isService(tokens[after + 1]!) ? after + 2 : -1;
  }
  return -1;
}
