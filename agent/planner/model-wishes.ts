/**
 * Models asked for in words: a named model ("use Gemini 3.1 Pro for the text", looked up
 * through the directory's aliases), a superlative ("the cheapest image model", answered by
 * recommend_model), or a provider family ("switch to Gemini").
 */
import { findModel, type ModelFacts } from '../catalog';
import { anyOf } from './regex-parts';

export type ModelRole = 'text' | 'image';

export type ModelWish =
  | { kind: 'named'; model: ModelFacts; role: ModelRole }
  | { kind: 'superlative'; priority: 'cost' | 'quality'; role: ModelRole }
  | { kind: 'family'; provider: 'openai' | 'google'; role: ModelRole };

const MAX_NAME_WORDS = 5;

/** Whitespace/punctuation tokens that keep "3.1", "gpt-5" and "o4-mini" whole. */
function nameTokens(text: string): Array<{ word: string; at: number }> {
  const out: Array<{ word: string; at: number }> = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.\-_/]*/g)) {
    out.push({ word: m[0].replace(/[.\-_/]+$/, ''), at: m.index });
  }
  return out;
}

/** Models named in `text` by id or alias, in order; "gemini" alone names no model. */
export function findNamedModels(text: string): Array<{ model: ModelFacts; at: number; end: number; role: ModelRole }> {
  const tokens = nameTokens(text);
  const found: Array<{ model: ModelFacts; at: number; end: number; role: ModelRole }> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const slice = tokens.slice(i, i + n);
      const candidate = slice.map((t) => t.word).join(' ');
      // One plain word ("pro", "mini") is never a model name on its own.
      if (n === 1 && !/\d/.test(candidate)) continue;
      if (/^\d+(?:[.,]\d+)?$/.test(candidate)) continue;
      const model = findModel(candidate);
      if (!model) continue;
      // The model's own kind decides its role: a text model cannot draw "for the images".
      const last = slice[slice.length - 1]!;
      found.push({ model, at: slice[0]!.at, end: last.at + last.word.length, role: model.kind === 'image' ? 'image' : 'text' });
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

const SUPERLATIVE_WORD =
  /cheapest|cheaper|least expensive|lowest[- ]cost|most affordable|budget|best|highest[- ]quality|most capable|smartest|strongest|top/;
/** "the cheapest image model", "the best one". */
const BEST_MODEL = new RegExp(`\\b(${SUPERLATIVE_WORD.source})\\s+(?:(image|picture|text|writing|language)\\s+)?(?:model|one|option)\\b`);
/** "make it cheaper". */
const MAKE_IT_BETTER = /\bmake (?:it|the app|this) (cheaper|better|smarter)\b/;
const SUPERLATIVE = anyOf([BEST_MODEL, MAKE_IT_BETTER], 'g');

function roleFromWord(word: string | undefined, text: string): ModelRole {
  if (word && /image|picture/.test(word)) return 'image';
  if (word) return 'text';
  return /\bimage (?:model|step)|\bpictures?\b|\bimages?\b/.test(text) ? 'image' : 'text';
}

/** Every model wish in `text`: names first, then superlatives, then a bare provider family. */
export function findModelWishes(text: string): ModelWish[] {
  const t = text.toLowerCase();
  const wishes: ModelWish[] = findNamedModels(text).map((m) => ({ kind: 'named', model: m.model, role: m.role }));
  for (const m of t.matchAll(SUPERLATIVE)) {
    const word = m[1] ?? m[3]!;
    const priority = /cheap|expensive|cost|afford|budget/.test(word) ? 'cost' : 'quality';
    wishes.push({ kind: 'superlative', priority, role: roleFromWord(m[2], t) });
  }
  if (wishes.length === 0) {
    const family = /\b(?:to|use|using|with|on|via|try)\s+(gemini|google(?:'s)?(?: models?)?|openai(?:'s)?(?: models?)?|gpt|chatgpt)\b/.exec(
      t,
    );
    if (family) {
      const provider = /gemini|google/.test(family[1]!) ? 'google' : 'openai';
      wishes.push({ kind: 'family', provider, role: /\bimage/.test(t) ? 'image' : 'text' });
    }
  }
  return wishes;
}
