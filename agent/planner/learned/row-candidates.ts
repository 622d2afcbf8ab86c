/**
 * The nouns a table's rows might be named for: every run of nouns in the description, read as a
 * singular phrase (its head's lemma after up to one compound word: "leave requests" → leave
 * request), with what the words around each mention say about it. Containers and table words
 * name no rows ("our invoices sheet" → invoice), as record-nouns.ts reads them.
 */
import { readSentences, type Token } from '../language';
import { phrase } from '../record-nouns';
import { TOOL_NOUNS } from '../tool-nouns';

/** The words right around one mention of a candidate. */
export interface Mention {
  /** Which sentence, from 0. */
  sentence: number;
  /** Where in its sentence the phrase starts. */
  at: number;
  /** The tokens of its sentence. */
  tokens: readonly Token[];
  /** The phrase's tokens: from `at`, up to `end` (exclusive). */
  end: number;
}

export interface Candidate {
  /** Singular phrase, lower-case: "leave request". */
  noun: string;
  /** The head noun's lemma: "request". */
  head: string;
  mentions: Mention[];
}

/** One tool named, not a plural of things kept ("job applications"). */
const isTool = (t: Token) => TOOL_NOUNS.has(t.lemma) && t.lower === t.lemma;

const isNoun = (t: Token | undefined) => !!t && t.kind === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN');

/** The candidates of `text`, in the order first mentioned. */
export function rowCandidates(text: string): Candidate[] {
  const found = new Map<string, Candidate>();
  readSentences(text).forEach((s, sentence) => {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!isNoun(tokens[i]) || isNoun(tokens[i - 1])) continue;
      let end = i;
      while (isNoun(tokens[end])) end++;
      // "an expense claims app": the tool is named for its rows, the nouns before it.
      if (end - 1 > i && isTool(tokens[end - 1]!)) end--;
      // "our invoices sheet": a table word names no rows; the nouns before it do.
      let noun: string | null = null;
      let at = i;
      for (; end > i; end--) {
        // A compound names one thing by its last two nouns: "customer support ticket" → support ticket.
        at = Math.max(i, end - 2);
        noun = phrase(tokens.slice(at, end));
        if (noun) break;
      }
      if (!noun) continue;
      const head = noun.split(' ').at(-1)!;
      const seen = found.get(noun) ?? { noun, head, mentions: [] };
      seen.mentions.push({ sentence, at, tokens, end });
      found.set(noun, seen);
    }
  });
  return [...found.values()];
}
