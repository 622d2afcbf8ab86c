/**
 * An ask that opens on an order to write or send ("email me 30, 7 and 3 days before a certificate
 * expires", "text gym members 3 days before their plan expires", "push each new episode out to
 * twitter", "batch-write seo meta descriptions for …"): a tool that writes, said well enough to
 * build, however short. The tagger often reads "email" or "text" first as a noun.
 */
import { readTokens, type Token } from './language';

/** Verbs of writing or sending a message. */
const WRITING = new Set([
  'email',
  'text',
  'message',
  'notify',
  'remind',
  'alert',
  'warn',
  'ping',
  'send',
  'post',
  'push',
  'tweet',
  'publish',
  'write',
  'draft',
  'summarize',
  'summarise',
  'translate',
]);
/** Words before the order that keep it one: "please email …", "auto-email …", "batch-write …". */
const LEADS = new Set(['please', 'auto', 'batch', '-']);

/** The ask opens on an order to write or send something, with what or to whom after it. */
export function opensOnWritingOrder(text: string): boolean {
  const tokens = readTokens(text).filter((t) => t.kind === 'word' || t.text === '-');
  let k = 0;
  while (tokens[k] && LEADS.has(tokens[k]!.lower)) k++;
  const order: Token | undefined = tokens[k];
  const next = tokens[k + 1];
  return !!order && WRITING.has(order.lower) && !!next && next.pos !== 'VERB' && next.pos !== 'AUX';
}
