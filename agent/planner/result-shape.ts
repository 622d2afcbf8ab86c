/**
 * Does the tool hand back prose (a reply, a post, a summary) or data (fields read out of a
 * document, a label, a score, rows in a table)? Weighed from lemmas: verbs that read, sort or
 * keep against verbs and nouns that write, plus the shape of what is asked for back (a list of
 * named values, JSON). Data apps are built from extract, classify and save steps, not from a
 * text generator.
 */
import { draftsReplyIn } from './drafted-replies';
import { isArrow, isVerbAt, readSentences, type Token } from './language';
import { AI_NAMES, ANSWERS, DATA_NOUNS, DATA_TOOLS, DATA_VERBS, DOCUMENTS, TEXT_NOUNS, TEXT_VERBS, WRITING_TOOLS } from './result-words';
import { isTool } from './tool-subject';
import { asksForTone } from './tone-words';
import { intoTable, NO_LIST, objectIsMeasure, PEOPLE, sectionsFollow, VALUE_LIST, valueListEnd, valuesFollow } from './value-lists';
import { bracketLists, describesAfterComma, jobVerbAsNoun, modifiesNoun, verbAfterSubject } from './verb-or-noun';
import { stem } from './words';

/** Other planner files read these lists through the weighing that uses them. */
export { TEXT_NOUNS } from './result-words';
export { PEOPLE } from './value-lists';

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

/** "suppliers send us their W-9", "clients email me briefs": someone else's noun hands things to us. */
function othersHandOver(tokens: readonly Token[], i: number): boolean {
  const subject = tokens[i - 1];
  const to = tokens[i + 1]?.lower;
  if (!subject || (to !== 'us' && to !== 'me')) return false;
  const named = subject.pos === 'NOUN' || subject.pos === 'PROPN';
  return named && !isTool(subject) && !WRITING_TOOLS.has(subject.lemma) && !DATA_TOOLS.has(subject.lemma) && !AI_NAMES.has(subject.lower);
}
/** Helping verbs of ability: "people can tell", "customers may describe" name their subject before them ("you will suggest" is the tool's job, said as its own). */
const MODALS = new Set(['can', 'could', 'may', 'might']);
/** The word before a verb, past a form of "be" or of "can": "we're sending", "I am writing", "people can tell" name their subject before it. */
function subjectBefore(tokens: readonly Token[], i: number): string {
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'AUX' && (tokens[k]!.lemma === 'be' || MODALS.has(tokens[k]!.lower))) k--;
  return tokens[k]?.lower ?? '';
}

/** "where they'll be posted", "once it is sent": a verb in the passive hands over nothing after it. */
function passiveAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return before?.pos === 'AUX' && before.lemma === 'be' && t.lower !== t.lemma && !t.lower.endsWith('ing');
}

/** Words opening a clause that says when the tool runs: "if a contact replies", "when they answer". */
const EVENT_OPENERS = new Set(['when', 'whenever', 'if', 'once']);
/** The tool itself, as a subject: "when it finishes, …" is still the tool at work. */
const TOOL_PRONOUNS = new Set(['it', 'you']);
/** A clause opens at the start, after punctuation or after "and"/"but". */
const opensClause = (tokens: readonly Token[], i: number) => {
  const before = tokens[i - 1];
  return !before || before.pos === 'PUNCT' || before.lower === 'and' || before.lower === 'but';
};
/** "if a contact replies", "when they answer": someone named writing in the clause that says when the tool runs writes to us, not for us. */
function othersActInEvent(tokens: readonly Token[], i: number, inEvent: boolean): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'AUX') k--;
  const subject = tokens[k];
  const named = subject !== undefined && (subject.pos === 'NOUN' || subject.pos === 'PROPN' || subject.pos === 'PRON');
  return inEvent && named && !TOOL_PRONOUNS.has(subject.lower) && !isTool(subject);
}

/** "return the image in the response", "send them via email": writing named after these carries the result, it is not the result. */
const CARRIER_WORDS = new Set(['in', 'via', 'through', 'over']);
/** The team whose job the tool does. */
const TEAM = new Set(['we', 'they']);
/** Subjects that hand the tool something, not the tool handing back. */
const SENDERS = new Set([...PEOPLE, 'someone', 'customer', 'customers', 'user', 'users', 'people', 'clients', 'client']);

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

/** Formats that are data when a result is asked "as" them. */
const DATA_FORMATS = new Set(['structured', 'json', 'csv', 'xml', 'table', 'rows', 'fields']);
/** Files of values: a result exported "to CSV" or sent "as a JSON file" is data, whatever it is called (a report, a digest). */
const DATA_FILES = new Set(['json', 'csv', 'xml']);
/** An article may stand between "as" and the format ("as a CSV"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/** "as structured info", "back as a CSV", "export to CSV", "into a clean csv", "as XML": the result is asked in a data format. */
function inDataFormat(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "into a clean csv": words describing the format may stand before it.
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADJ') k--;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const before = tokens[k]?.lower;
  if (before === 'as') return DATA_FORMATS.has(t.lower);
  return (before === 'to' || before === 'into') && DATA_FILES.has(t.lower);
}

/** Verbs that tell a person something: "tell me if it's damaged", "let us know which one". */
const TELLING = new Set(['tell', 'show', 'know']);
/** Words that open an indirect question whose answer is a value: a yes or no, or one of several. */
const ASKED_WHICH = new Set(['if', 'which']);
/** Whom a telling verb tells. */
const PEOPLE_TOLD = new Set(['me', 'us', 'them', 'him', 'her']);

/** "tell me if the part passes", "tell me which game it is": the same verdict as "whether", asked of a person told. */
function toldWhich(tokens: readonly Token[], i: number): boolean {
  if (!ASKED_WHICH.has(tokens[i]!.lower)) return false;
  const told = tokens[i - 1]?.lemma === 'know' ? tokens[i - 1] : tokens[i - 2];
  return told !== undefined && TELLING.has(told.lemma) && (told.lemma === 'know' || PEOPLE_TOLD.has(tokens[i - 1]!.lower));
}

/** Verbs that, with "out", find a value: "work out the due date", "figure out its intent". */
const FINDING_OUT = new Set(['work', 'figure']);
const findsOut = (tokens: readonly Token[], i: number) => FINDING_OUT.has(tokens[i]!.lemma) && tokens[i + 1]?.lower === 'out';

/** "tell me whether it's positive", "tell us which plan fits": the telling verb hands back the verdict asked, not writing. */
function tellsWhich(tokens: readonly Token[], i: number): boolean {
  if (!TELLING.has(tokens[i]!.lemma)) return false;
  const next = PEOPLE_TOLD.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && (next.lower === 'whether' || ASKED_WHICH.has(next.lower));
}

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

/** Words after "letter" that make it a paper size: "a letter-size flyer", "letter format". */
const PAPER = new Set(['size', 'sized', 'format', 'paper']);
/** "letter-size", "letter format": a size of paper, not a letter written. */
const paperSize = (tokens: readonly Token[], i: number) =>
  tokens[i]!.lemma === 'letter' && PAPER.has((tokens[i + 1]?.text === '-' ? tokens[i + 2] : tokens[i + 1])?.lower ?? '');

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
  /** The result is asked for as a file of values ("export it to CSV"): no prose comes back in a CSV. */
  dataFile: boolean;
}

function weigh(tokens: readonly Token[]): Weights {
  let data = 0;
  let text = 0;
  let delivered = 0;
  let sections = false;
  let documents = 0;
  let dataFile = false;
  let lastVerb: Token | null = null;
  // The last verb's subject is a person ("someone sends a text description", "I give a topic"): its object is given.
  let personGives = false;
  let oneGives = false;
  // Inside a clause saying when the tool runs ("when a customer replies,"): up to its comma.
  let inEvent = false;
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
    if (paperSize(tokens, i)) continue;
    if (i < listUntil) {
      if (isVerb) lastVerb = t;
      continue;
    }
    if (isVerb) {
      lastVerb = passiveAt(tokens, i) ? null : t;
      verbSeen = true;
      // "I want a summary" asks for it; "I give a topic" hands it over.
      const subject = subjectBefore(tokens, i);
      const eventBy = othersActInEvent(tokens, i, inEvent);
      personGives = (SENDERS.has(subject) && !WANTING.has(t.lemma)) || othersHandOver(tokens, i) || eventBy;
      // "I describe the scene" hands over input; "we translate books" is the team's job the tool does.
      oneGives = (personGives && !TEAM.has(subject)) || eventBy;
      fromSource = false;
    }
    if (t.text === '.' || t.text === ';') lastVerb = null;
    if (EVENT_OPENERS.has(t.lower) && opensClause(tokens, i)) inEvent = true;
    else if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'") inEvent = false;
    if (SOURCE_WORDS.has(t.lower) || CARRIER_WORDS.has(t.lower)) fromSource = true;
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
    if (t.lower === 'whether' || toldWhich(tokens, i)) data += 2;
    // "send the prompt to Gemini and save the answer": a model's answer is writing handed back.
    if (ANSWERS.has(t.lemma) && t.pos === 'NOUN' && namesModel) {
      text += DELIVERED_WEIGHT;
      delivered += DELIVERED_WEIGHT;
    }
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      // "as structured info", "email the report as a CSV": the format asked for is data; a file someone hands over ("I export our reviews to CSV") is input.
      if (inDataFormat(tokens, i) && !personGives) {
        data += VALUE_LIST;
        dataFile ||= DATA_FILES.has(t.lower);
      }
      // "work out" is read as a noun at a sentence's start at times: the particle after it says the verb.
      if ((isVerb && isIn(t, DATA_VERBS, DATA_VERB_STEMS)) || findsOut(tokens, i)) {
        data += 2;
        dataVerbSeen = true;
      } else if (DATA_NOUNS.has(t.lemma) || DATA_NOUNS.has(t.lower)) data += 1;
      // "I describe the scene": what the person writes is input.
      // "write it back on the ticket", "write the fields back into the row": storing, not writing prose.
      const writesBack = tokens.slice(i + 1, i + 5).some((x) => x.lower === 'back') || intoTable(tokens, i);
      // "Rank the customers and explain why": the reason given for a value is a field beside it.
      const reasonForValue = tokens[i + 1]?.lower === 'why' && dataVerbSeen;
      if (isVerb && isIn(t, TEXT_VERBS, TEXT_VERB_STEMS) && (writesBack || objectIsMeasure(tokens, i) || reasonForValue)) data += 2;
      // "tell me whether …" writes nothing: the verdict is weighed at "whether" or "which" itself.
      else if (isVerb && isIn(t, TEXT_VERBS, TEXT_VERB_STEMS) && !oneGives && !tellsWhich(tokens, i)) {
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
  return { data, text, delivered, sections, documents, dataFile };
}

/** A tone asked for weighs as two pieces of writing handed over. */
const TONE_WEIGHT = 2 * DELIVERED_WEIGHT;

/** The result is asked for as a file of values: "export it to CSV", "into a clean csv", "build the PO as XML". */
export const asksForDataFile = (text: string): boolean => weighText(text).dataFile;

/**
 * True when the tool hands back data rather than prose. `namedFields` is how many fields the
 * person listed: a long list with no writing asked is a records app; more so when rows are kept.
 */
export function handsBackData(text: string, namedFields: number, keepsRecords: boolean): boolean {
  const { data, sections, documents, dataFile, ...weighed } = weighText(text);
  // A tone asked for ("personalised", "a bit firmer each time") is writing handed back: values have no tone.
  const tone = asksForTone(text) ? TONE_WEIGHT : 0;
  const prose = weighed.text + tone;
  const delivered = weighed.delivered + tone;
  // Rows kept and no writing handed back: what the tool hands back is the rows.
  if (keepsRecords && delivered < 2) return true;
  // A letter or a post among the values asked back still has to be written; so does a reply drafted for someone to send.
  if (documents > 0 || draftsReplyIn(text)) return false;
  // A report or captions handed back in a CSV are its rows.
  if (dataFile) return true;
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
