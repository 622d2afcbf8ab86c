/**
 * People writing to the tool in a chat service: "staff ask in Slack and get an answer from our
 * handbook", "operators send a photo of the pallet to our Telegram bot", "patients message us on
 * WhatsApp". Each message arrives from that service, so the run starts there (a webhook), not on
 * the tool's own page. The tool posting into a chat ("send me the digest in Slack") is where a
 * result goes, so only a person's act counts: a verb with someone before it, never an order.
 */
import { isService } from './event-words';
import type { Token } from './language';
import { isOutsider } from './outside-people';

/** Chat services people write in (as event-words.ts knows services: "Teams" only capitalised), and a chat unnamed. */
const CHATS = new Set(['slack', 'teams', 'discord', 'telegram', 'whatsapp']);
/** Verbs of writing a message. */
const WRITING = new Set(['ask', 'message', 'send', 'type', 'text', 'dm', 'post', 'write', 'forward', 'drop']);
/** Writers besides people outside the team (isOutsider): the speaker and staff ("we post to Slack" sends a result out). */
const WRITERS = new Set(['i', 'they', 'them', 'staff', 'employees', 'everyone']);
/** Prepositions before the chat: "in Slack", "to our Telegram bot", "on WhatsApp", "via Teams", "over WhatsApp". */
const INTO = new Set(['in', 'on', 'to', 'into', 'via', 'through', 'over']);
/** How far the chat may come after the verb ("send a photo of the damaged pallet to our Telegram bot"). */
const REACH = 10;
/** Words between a writer and the verb: "staff can ask", "I want them to ask", "customers simply send". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

const chatAt = (t: Token) => t.lower === 'chat' || (CHATS.has(t.lower) && isService(t));

/**
 * "a discord command for staff", "one slack command that tells anyone who's on call", "a command in our
 * Teams channel": a command is typed in the chat service, which passes it on.
 */
export const commandInChat = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      t.lemma === 'command' &&
      !t.negated &&
      ((tokens[i - 1] !== undefined && (chatAt(tokens[i - 1]!) || tokens[i - 1]!.lemma === 'bot')) ||
        slashNamed(tokens, i) ||
        (INTO.has(tokens[i + 1]?.lower ?? '') && tokens.slice(i + 2, i + 5).some(chatAt))),
  );

/** How far before "command" its slash name may come: "a /remind [who] [what] [when] command". */
const SLASH_REACH = 12;

/** "discord /thread command", "a /remind [who] [what] command": a command named with its slash is typed in a chat. */
function slashNamed(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - SLASH_REACH); k < i; k++) {
    // A slash opening a word, not one between two ("income/expense").
    const opens = tokens[k]!.text === '/' && (k === 0 || tokens[k]!.space !== '') && tokens[k + 1]?.space === '';
    if (opens && tokens[k + 1]?.kind === 'word') return true;
  }
  return false;
}

/** `tokens` (one sentence) say someone writing to the tool in a chat service. */
export function askedInChat(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!WRITING.has(t.lemma) || t.pos !== 'VERB' || t.negated) return false;
    let k = i - 1;
    while (k >= 0 && (BETWEEN.has(tokens[k]!.pos) || tokens[k]!.lower === 'to')) k--;
    const writer = tokens[k];
    if (!writer || !(WRITERS.has(writer.lower) || isOutsider(writer))) return false;
    const after = tokens.slice(i + 1, i + 1 + REACH);
    return after.some((w, k) => INTO.has(w.lower) && after.slice(k + 1, k + 4).some(chatAt));
  });
}
