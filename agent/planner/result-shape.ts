/**
 * Does the tool hand back prose (a reply, a post, a summary) or data (fields read out of a
 * document, a label, a score, rows in a table)? Weighed from lemmas: verbs that read, sort or
 * keep against verbs and nouns that write, plus the shape of what is asked for back (a list of
 * named values, JSON). Data apps are built from extract, classify and save steps, not from a
 * text generator.
 */
import { readSentences, type Token } from './language';
import { stem } from './words';

/** Verbs whose result is data. */
const DATA_VERBS = new Set([
  'extract', 'classify', 'categorize', 'categorise', 'tag', 'label', 'score', 'rank', 'grade', 'route', 'parse', 'triage',
  'qualify', 'sort', 'log', 'track', 'screen', 'detect', 'identify', 'flag', 'assess', 'rate', 'match', 'compare', 'decide',
  'pull', 'capture', 'collect', 'record', 'store', 'save', 'approve', 'manage', 'check', 'verify', 'validate', 'fill',
]);
/** Nouns that name data: the app is a table, a form or a set of values. */
const DATA_NOUNS = new Set([
  'json', 'tracker', 'directory', 'portal', 'crm', 'database', 'table', 'sheet', 'spreadsheet', 'inventory', 'catalog', 'form',
  'score', 'tag', 'category', 'label', 'priority', 'status', 'field', 'column', 'record', 'pipeline', 'checklist', 'ats',
  'structured', 'decision', 'verdict', 'level', 'severity',
]);
/** Verbs whose result is prose. */
const TEXT_VERBS = new Set([
  'write', 'draft', 'compose', 'summarise', 'summarize', 'rewrite', 'translate', 'answer', 'reply', 'respond', 'explain',
  'suggest', 'brainstorm', 'outline', 'proofread', 'paraphrase', 'chat', 'advise', 'recommend', 'describe', 'tell',
]);
/** Nouns that name prose: what a writing tool delivers. */
export const TEXT_NOUNS = new Set([
  'email', 'letter', 'post', 'article', 'story', 'summary', 'essay', 'blog', 'message', 'reply', 'answer', 'response',
  'review', 'description', 'guide', 'advice', 'plan', 'copy', 'newsletter', 'digest', 'briefing', 'brief', 'code', 'script',
  'outline', 'caption', 'tweet', 'slogan', 'headline', 'title', 'translation', 'explanation', 'feedback', 'suggestion',
  'idea', 'proposal', 'speech', 'poem', 'joke', 'note', 'recap', 'report', 'playlist', 'itinerary', 'recipe', 'lesson',
]);

/** What a tool is called says what it hands back: a generator writes, a tracker keeps rows. */
const WRITING_TOOLS = new Set([
  'generator', 'writer', 'ghostwriter', 'copywriter', 'proofreader', 'assistant', 'helper', 'interviewer', 'coach', 'tutor',
  'chatbot', 'bot', 'advisor', 'translator', 'summarizer', 'summariser', 'drafter', 'composer', 'explainer', 'brainstormer',
  'critique', 'ghostwriting', 'minutes', 'agreement', 'memorandum', 'html', 'worksheet',
]);
const DATA_TOOLS = new Set([
  'tracker', 'directory', 'crm', 'parser', 'extractor', 'classifier', 'scorer', 'screener', 'router', 'database', 'inventory',
  'portal', 'register', 'catalog', 'catalogue', 'scorecard', 'checklist', 'ats', 'dashboard', 'app',
]);
const TOOL_NAME_WEIGHT = 2;

/** Verbs that hand over what their object names: "get a caption", "send me one summary", "turn it into minutes". */
const DELIVERING_VERBS = new Set(['get', 'send', 'write', 'draft', 'give', 'generate', 'produce', 'turn', 'make', 'email', 'post', 'create', 'return', 'want']);
/** Prose that a delivering verb hands over counts this much more. */
const DELIVERED_WEIGHT = 2;

/** Verbs whose object is what the tool reads, not what it writes ("paste a rejection email", "read every reply"). */
const READING_VERBS = new Set([
  'paste', 'upload', 'read', 'receive', 'forward', 'scan', 'import', 'review', 'classify', 'categorize', 'categorise', 'route',
  'tag', 'label', 'sort', 'score', 'triage', 'parse', 'extract', 'pull', 'analyse', 'analyze', 'monitor', 'watch', 'check',
]);

/** Stems of a word list, so a lemmatiser's slip ("routed" → rout) still meets "route". */
const stems = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words].map(stem));
const DATA_VERB_STEMS = stems(DATA_VERBS);
const TEXT_VERB_STEMS = stems(TEXT_VERBS);
const READING_STEMS = stems(READING_VERBS);

/** Starts a clause: the sentence's first word, or after punctuation, "and"/"or" or "then". */
function clauseStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.lower === 'then';
}

/**
 * Used as a verb: tagged so, or an imperative the tagger read as a noun ("Score each lead",
 * "route it to support", "reply politely") — a clause's first word followed by its object.
 */
function verbal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return true;
  const next = tokens[i + 1];
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && clauseStart(tokens, i) && !!next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'ADV');
}

const isIn = (t: Token, words: ReadonlySet<string>, stemmed: ReadonlySet<string>) => words.has(t.lemma) || stemmed.has(stem(t.lower));

export function weigh(tokens: readonly Token[]): { data: number; text: number } {
  let data = 0;
  let text = 0;
  let lastVerb: Token | null = null;
  // The sentence says a verb somewhere: a prose noun before its first verb is what it is about (its subject), not what is made.
  let verbSeen = false;
  const sentenceHasVerb = tokens.some((t, i) => verbal(tokens, i));
  for (const [i, t] of tokens.entries()) {
    const isVerb = verbal(tokens, i);
    if (isVerb) {
      lastVerb = t;
      verbSeen = true;
    }
    if (t.text === '.' || t.text === ';') lastVerb = null;
    if (!t.negated && t.pos === 'NOUN' && TEXT_NOUNS.has(t.lemma) && lastVerb && DELIVERING_VERBS.has(lastVerb.lemma)) text += DELIVERED_WEIGHT;
    if (t.negated) continue;
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      if (isVerb && isIn(t, DATA_VERBS, DATA_VERB_STEMS)) data += 2;
      else if (DATA_NOUNS.has(t.lemma) || DATA_NOUNS.has(t.lower)) data += 1;
      if (isVerb && isIn(t, TEXT_VERBS, TEXT_VERB_STEMS)) text += 2;
      const read = lastVerb !== null && isIn(lastVerb, READING_VERBS, READING_STEMS);
      if (!isVerb && TEXT_NOUNS.has(t.lemma) && !read && (verbSeen || !sentenceHasVerb)) text += 1;
      if (WRITING_TOOLS.has(t.lemma) && !isVerb) text += TOOL_NAME_WEIGHT;
      if (DATA_TOOLS.has(t.lemma) && !isVerb) data += TOOL_NAME_WEIGHT;
    }
  }
  return { data, text };
}

/**
 * True when the tool hands back data rather than prose. `namedFields` is how many fields the
 * person listed: a long list with no writing asked is a records app; more so when rows are kept.
 */
export function handsBackData(text: string, namedFields: number, keepsRecords: boolean): boolean {
  const tokens = readSentences(text).flatMap((s) => s.tokens);
  const { data, text: prose } = weigh(tokens);
  const listBonus = namedFields >= 4 ? 2 : namedFields >= 2 ? 1 : 0;
  // Rows kept with their columns named: a records app.
  const keptBonus = keepsRecords && namedFields >= 3 ? 2 : 0;
  return data + listBonus + keptBonus > prose;
}

/** The person asks for writing (a verb that writes, or what writing delivers). */
export function asksForProse(text: string): boolean {
  return weigh(readSentences(text).flatMap((s) => s.tokens)).text >= 2;
}
