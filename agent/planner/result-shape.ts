/**
 * Does the tool hand back prose (a reply, a post, a summary) or data (fields read out of a
 * document, a label, a score, rows in a table)? Weighed from lemmas: verbs that read, sort or
 * keep against verbs and nouns that write, plus the shape of what is asked for back (a list of
 * named values, JSON). Data apps are built from extract, classify and save steps, not from a
 * text generator.
 */
import { readSentences, type Token } from './language';

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

function weigh(tokens: readonly Token[]): { data: number; text: number } {
  let data = 0;
  let text = 0;
  let lastVerb: Token | null = null;
  for (const t of tokens) {
    if (t.pos === 'VERB') lastVerb = t;
    if (t.text === '.' || t.text === ';') lastVerb = null;
    if (!t.negated && t.pos === 'NOUN' && TEXT_NOUNS.has(t.lemma) && lastVerb && DELIVERING_VERBS.has(lastVerb.lemma)) text += DELIVERED_WEIGHT;
    if (t.negated) continue;
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      if (DATA_VERBS.has(t.lemma) && t.pos === 'VERB') data += 2;
      if (DATA_NOUNS.has(t.lemma) || DATA_NOUNS.has(t.lower)) data += 1;
      if (TEXT_VERBS.has(t.lemma) && t.pos === 'VERB') text += 2;
      if (TEXT_NOUNS.has(t.lemma)) text += 1;
      if (WRITING_TOOLS.has(t.lemma) && t.pos !== 'VERB') text += TOOL_NAME_WEIGHT;
      if (DATA_TOOLS.has(t.lemma) && t.pos !== 'VERB') data += TOOL_NAME_WEIGHT;
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
