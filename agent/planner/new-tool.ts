/**
 * Whether a message with no app open describes a new tool, when the intent rules read it as a
 * change, a model question or nothing: a sentence of some length about what goes in and what
 * comes out, not a short command about an app ("add a priority field", "switch to Gemini") nor
 * a question about models. Read from lemmas, so "it can add, edit or clear items" inside a
 * description of a bot does not make the description a change.
 */
import { readSentences, readTokens, type Token } from './language';
import { TEXT_NOUNS } from './result-shape';
import { hasRecurrence, parseSchedule } from './schedule';

/** Verbs that open a change to an app. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'add',
  'remove',
  'delete',
  'drop',
  'rename',
  'switch',
  'change',
  'replace',
  'make',
  'set',
  'use',
  'run',
  'schedule',
  'stop',
  'pause',
  'share',
  'publish',
  'restore',
  'undo',
  'revert',
  'move',
  'turn',
  'enable',
  'disable',
  'bind',
  'give',
  'show',
]);
/** Words that make a message a question about models rather than about a tool. */
const MODEL_WORDS = new Set(['model', 'models', 'llm', 'llms', 'gpt', 'gemini', 'claude', 'openai', 'provider']);
/**
 * A model word that names models: not "the model number" (a noun after it), not "model" as one
 * item of a list of columns, nor "our SMS provider" (a provider of something other than models).
 */
function namesModels(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!MODEL_WORDS.has(t.lower)) return false;
  if ((t.lower === 'model' || t.lower === 'models') && tokens[i + 1]?.pos === 'NOUN') return false;
  // "vehicles (year, make, model)", "serial number, model, status": one column of a list.
  const listed = [',', '('].includes(tokens[i - 1]?.text ?? '') && [',', ')'].includes(tokens[i + 1]?.text ?? '');
  if (t.lower === 'model' && listed) return false;
  if (t.lower === 'provider') {
    const before = tokens[i - 1]?.lower;
    return before !== undefined && (MODEL_WORDS.has(before) || before === 'ai');
  }
  return true;
}

/** A description at least this long is a new tool even unannounced, with an app open or a change word first. */
export const LONG_DESCRIPTION = 25;

/** A description says at least this many words. */
const MIN_WORDS = 7;

export function describesNewTool(text: string): boolean {
  const tokens = readSentences(text).flatMap((s) => s.tokens);
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length < MIN_WORDS) return false;
  // "Hourly: … each step can use a different model": a job that recurs is a tool, models or not.
  if (tokens.some((_, i) => namesModels(tokens, i)) && !hasRecurrence(parseSchedule(text))) return false;
  // "add a priority field and make it public": a command about the app in hand.
  const first = words[0]!;
  if (
    CHANGE_VERBS.has(first.lemma) &&
    (words[1]?.lower === 'it' || words[1]?.pos === 'DET' || words[1]?.pos === 'NOUN' || words[1]?.pos === 'ADP')
  )
    return false;
  return true;
}

/** Nouns for images a tool would make, besides the prose ones. */
const IMAGE_DELIVERABLES = new Set([
  'image',
  'visual',
  'banner',
  'thumbnail',
  'logo',
  'mockup',
  'listing',
  'quote',
  'invoice',
  'translation',
  'headline',
  'badge',
  'poster',
  'flyer',
]);
/** Words that tie a deliverable to its material: "descriptions for our store", "banners from a title", "a digest listing the new tasks". */
const TIES = new Set(['for', 'from', 'of', 'about', 'with', 'on', 'listing', 'showing', 'covering', 'summarizing', 'summarising']);

/** A noun phrase naming what a tool would produce, tied to what it is about ("Product descriptions for our store"). */
export function namesDeliverable(text: string): boolean {
  const tokens = readTokens(text);
  const at = tokens.findIndex((t, i) => i <= 4 && t.pos !== 'VERB' && (TEXT_NOUNS.has(t.lemma) || IMAGE_DELIVERABLES.has(t.lemma)));
  return at >= 0 && tokens.slice(at + 1).some((t) => TIES.has(t.lower));
}
