/**
 * Does the tool hand back prose (a reply, a post, a summary) or data (fields read out of a
 * document, a label, a score, rows in a table)? Weighed from lemmas: verbs that read, sort or
 * keep against verbs and nouns that write, plus the shape of what is asked for back (a list of
 * named values, JSON). Data apps are built from extract, classify and save steps, not from a
 * text generator.
 */
import { isArrow, isVerbAt, readSentences, type Token } from './language';
import { isTool } from './tool-subject';
import { stem } from './words';

/** Verbs whose result is data. */
const DATA_VERBS = new Set([
  'extract',
  'classify',
  'categorize',
  'categorise',
  'tag',
  'label',
  'score',
  'rank',
  'grade',
  'route',
  'parse',
  'triage',
  'qualify',
  'sort',
  'log',
  'track',
  'screen',
  'detect',
  'identify',
  'flag',
  'assess',
  'rate',
  'match',
  'compare',
  'decide',
  'pull',
  'capture',
  'collect',
  'record',
  'store',
  'save',
  'approve',
  'manage',
  'check',
  'verify',
  'validate',
  'fill',
  'calculate',
  'compute',
  'mark',
  'assign',
  'moderate',
  'dedupe',
  'deduplicate',
  'merge',
  'estimate',
  'predict',
  'forecast',
  'enrich',
  'normalize',
  'normalise',
  'count',
  'measure',
  'filter',
  'prioritize',
  'prioritise',
  'evaluate',
  'judge',
]);
/** Nouns that name data: the app is a table, a form or a set of values. */
const DATA_NOUNS = new Set([
  'json',
  'tracker',
  'directory',
  'portal',
  'crm',
  'database',
  'table',
  'sheet',
  'spreadsheet',
  'inventory',
  'catalog',
  'form',
  'score',
  'tag',
  'category',
  'label',
  'priority',
  'status',
  'field',
  'column',
  'record',
  'pipeline',
  'checklist',
  'ats',
  'structured',
  'decision',
  'verdict',
  'level',
  'severity',
  'sentiment',
  'rating',
]);
/** Verbs whose result is prose. */
const TEXT_VERBS = new Set([
  'write',
  'draft',
  'compose',
  'summarise',
  'summarize',
  'rewrite',
  'translate',
  'answer',
  'reply',
  'respond',
  'explain',
  'suggest',
  'brainstorm',
  'outline',
  'proofread',
  'paraphrase',
  'chat',
  'advise',
  'recommend',
  'describe',
  'tell',
  'critique',
  'rephrase',
  'simplify',
]);
/** Nouns that name prose: what a writing tool delivers. */
export const TEXT_NOUNS = new Set([
  'email',
  'letter',
  'post',
  'article',
  'story',
  'summary',
  'essay',
  'blog',
  'message',
  'reply',
  'answer',
  'response',
  'review',
  'description',
  'guide',
  'advice',
  'plan',
  'copy',
  'newsletter',
  'digest',
  'briefing',
  'brief',
  'code',
  'script',
  'outline',
  'caption',
  'tweet',
  'slogan',
  'headline',
  'title',
  'translation',
  'explanation',
  'feedback',
  'suggestion',
  'idea',
  'proposal',
  'speech',
  'poem',
  'joke',
  'note',
  'recap',
  'report',
  'playlist',
  'itinerary',
  'playbook',
  'minute',
  'update',
  'draft',
  'html',
  'recipe',
  'lesson',
  'blurb',
]);

/** Prose that stands as a whole piece of writing, not a short value beside others (a rationale, a title). */
const DOCUMENTS = new Set(['letter', 'article', 'story', 'essay', 'blog', 'newsletter', 'speech', 'poem', 'proposal', 'tweet']);

/** What a tool is called says what it hands back: a generator writes, a tracker keeps rows. */
const WRITING_TOOLS = new Set([
  'generator',
  'writer',
  'ghostwriter',
  'copywriter',
  'proofreader',
  'assistant',
  'helper',
  'interviewer',
  'coach',
  'tutor',
  'chatbot',
  'bot',
  'advisor',
  'translator',
  'summarizer',
  'summariser',
  'drafter',
  'composer',
  'explainer',
  'brainstormer',
  'critique',
  'ghostwriting',
  'minutes',
  'agreement',
  'memorandum',
  'html',
  'worksheet',
]);
const DATA_TOOLS = new Set([
  'tracker',
  'directory',
  'crm',
  'parser',
  'extractor',
  'classifier',
  'scorer',
  'screener',
  'router',
  'database',
  'inventory',
  'portal',
  'register',
  'catalog',
  'catalogue',
  'scorecard',
  'checklist',
  'ats',
  'dashboard',
  'app',
  'panel',
  'console',
  'helpdesk',
  'board',
  'timesheet',
  'roster',
  'ledger',
]);
const TOOL_NAME_WEIGHT = 2;

/** Verbs that hand over what their object names: "get a caption", "send me one summary", "turn it into minutes". */
const DELIVERING_VERBS = new Set([
  'get',
  'send',
  'write',
  'draft',
  'give',
  'generate',
  'produce',
  'turn',
  'make',
  'email',
  'post',
  'create',
  'return',
  'want',
]);
/** Verbs of wanting: what a person wants is what the tool hands back. */
const WANTING = new Set(['want', 'need', 'like', 'expect']);
/** Prepositions that name what a verb works from, not what it hands over. */
const SOURCE_WORDS = new Set(['from']);
/** "input → result", the shorthand of automation builders: an arrow hands back what follows it. */
const HANDS_BACK: Token = { text: '→', lower: '→', lemma: 'get', pos: 'VERB', negated: false, kind: 'punctuation', space: '' };
/** Prose that a delivering verb hands over counts this much more. */
const DELIVERED_WEIGHT = 2;

/** Verbs whose object is what the tool reads, not what it writes ("paste a rejection email", "read every reply"). */
const READING_VERBS = new Set([
  'paste',
  'upload',
  'read',
  'receive',
  'forward',
  'scan',
  'import',
  'review',
  'classify',
  'categorize',
  'categorise',
  'route',
  'tag',
  'label',
  'sort',
  'score',
  'triage',
  'parse',
  'extract',
  'pull',
  'analyse',
  'analyze',
  'monitor',
  'watch',
  'check',
]);

/** Stems of a word list, so a lemmatiser's slip ("routed" → rout) still meets "route". */
const stems = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words].map(stem));
const DATA_VERB_STEMS = stems(DATA_VERBS);
const TEXT_VERB_STEMS = stems(TEXT_VERBS);
const READING_STEMS = stems(READING_VERBS);

/** Verbs that hand back what follows them: "get back the invoice number, the date…", "tell me: type, tone…". */
const RETURNING_VERBS = new Set(['get', 'return', 'tell', 'give', 'output']);
/** Words between such a verb and what it hands back. */
const RETURN_FILLERS = new Set(['back', 'me', 'us', ':', 'out']);
export const PEOPLE = new Set(['i', 'we', 'they', 'you']);

/** "suppliers send us their W-9", "clients email me briefs": someone else's noun hands things to us. */
function othersHandOver(tokens: readonly Token[], i: number): boolean {
  const subject = tokens[i - 1];
  const to = tokens[i + 1]?.lower;
  if (!subject || (to !== 'us' && to !== 'me')) return false;
  const named = subject.pos === 'NOUN' || subject.pos === 'PROPN';
  return named && !isTool(subject) && !WRITING_TOOLS.has(subject.lemma) && !DATA_TOOLS.has(subject.lemma) && !AI_NAMES.has(subject.lower);
}
/** The team whose job the tool does. */
const TEAM = new Set(['we', 'they']);
/** Subjects that hand the tool something, not the tool handing back. */
const SENDERS = new Set([...PEOPLE, 'someone', 'customer', 'customers', 'user', 'users', 'people', 'clients', 'client']);
/** After a verb, these start its own object or clause ("where to buy it", "have AI write"). */
const CLAUSE_NEXT = new Set(['DET', 'PRON', 'PROPN', 'PART', 'ADP']);
/** At least this many values listed make a record, not prose. */
const VALUE_LIST = 3;
/** "give me the recommended action and a short rationale": two named things handed back are values too. */
const VALUES_NAMED = 2;
/** Papers a tool can make whole, which are no values: "it gives me a contract and an invoice". */
const PAPERS = new Set(['contract', 'invoice', 'document', 'file', 'pdf', 'report', 'agreement', 'certificate', 'receipt', 'quote']);

const NO_LIST = { end: -1, prose: 0, documents: 0 };

/** One thing listed as handed back: its head word, whether it explains ("what it means"), whether it is a whole piece of writing. */
interface ListItem {
  head: Token | null;
  explains: boolean;
  document: boolean;
}
/** Words that open an item explaining something. */
const EXPLAINING = new Set(['what', 'how', 'why']);

/**
 * Where a list of values handed back ends (`end`, or -1), or how many pieces of writing a list handed back names (`prose`): three or more short noun phrases after a
 * returning verb, most of them not prose ("the invoice number, the date, every line item");
 * "key messages, slogans, …" lists pieces of writing instead.
 */
function valueListEnd(tokens: readonly Token[], i: number): { end: number; prose: number; documents: number } {
  // "I give the bullet points, …", "I will tell you my location and …": what the person gives is input.
  let subject = i - 1;
  while (tokens[subject]?.pos === 'AUX') subject--;
  if (!RETURNING_VERBS.has(tokens[i]!.lemma) || PEOPLE.has(tokens[subject]?.lower ?? '')) return NO_LIST;
  let k = i + 1;
  while (tokens[k] && RETURN_FILLERS.has(tokens[k]!.lower)) k++;
  const items: ListItem[] = [];
  let item: ListItem = { head: null, explains: false, document: false };
  let opened = false;
  const close = () => {
    if (item.head) items.push(item);
    item = { head: null, explains: false, document: false };
    opened = false;
  };
  let depth = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    if (t.text === '.' || t.text === ';' || t.text === '—' || t.text === ':') break;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'plus') {
      close();
      continue;
    }
    // "what the objection really means", "how to fix it": an item that explains is writing.
    if (!opened && EXPLAINING.has(t.lower)) item.explains = true;
    opened = true;
    // "feedback on quality, readability…", "an analysis of genre, theme…": one piece about many things.
    if (t.pos === 'ADP' && items.length === 0) return NO_LIST;
    // A clause inside ("and have AI write…") is no list of values; "suggested optimizations" is.
    if (t.pos === 'VERB' && CLAUSE_NEXT.has(tokens[k + 1]?.pos ?? '')) {
      if (items.length + (item.head ? 1 : 0) < VALUES_NAMED) return NO_LIST;
      break;
    }
    // A tagger may read a listed noun as a verb ("reapply signal,").
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB') item.head = t;
    // Items that name a whole piece of writing ("a cover letter draft").
    if (t.pos === 'NOUN' && DOCUMENTS.has(t.lemma)) item.document = true;
  }
  close();
  const heads = items.map((x) => x.head!);
  const prose = items.filter((x) => x.explains || TEXT_NOUNS.has(x.head!.lemma)).length;
  const documents = items.filter((x) => x.document).length;
  // "Give me ranked hypotheses, a checklist, a stakeholder update and a postmortem draft": mostly writing.
  if (heads.length >= VALUES_NAMED && prose * 2 >= heads.length) return { end: -1, prose, documents: 0 };
  // Two things handed back are values only when neither is a paper made whole ("a contract and a matching invoice").
  if (heads.length < VALUE_LIST && heads.some((h) => PAPERS.has(h.lemma))) return NO_LIST;
  return heads.length >= VALUES_NAMED ? { end: k, prose: 0, documents } : NO_LIST;
}

/** Where listed names are columns. */
const TABLES = new Set(['table', 'sheet', 'spreadsheet', 'database']);
/** How far after a piece of writing the colon opening its sections may come. */
const SECTIONS_REACH = 8;

/** Words that open the parts a piece of writing comes with. */
const WITH_PARTS = new Set(['with', 'including']);
/** Values a result can be measured or sorted by. */
const MEASURES = new Set([
  'score',
  'rating',
  'level',
  'priority',
  'status',
  'category',
  'label',
  'tag',
  'grade',
  'verdict',
  'severity',
  'confidence',
  'probability',
  'flag',
]);

/**
 * "a triage report with a severity score and the techniques it maps to": the writing is named
 * by values it comes with (scores, labels, levels), so what is handed back is those values.
 */
function valuesFollow(tokens: readonly Token[], i: number): boolean {
  if (!WITH_PARTS.has(tokens[i + 1]?.lower ?? '')) return false;
  const heads: Token[] = [];
  let last: Token | null = null;
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.pos === 'VERB' || t.pos === 'ADP') break;
    if (t.text === ',' || t.lower === 'and') {
      if (last) heads.push(last);
      last = null;
    } else if (t.pos === 'NOUN' || t.pos === 'PROPN') last = t;
  }
  if (last) heads.push(last);
  const values = heads.filter((h) => MEASURES.has(h.lemma)).length;
  return values > 0 && values * 2 >= heads.length && !heads.some((h) => TEXT_NOUNS.has(h.lemma));
}

/** "suggest a category", "recommend a priority": the object of a writing verb is a value to pick, no writing. */
function objectIsMeasure(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k++;
  const head = tokens[k];
  return !!head && head.pos === 'NOUN' && MEASURES.has(head.lemma) && tokens[k + 1]?.pos !== 'NOUN';
}

/** A colon follows shortly, in the same sentence, with a list after it. */
function sectionsFollow(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + SECTIONS_REACH); k++) {
    const t = tokens[k]!;
    // "a report as a three column table: month, …": the list is the table's columns.
    // "how urgent each email is: low, …": after a verb or a copula the list is what it is, not its sections.
    if (t.text === '.' || t.text === ';' || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || TABLES.has(t.lemma)) return false;
    // "Hero image for each blog post: read the post, …" opens steps, not sections.
    // A dash opens sections as a colon does: "a revenue report in Slack — total revenue, refund rate, …".
    if (t.text === ':' || t.text === '—' || t.text === '–')
      return !isVerbAt(tokens, k + 1) && tokens.slice(k + 1).some((x) => x.text === ',');
  }
  return false;
}

/** Stems of words seen, so each word is stemmed once per process (the vocabulary is small). */
const stemmedWords = new Map<string, string>();
function stemOf(word: string): string {
  let s = stemmedWords.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemmedWords.size < 20_000) stemmedWords.set(word, s);
  }
  return s;
}

/** Words after which a writing verb read as a noun is still the verb: "a tool that drafts posts". */
const RELATIVES = new Set(['that', 'which', 'who', 'to']);

/** How far a title's colon may come after its first word ("Log analysis tool:"). */
const TITLE_REACH = 4;

/**
 * "Draft Instagram captions", "a tool that drafts LinkedIn posts", "Moderate user uploads": a job
 * verb the tagger read as a noun (or, capitalised at a sentence's start, as a name), with its
 * object after it — unless a colon soon follows, which makes the words a title ("Log analysis:").
 */
function jobVerbAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const opens = !before || before.pos === 'PUNCT' || RELATIVES.has(before.lower);
  const named = t.pos === 'PROPN' && !before;
  if ((t.pos !== 'NOUN' && !named) || !opens || !next) return false;
  if (!(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'DET')) return false;
  const title = tokens.slice(i + 1, i + 1 + TITLE_REACH).findIndex((x) => x.text === ':' || x.pos === 'VERB');
  return title < 0 || tokens[i + 1 + title]!.text !== ':';
}

const SUBJECTS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it', 'who', 'that', 'which']);

/** "ranked hypotheses", "the translated text": a participle before its noun describes it, it is no step. */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.pos;
  const before = tokens[i - 1];
  // "we tagged items", "the bot parsed emails": with a subject before it, it is the verb.
  const subject = before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || SUBJECTS.has(before.lower));
  return /ed$/.test(tokens[i]!.lower) && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ') && !subject;
}

/**
 * "a briefing: what moved, filtered from my feeds, flagged where it touches a client": a past
 * participle right after a comma describes what came before; a step would say the verb's plain form.
 */
function describesAfterComma(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === ',' && /ed$/.test(tokens[i]!.lower) && tokens[i]!.lower !== tokens[i]!.lemma;
}

/** "teachers mark each student", "agents tag every ticket": a plural noun, a word the tagger read as a noun, then its object's determiner. */
function verbAfterSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const subject = tokens[i - 1];
  const next = tokens[i + 1];
  const plural = !!subject && subject.pos === 'NOUN' && subject.lower !== subject.lemma && subject.lower.endsWith('s');
  return t.pos === 'NOUN' && plural && t.lower === t.lemma && !!next && (next.pos === 'DET' || next.pos === 'PRON');
}

/** Tokens inside a bracket that lists (two commas or more): "as JSON (title, main entities, prices…)" names values, not writing. */
function bracketLists(tokens: readonly Token[]): boolean[] {
  const inList = tokens.map(() => false);
  let open = -1;
  tokens.forEach((t, i) => {
    if (t.text === '(') open = i;
    if (t.text === ')' && open >= 0) {
      const inside = tokens.slice(open + 1, i);
      if (inside.filter((x) => x.text === ',').length >= 2) for (let k = open + 1; k < i; k++) inList[k] = true;
      open = -1;
    }
  });
  return inList;
}

/** Formats that are data when a result is asked "as" them. */
const DATA_FORMATS = new Set(['structured', 'json', 'csv', 'table', 'rows', 'fields']);

/** What a model says back, and names for a model a person hands things to. */
const ANSWERS = new Set(['answer', 'response', 'reply']);
const AI_NAMES = new Set(['chatgpt', 'gpt', 'gemini', 'claude', 'llm', 'openai', 'ai']);

/** A noun, or a prose word the tagger read otherwise where a noun phrase ends ("a prep brief on WhatsApp", "the HTML for"). */
function headsPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.pos ?? 'PUNCT';
  // "a feedback log": a noun before another noun only says which kind; the last one heads the phrase.
  // Before a writing tool it names what is written ("a recipe generator").
  const after = tokens[i + 1]?.lemma ?? '';
  const modifies = next === 'NOUN' && !TEXT_NOUNS.has(after) && !WRITING_TOOLS.has(after);
  return (
    (t.pos === 'NOUN' && !modifies) || ((t.pos === 'ADJ' || t.pos === 'PROPN') && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ')
  );
}

const isIn = (t: Token, words: ReadonlySet<string>, stemmed: ReadonlySet<string>) => words.has(t.lemma) || stemmed.has(stemOf(t.lower));

interface Weights {
  data: number;
  text: number;
  /** The part of `text` that is writing handed back (a writing verb, prose a delivering verb hands over), not prose mentioned. */
  delivered: number;
  /** A piece of writing is followed by its sections ("a summary: parties, payment terms, …"). */
  sections: boolean;
  /** Whole pieces of writing handed over ("a draft appeal letter"): the app must write, whatever values come with them. */
  documents: number;
}

function weigh(tokens: readonly Token[]): Weights {
  let data = 0;
  let text = 0;
  let delivered = 0;
  let sections = false;
  let documents = 0;
  let lastVerb: Token | null = null;
  // The last verb's subject is a person ("someone sends a text description", "I give a topic"): its object is given.
  let personGives = false;
  let oneGives = false;
  // Inside "from …": what the tool starts from, not what the verb hands over ("make a cover from the episode title").
  let fromSource = false;
  // A verb whose result is a value came earlier ("Rank … and explain why").
  let dataVerbSeen = false;
  // The sentence says a verb somewhere: a prose noun before its first verb is what it is about (its subject), not what is made.
  let verbSeen = false;
  const verbs = tokens.map(
    (t, i) =>
      (isVerbAt(tokens, i) && !modifiesNoun(tokens, i) && !describesAfterComma(tokens, i)) ||
      verbAfterSubject(tokens, i) ||
      ((isIn(t, TEXT_VERBS, TEXT_VERB_STEMS) || isIn(t, DATA_VERBS, DATA_VERB_STEMS)) && jobVerbAsNoun(tokens, i)),
  );
  const sentenceHasVerb = verbs.includes(true);
  const namesModel = tokens.some((t) => AI_NAMES.has(t.lower));
  const listed = bracketLists(tokens);
  let listUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isVerb = verbs[i]!;
    const list = isVerb && !t.negated ? valueListEnd(tokens, i) : NO_LIST;
    const values = list.end;
    text += DELIVERED_WEIGHT * list.prose;
    delivered += DELIVERED_WEIGHT * list.prose;
    documents += list.documents;
    if (values > 0) {
      // Named values handed back are a record's fields; their names ("a description") are not prose asked for.
      data += VALUE_LIST;
      listUntil = values;
    }
    if (i < listUntil) {
      if (isVerb) lastVerb = t;
      continue;
    }
    if (isVerb) {
      lastVerb = t;
      verbSeen = true;
      // "I want a summary" asks for it; "I give a topic" hands it over.
      personGives = (SENDERS.has(tokens[i - 1]?.lower ?? '') && !WANTING.has(t.lemma)) || othersHandOver(tokens, i);
      // "I describe the scene" hands over input; "we translate books" is the team's job the tool does.
      oneGives = personGives && !TEAM.has(tokens[i - 1]!.lower);
      fromSource = false;
    }
    if (t.text === '.' || t.text === ';') lastVerb = null;
    if (SOURCE_WORDS.has(t.lower)) fromSource = true;
    else if (t.text === '.' || t.text === ';' || t.text === ':') fromSource = false;
    // "paste a contract → plain English summary": what follows the arrow is handed back.
    if (isArrow(tokens, i)) {
      lastVerb = HANDS_BACK;
      personGives = false;
      oneGives = false;
      fromSource = false;
    }
    if (
      !t.negated &&
      !listed[i] &&
      headsPhrase(tokens, i) &&
      TEXT_NOUNS.has(t.lemma) &&
      lastVerb &&
      DELIVERING_VERBS.has(lastVerb.lemma) &&
      !personGives &&
      !fromSource
    ) {
      // "get a report with a score and a level" asks for the values; "write a description with tags" still writes.
      if (!isIn(lastVerb, TEXT_VERBS, TEXT_VERB_STEMS) && valuesFollow(tokens, i)) data += VALUE_LIST;
      else {
        text += DELIVERED_WEIGHT;
        delivered += DELIVERED_WEIGHT;
        if (DOCUMENTS.has(t.lemma)) documents++;
      }
    }
    if (t.negated) continue;
    // "says whether they've drifted": an indirect yes-or-no question is a verdict to hand back, a value.
    if (t.lower === 'whether') data += 2;
    // "send the prompt to Gemini and save the answer": a model's answer is writing handed back.
    if (ANSWERS.has(t.lemma) && t.pos === 'NOUN' && namesModel) {
      text += DELIVERED_WEIGHT;
      delivered += DELIVERED_WEIGHT;
    }
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      // "as structured info", "back as JSON": the format asked for is data.
      if (tokens[i - 1]?.lower === 'as' && DATA_FORMATS.has(t.lower)) data += VALUE_LIST;
      if (isVerb && isIn(t, DATA_VERBS, DATA_VERB_STEMS)) {
        data += 2;
        dataVerbSeen = true;
      } else if (DATA_NOUNS.has(t.lemma) || DATA_NOUNS.has(t.lower)) data += 1;
      // "I describe the scene": what the person writes is input.
      // "write it back on the ticket", "write the fields back into the row": storing, not writing prose.
      const writesBack = tokens.slice(i + 1, i + 5).some((x) => x.lower === 'back');
      // "Rank the customers and explain why": the reason given for a value is a field beside it.
      const reasonForValue = tokens[i + 1]?.lower === 'why' && dataVerbSeen;
      if (isVerb && isIn(t, TEXT_VERBS, TEXT_VERB_STEMS) && (writesBack || objectIsMeasure(tokens, i) || reasonForValue)) data += 2;
      else if (isVerb && isIn(t, TEXT_VERBS, TEXT_VERB_STEMS) && !oneGives) {
        text += 2;
        delivered += 2;
      }
      const writing = !isVerb && (TEXT_NOUNS.has(t.lemma) || WRITING_TOOLS.has(t.lemma));
      const read = writing && lastVerb !== null && (personGives || isIn(lastVerb, READING_VERBS, READING_STEMS));
      if (writing && TEXT_NOUNS.has(t.lemma) && !read && (verbSeen || !sentenceHasVerb)) text += 1;
      // "Social posts for X and LinkedIn with images": with no verb at all, the prose first named is what it makes.
      if (writing && t.pos === 'NOUN' && TEXT_NOUNS.has(t.lemma) && !sentenceHasVerb && !tokens.slice(0, i).some((x) => x.pos === 'ADP'))
        delivered += DELIVERED_WEIGHT;
      // "a plain English summary of what we agree to: parties, payment terms, …": the list is the writing's sections.
      if (writing && !read && sectionsFollow(tokens, i)) {
        text += DELIVERED_WEIGHT;
        delivered += DELIVERED_WEIGHT;
        sections = true;
      }
      if (WRITING_TOOLS.has(t.lemma) && !isVerb) text += TOOL_NAME_WEIGHT;
      if (DATA_TOOLS.has(t.lemma) && !isVerb) data += TOOL_NAME_WEIGHT;
    }
  }
  return { data, text, delivered, sections, documents };
}

/**
 * True when the tool hands back data rather than prose. `namedFields` is how many fields the
 * person listed: a long list with no writing asked is a records app; more so when rows are kept.
 */
export function handsBackData(text: string, namedFields: number, keepsRecords: boolean): boolean {
  const { data, text: prose, sections, delivered, documents } = weighText(text);
  // Rows kept and no writing handed back: what the tool hands back is the rows.
  if (keepsRecords && delivered < 2) return true;
  // A letter or a post among the values asked back still has to be written.
  if (documents > 0) return false;
  // Names listed as a writing's sections are not a record's fields.
  const listBonus = sections ? 0 : namedFields >= 4 ? 2 : namedFields >= 2 ? 1 : 0;
  return data + listBonus > prose;
}

/** Writing is handed back: a verb that writes, or prose a delivering verb hands over — not prose only mentioned. */
export function deliversProse(text: string): boolean {
  return weighText(text).delivered >= 2;
}

/** The person asks for writing (a verb that writes, or what writing delivers). */
export function asksForProse(text: string): boolean {
  return weighText(text).text >= 2;
}

/** A turn weighs the same description from several places: the last few weighings are kept. */
const CACHE_SIZE = 16;
const weighed = new Map<string, Weights>();

function weighText(text: string): Weights {
  const hit = weighed.get(text);
  if (hit) return hit;
  const result = weigh(readSentences(text).flatMap((s) => s.tokens));
  if (weighed.size >= CACHE_SIZE) weighed.delete(weighed.keys().next().value!);
  weighed.set(text, result);
  return result;
}
