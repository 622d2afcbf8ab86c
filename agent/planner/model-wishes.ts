/**
 * Models asked for in words: a named model ("use Gemini 3.1 Pro for the text", looked up
 * through the directory's aliases), a superlative ("the cheapest image model", answered by
 * recommend_model), or a provider family ("switch to Gemini").
 */
import { getCatalog, type ModelFacts } from '../catalog';
import { anyOf } from './regex-parts';

export type ModelRole = 'text' | 'image';

export type ModelWish =
  | { kind: 'named'; model: ModelFacts; role: ModelRole }
  | { kind: 'superlative'; priority: 'cost' | 'quality'; role: ModelRole }
  | { kind: 'family'; provider: 'openai' | 'google'; role: ModelRole }
  /** A model the directory does not hold ("claude sonnet"): asked of bind_model all the same, whose refusal says what can be bound. */
  | { kind: 'unlisted'; name: string; role: ModelRole };

/** Other makers' models, by the names people use for them. */
export const UNLISTED_MODEL =
  /\b(?:claude(?:[- ](?:\d[\w.]*|opus|sonnet|haiku|instant))*|(?:opus|sonnet|haiku)(?:[- ]\d[\w.]*)?|llama[\w.-]*|mistral[\w.-]*|mixtral[\w.-]*|grok[\w.-]*|deepseek[\w.-]*|qwen[\w.-]*)\b/;

const MAX_NAME_WORDS = 5;

/** Whitespace/punctuation tokens that keep "3.1", "gpt-5" and "o4-mini" whole. */
function nameTokens(text: string): Array<{ word: string; at: number }> {
  const out: Array<{ word: string; at: number }> = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.\-_/]*/g)) {
    out.push({ word: m[0].replace(/[.\-_/]+$/, ''), at: m.index });
  }
  return out;
}

/** A word's part of a model-name key: normalizeModelName's lower case, separators dropped (the words are ASCII, so no NFKD). */
const keyPart = (word: string) => word.toLowerCase().replace(/[\s\-_.·/]+/g, '');
/** The first word's part: a provider or "models/" prefix is dropped too, as normalizeModelName drops it. */
const firstKeyPart = (word: string) =>
  keyPart(word.toLowerCase().replace(/^(models|openai|gemini|google)\//, ''))
    // "gpt-40-mini": a zero typed for the o of gpt-4o, a slip common enough to read as meant.
    .replace(/^gpt40/, 'gpt4o');

/**
 * Models named in `text` by id or alias, in order; "gemini" alone names no model. Each run of up to
 * MAX_NAME_WORDS words is looked up by its normalised key, built from the words' keys, not re-normalised.
 */
export function findNamedModels(text: string): Array<{ model: ModelFacts; at: number; end: number; role: ModelRole }> {
  const tokens = nameTokens(text);
  const parts = tokens.map((t) => keyPart(t.word));
  const catalog = getCatalog();
  const found: Array<{ model: ModelFacts; at: number; end: number; role: ModelRole }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const count = Math.min(MAX_NAME_WORDS, tokens.length - i);
    // keys[n - 1]: the key of the n words from i.
    const keys = [firstKeyPart(tokens[i]!.word)];
    for (let n = 2; n <= count; n++) keys.push(keys[n - 2] + parts[i + n - 1]!);
    for (let n = count; n >= 1; n--) {
      const word = tokens[i]!.word;
      // One plain word ("pro", "mini") is never a model name on its own, nor is a number.
      if (n === 1 && (!/\d/.test(word) || /^\d+(?:[.,]\d+)?$/.test(word))) continue;
      const model = catalog.findByKey(keys[n - 1]!);
      if (!model) continue;
      // The model's own kind decides its role: a text model cannot draw "for the images".
      const last = tokens[i + n - 1]!;
      found.push({ model, at: tokens[i]!.at, end: last.at + last.word.length, role: model.kind === 'image' ? 'image' : 'text' });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** `text` without the model names in it, so a task sent to recommend_model carries no provider hint it was not given. */
export function withoutModelNames(text: string): string {
  let out = text;
  for (const m of findNamedModels(text).reverse()) out = `${out.slice(0, m.at)} ${out.slice(m.end)}`;
  return out.replace(/\s+/g, ' ').trim();
}

/** The directory holds no speeds; the fastest models are its lightest, which are its cheapest. */
const SUPERLATIVE_WORD =
  /cheapest|cheaper|least expensive|lowest[- ]cost|most affordable|budget|fastest|faster|quickest|best|better|highest[- ]quality|most capable|more capable|smartest|smarter|strongest|stronger|top/;
/** "the cheapest image model", "the best one", "a better model". */
const BEST_MODEL = new RegExp(`\\b(${SUPERLATIVE_WORD.source})\\s+(?:(image|picture|text|writing|language)\\s+)?(?:model|one|option)\\b`);
/** "swap the model for something smarter". */
const SOMETHING_BETTER = new RegExp(`\\bmodel\\b.{0,30}\\bsomething (${SUPERLATIVE_WORD.source})\\b`);
/** "make it cheaper". */
const MAKE_IT_BETTER = /\bmake (?:it|the app|this) (cheaper|better|smarter)\b/;
/** "use whatever's cheapest", "whichever is best". */
const WHATEVER_IS = new RegExp(`\\b(?:whatever|whichever)(?:'s| is)\\s+(${SUPERLATIVE_WORD.source})\\b`);
/** "a model that's better with images", "one that is cheaper". */
const MODEL_THAT_IS = new RegExp(`\\b(?:model|one)\\s+(?:that'?s|that is|which is|that'?d be)\\s+(${SUPERLATIVE_WORD.source})\\b`);
const SUPERLATIVE = anyOf([BEST_MODEL, MAKE_IT_BETTER, SOMETHING_BETTER, MODEL_THAT_IS, WHATEVER_IS], 'g');
/** "better with images", "good at reading photos": images read, which the text step does. */
const READS_IMAGES =
  /\b(?:with|at|on) (?:reading |understanding |looking at )?(?:images|photos|pictures)\b|\bcan (?:read|understand|see|look at) (?:images|photos|pictures)\b/;

function roleFromWord(word: string | undefined, text: string): ModelRole {
  if (word && /image|picture/.test(word)) return 'image';
  if (word || READS_IMAGES.test(text)) return 'text';
  return /\bimage (?:model|step)|\bpictures?\b|\bimages?\b/.test(text) ? 'image' : 'text';
}

/** Every model wish in `text`: names first, then superlatives, then a bare provider family. */
export function findModelWishes(text: string): ModelWish[] {
  const t = text.toLowerCase();
  const wishes: ModelWish[] = findNamedModels(text).map((m) => ({ kind: 'named', model: m.model, role: m.role }));
  for (const m of t.matchAll(SUPERLATIVE)) {
    const word = m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!;
    const priority = /cheap|expensive|cost|afford|budget|fast|quick/.test(word) ? 'cost' : 'quality';
    wishes.push({ kind: 'superlative', priority, role: roleFromWord(m[2], t) });
  }
  const unlisted = wishes.length === 0 ? UNLISTED_MODEL.exec(t) : null;
  if (unlisted) wishes.push({ kind: 'unlisted', name: unlisted[0], role: /\bimage/.test(t) ? 'image' : 'text' });
  if (wishes.length === 0) {
    // "switch it to GPT4": a GPT the directory does not list by that name is OpenAI's family.
    const family =
      /\b(?:to|use|using|with|on|via|try)\s+(gemini|google(?:'s)?(?: models?)?|openai(?:'s)?(?: models?)?|gpt(?:-?\d[\w.]*)?|chatgpt)\b/.exec(
        t,
      ) ??
      // "the replies should come from gemini": a model family as the source (not "reviews from Google").
      /\b(?:from|by)\s+(gemini|gpt(?:-?\d[\w.]*)?|chatgpt)\b/.exec(t) ??
      // "have gemini write the digest", "I'd prefer gpt": a family wished as who does the work.
      /\b(?:have|let|prefer|rather)\s+(gemini|gpt(?:-?\d[\w.]*)?|chatgpt)\b/.exec(t) ??
      // "gemini has a free tier, can the description be written with that instead": named, then referred back to.
      /\b(gemini|gpt(?:-?\d[\w.]*)?|chatgpt)\b.{0,80}\b(?:with|to|use|using|on) (?:that|it|that one)(?: one)? instead\b/.exec(t);
    if (family) {
      const provider = /gemini|google/.test(family[1]!) ? 'google' : 'openai';
      wishes.push({ kind: 'family', provider, role: /\bimage/.test(t) ? 'image' : 'text' });
    }
  }
  return wishes;
}
