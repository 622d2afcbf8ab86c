/**
 * Material sent to a bot in a messaging service: "they send a photo of the pallet to our Telegram
 * bot", "I forward receipts to a WhatsApp bot". The service passes each message on to the tool
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

/** At `i`, someone (not the tool) sends something to a bot of a service ("… to our Telegram bot"): the span's end, or -1. */
export function sentToServiceBot(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!SENDING.has(t.lemma) || t.pos !== 'VERB' || isTool(tokens[i - 1])) return -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 12) && tokens[k]!.pos !== 'PUNCT'; k++) {
    if (tokens[k]!.lower !== 'to') continue;
    const place = tokens.slice(k + 1, k + 5);
    const bot = place.findIndex((x) => BOTS.has(x.lower));
    return bot > 0 && place.slice(0, bot).some((x) => isService(x)) ? k + 2 + bot : -1;
  }
  return -1;
}
