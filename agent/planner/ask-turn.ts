/**
 * Asking instead of guessing: when a description leaves the kind of tool open (images made or
 * photos read? text, images or records?), the planner asks ONE question with 2–4 concrete
 * answers through ask_user, then ends the turn with the question. The person's answer — a
 * button's text, its number, or their own words — is read together with the description it
 * answers, so the next turn builds the tool.
 */
import type { ChatMessage } from '../providers/messages';
import type { AskUserData, AskUserInput } from '../tools/ask-user';
import { call, reply, type PlannerAction } from './action';
import { record, type ConversationState } from './conversation';
import type { Description } from './description';
import { readTokens, saysAny } from './language';
import { ZONE_QUESTION } from './zone-question';

/** Nouns that name images without saying whether the tool makes them or reads them. */
const IMAGE_WORDS = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pictures', 'visual', 'visuals', 'pic', 'pics']);
/** A description this short, with nothing else understood, says too little to build from. */
const TOO_FEW_WORDS = 3;
/** A message this long that names something is a start on a tool. */
const START_WORDS = 4;

const IMAGES_QUESTION: AskUserInput = {
  question: 'Should it make images, or read photos you upload?',
  options: ['It makes new images', 'I upload photos for it to read'],
};

const KIND_QUESTION: AskUserInput = {
  question: 'What should the tool hand back?',
  options: [
    'It writes text for me',
    'It makes images',
    'It keeps a table of records',
    'It reads documents I upload and pulls out the facts',
  ],
};

/** The one question worth asking about `d`, or null when there is enough to build. */
export function questionFor(d: Description): AskUserInput | null {
  const tokens = readTokens(d.text);
  const words = tokens.filter(
    (t) => t.kind === 'word' && t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADP' && t.pos !== 'AUX' && t.pos !== 'CCONJ',
  );
  const understood = d.fields.length > 0 || d.schedule !== null || d.event !== null || d.given.document || d.labels !== null;
  if (d.outputKind === 'text' && !d.given.photo && !understood && words.length <= 8 && saysAny(tokens, IMAGE_WORDS)) return IMAGES_QUESTION;
  // "invoices", "product photos": a thing named and nothing said about it.
  if (!understood && words.length < TOO_FEW_WORDS && tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return KIND_QUESTION;
  return null;
}

/**
 * With no app open and nothing understood, a message of a few words that names something ("Grant
 * tracker for our nonprofit", "We run a small boutique hotel") starts a tool: ask what it should
 * hand back rather than say it was not understood. Fewer words ("hmm, not sure") start nothing.
 */
export function startQuestionFor(d: Description): AskUserInput | null {
  const tokens = readTokens(d.text);
  const names = tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return questionFor(d) ?? (names && tokens.filter((t) => t.kind === 'word').length >= START_WORDS ? KIND_QUESTION : null);
}

/** Ask through ask_user, then say the question and wait for the answer. */
export function askTurn(state: ConversationState, ask: AskUserInput): PlannerAction {
  const asked = state.sinceUser.find((o) => o.name === 'ask_user');
  if (!asked) return call({ name: 'ask_user', args: ask });
  const lines = ask.options.map((o, i) => `${i + 1}. ${o}`);
  return reply([ask.question, ...lines, 'Pick one (a number is enough), or say it in your own words — which fits?'].join('\n'));
}

function askedIn(message: ChatMessage | undefined): AskUserData | null {
  if (message?.role !== 'tool' || message.toolName !== 'ask_user' || message.isError) return null;
  const data = record(record(message.result)?.data);
  const options = Array.isArray(data?.options) ? data.options.filter((o): o is string => typeof o === 'string') : [];
  return typeof data?.question === 'string' && options.length > 0 ? { question: data.question, options } : null;
}

/** The question the latest message answers, the answer, and where the ask_user result is; else null. */
export function lastAnswer(messages: readonly ChatMessage[]): { ask: AskUserData; answer: string; at: number } | null {
  const last = messages.map((m) => m.role).lastIndexOf('user');
  if (last < 0) return null;
  // Before the answer: the assistant's question, the ask_user result, its call, the description.
  let k = last - 1;
  while (k >= 0 && messages[k]!.role === 'assistant' && !(messages[k] as { toolCalls?: unknown[] }).toolCalls?.length) k--;
  const ask = askedIn(messages[k]);
  return ask ? { ask, answer: (messages[last] as { content: string }).content.trim(), at: k } : null;
}

/**
 * When the latest message answers the planner's question, the description it answers with the
 * answer added ("Product photos. I upload photos for it to read"); else null.
 */
export function answeredDescription(messages: readonly ChatMessage[]): string | null {
  const answered = lastAnswer(messages);
  // The time-zone question is about the app just built, not its description (zone-question.ts).
  if (!answered || answered.ask.question === ZONE_QUESTION) return null;
  const { ask, answer, at: k } = answered;
  const described = [...messages.slice(0, k)].reverse().find((m) => m.role === 'user');
  if (described?.role !== 'user') return null;
  const number = /^\d$/.test(answer) ? Number(answer) : NaN;
  const chosen = ask.options[number - 1] ?? answer;
  return `${described.content.trim().replace(/[.!?]*$/, '.')} ${chosen}.`;
}
