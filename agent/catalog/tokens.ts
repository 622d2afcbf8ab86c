import { Tiktoken } from 'js-tiktoken/lite';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import type { ModelFacts } from './model-facts';

/** How a token count was obtained, stated next to every count we show. */
export type TokenCountMethod = 'tiktoken:o200k_base' | 'tiktoken:cl100k_base' | 'approximation:chars/4';

export interface TokenCount {
  tokens: number;
  method: TokenCountMethod;
  /** One sentence for people: which tokenizer, or that it is an estimate. */
  explanation: string;
}

/**
 * Gemini's tokenizer is not published as a library, so Gemini counts are an estimate:
 * ceil(characters / 4), the ratio Google documents for English text ("a token is about
 * four characters"). Expect ±25% on code and non-Latin scripts.
 */
export const GEMINI_CHARS_PER_TOKEN = 4;

const encoders = new Map<string, Tiktoken>();

function encoder(name: 'o200k_base' | 'cl100k_base'): Tiktoken {
  let enc = encoders.get(name);
  if (!enc) {
    enc = new Tiktoken(name === 'o200k_base' ? o200kBase : cl100kBase);
    encoders.set(name, enc);
  }
  return enc;
}

/** The encoding OpenAI uses for a model: cl100k_base for text-embedding-3-*, o200k_base for GPT-4o and later. */
function openAIEncoding(model: ModelFacts): 'o200k_base' | 'cl100k_base' {
  return model.id.startsWith('text-embedding-') ? 'cl100k_base' : 'o200k_base';
}

/** Tokens of `text` in o200k_base (current OpenAI models): a model-neutral size, e.g. for upload limits. */
export function countTextTokens(text: string): number {
  return encoder('o200k_base').encode(text).length;
}

/** Tokens `text` would use as input to `model`. */
export function countTokens(model: ModelFacts, text: string): TokenCount {
  if (model.provider === 'openai') {
    const name = openAIEncoding(model);
    const tokens = encoder(name).encode(text).length;
    return { tokens, method: `tiktoken:${name}`, explanation: `counted with tiktoken ${name} (${model.id}'s tokenizer)` };
  }
  const tokens = Math.ceil(text.length / GEMINI_CHARS_PER_TOKEN);
  return {
    tokens,
    method: 'approximation:chars/4',
    explanation: `estimated as characters ÷ ${GEMINI_CHARS_PER_TOKEN} (Google publishes no tokenizer library; expect ±25%)`,
  };
}
