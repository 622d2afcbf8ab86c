/**
 * Words that say a list of fields follows and whose the fields are: verbs by which a person
 * hands them over, verbs by which the tool hands them back, and words that open a list.
 */
import type { Token } from './language';
import { PEOPLE } from './result-shape';

/** Verbs by which a person hands the tool something: their object is an input. */
export const GIVE_VERBS = new Set([
  'type',
  'give',
  'paste',
  'enter',
  'provide',
  'fill',
  'put',
  'submit',
  'choose',
  'pick',
  'select',
  'input',
  'describe',
  'add',
  'specify',
  'supply',
  'drop',
  'feed',
  'insert',
  'say',
]);

/** Verbs of knowing: a clause after them names a value to keep ("see how much each one owes"). */
export const KNOWING = new Set(['know', 'see', 'note', 'record', 'mark', 'check', 'flag', 'say', 'decide', 'indicate', 'ask']);

/** Verbs that set a value: their object names one, whoever sets it ("set the invoice status", "update a task's due date"). */
export const SETTING_VERBS = new Set(['set', 'update', 'change']);

/** Words before a noun that say the person picks the thing: "for a given unit", "on any chosen date". */
export const CHOSEN = new Set(['given', 'chosen', 'selected', 'specific']);

/** Verbs by which a person hands over a file: what they name is a document or a photo, unless it names a value. */
export const UPLOAD_VERBS = new Set(['upload', 'attach']);

/** Verbs after which the noun before "I"/"we" is what the person hands over: "the senders I list", "the keywords I set". */
export const SAID_BY_PERSON = new Set(['write', 'upload', 'list', 'name', 'mention', 'set', 'define']);

/** Verbs that sort, filter or match things by criteria: what follows their "by" names values ("group answers by theme", "filter by date"). */
const SORTING_VERBS = new Set([
  'filter',
  'match',
  'search',
  'classify',
  'categorise',
  'categorize',
  'sort',
  'group',
  'rank',
  'rate',
  'score',
  'tag',
  'label',
  'segment',
  'prioritise',
  'prioritize',
  'cluster',
  'bucket',
]);

/**
 * Verbs that lay things out or send them along: their "by" names a criterion when a bare noun
 * follows ("browse the menu by meal category", "limit assets by type"), but the person doing it
 * when a determiner does ("listed by the manager").
 */
const ARRANGING_VERBS = new Set(['list', 'browse', 'limit', 'view', 'break', 'summarise', 'summarize', 'route']);

/** Nouns for figures gathered up: their "by" before a bare noun names a criterion too ("a daily summary by district"). */
const GATHERED_NOUNS = new Set(['summary', 'breakdown', 'total', 'count']);
/** Ways a thing is sent: "a summary by email" says how it goes out, not a criterion. */
const SENT_BY = new Set(['email', 'mail', 'e-mail', 'text', 'sms', 'slack', 'whatsapp', 'post', 'phone']);

/** A sorting verb earlier in the clause than the "by" at `i`. */
export function sortedBefore(tokens: readonly Token[], i: number): boolean {
  const bare = tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ';
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    const lemma = tokens[k]!.lemma;
    if (
      SORTING_VERBS.has(lemma) ||
      (bare && (ARRANGING_VERBS.has(lemma) || (k === i - 1 && GATHERED_NOUNS.has(lemma) && !SENT_BY.has(tokens[i + 1]!.lower))))
    )
      return true;
  }
  return false;
}

/** Verbs that mark things: what follows their "with" is a value of each ("tag each photo with its location"). */
const MARKING_VERBS = new Set(['label', 'tag', 'flag', 'mark', 'annotate', 'stamp']);

/** A marking verb earlier in the clause than the "with" at `i`, said to the tool. */
export function markedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (MARKING_VERBS.has(tokens[k]!.lemma)) return !PEOPLE.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Verbs that make something out of what follows "from": "write a description from a product name, …". */
export const MAKING_VERBS = new Set([
  'write',
  'generate',
  'create',
  'draft',
  'make',
  'produce',
  'compose',
  'build',
  'design',
  'turn',
  'render',
]);

/** "topic + extra description → headlines", "topic in -> summary out": what comes before the arrow is given. */
export function isArrow(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === '→' || (tokens[i]!.text === '-' && tokens[i + 1]?.text === '>');
}

/** Verbs by which the tool hands something back: "get a score and a verdict", "returns the title and price". */
export const RESULT_VERBS = new Set(['get', 'return', 'receive']);

/** Words after which a list of fields or columns follows. */
export const LIST_OPENERS = new Set([
  'field',
  'fields',
  'column',
  'columns',
  'input',
  'inputs',
  'header',
  'headers',
  'with',
  'including',
  'include',
  'includes',
  'track',
  'log',
  'keep',
  'store',
  'save',
  'record',
  'collect',
  'capture',
  'has',
  'have',
  'extract',
  'pull',
  'form',
  'containing',
  'plus',
]);
