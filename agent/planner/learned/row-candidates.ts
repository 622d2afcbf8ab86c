/**
 * The nouns a table's rows might be named for: every run of nouns in the description, read as a
 * singular phrase (its head's lemma after up to one compound word: "leave requests" → leave
 * request), with what the words around each mention say about it. Containers and table words
 * name no rows ("our invoices sheet" → invoice), as record-nouns.ts reads them.
 */
import { readSentences, type Token } from '../language';
import { ORGANISATIONS, phrase } from '../record-nouns';
import { TABLE_WORDS } from '../table-words';
import { periodSaidAt, TIME_NOUNS } from '../time-nouns';
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

/** One tool named, as written, not a plural of things kept ("job applications"); the tagger's lemma of "app" is "application". */
const isTool = (t: Token) => TOOL_NOUNS.has(t.lower);

/** Subject pronouns open a clause about the nouns before them ("the client profiles we keep"). */
const CLAUSE_OPENERS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'that', 'which', 'whose']);
/** Objects that follow a verb and never a noun: "members log their hours", "clients text me". */
const OBJECT_WORDS = new Set(['the', 'each', 'every', 'all', 'them', 'it', 'us', 'me', 'their', 'our', 'my', 'its', 'his', 'her']);

/** The speaker's own: "our team", "my studio". */
const OWN = new Set(['my', 'our']);

/** Determiners of one thing: "a", "an", "each", "every", with describing words after them ("a new"). */
const ONE_THING = new Set(['a', 'an', 'each', 'every']);

/** Whether the run starting at `start` follows a determiner of one thing, past describing words. */
function oneThing(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k--;
  return k >= 0 && ONE_THING.has(tokens[k]!.lower);
}

/**
 * The tagger reads a verb after its subject as one more noun: "the operator picks the item",
 * "each request picks who approves it", "members log their hours". A run's last word, after
 * another noun, is the verb when an object follows it (a determiner or an object pronoun), and
 * it is not a table word ("an invoices table we query") nor a count of a period ("200 invoices a month").
 */
function verbEnds(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]!;
  const next = tokens[end];
  const plural = (t: Token) => t.lower.endsWith('s') && t.lower !== t.lemma;
  // "when a new email lands, …": after a determiner of one thing, a last word in -s is its verb.
  if (!TABLE_WORDS.has(last.lemma) && plural(last) && oneThing(tokens, start)) return true;
  if (!next || TABLE_WORDS.has(last.lemma) || CLAUSE_OPENERS.has(next.lower)) return false;
  if (next.pos === 'DET' && /^an?$/.test(next.lower) && TIME_NOUNS.has(tokens[end + 1]?.lemma ?? '')) return false;
  // "picks who approves it": a verb in -s before any object.
  if (plural(last)) return next.pos === 'DET' || next.pos === 'PRON' || next.lower === 'who';
  // "employees snap a photo": a plural is seldom the first word of a compound, so a bare word after it is
  // its verb ("the sales rep who owns it" is a compound, its clause after).
  return plural(tokens[end - 2]!) && (OBJECT_WORDS.has(next.lower) || next.lower === 'a');
}

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
      // "every hour check the store …": the stretch of time says when, and the word the tagger runs on into it
      // is the order given then.
      if (end - i > 1 && periodSaidAt(tokens, i - 1)) continue;
      if (end - 1 > i && verbEnds(tokens, i, end)) end--;
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
      // "my coworking space", "let my team log …": the speaker's own place or body, not rows of it.
      if (ORGANISATIONS.has(head) && OWN.has(tokens[i - 1]?.lower ?? '')) continue;
      const seen = found.get(noun) ?? { noun, head, mentions: [] };
      seen.mentions.push({ sentence, at, tokens, end });
      found.set(noun, seen);
    }
  });
  return [...found.values()];
}
