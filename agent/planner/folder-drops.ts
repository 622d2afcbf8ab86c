/**
 * Things put into a watched place: files into a folder ("when a contract PDF is dropped into
 * our Contracts folder", "we drop supplier invoices into a Drive folder") or rows into a
 * table ("whenever we add a customer to the CRM table", "new tasks added to our task list").
 * A run starts per thing: a file is news from the service holding the folder (a webhook), a row
 * is a new record of its table. The tool putting its results
 * somewhere ("save each summary to our Reports folder", "it adds a row to the sheet") is the
 * run's output.
 */
import { type EventTrigger, WEBHOOK } from './event-trigger';
import type { Token } from './language';
import { TIME_NOUNS } from './time-nouns';
import { isTool } from './tool-subject';
import { saysVerbAt } from './verb-forms';

/** Verbs that put a file somewhere, or say it turned up there. */
const PUTTING = new Set([
  'drop',
  'dump',
  'upload',
  'add',
  'put',
  'place',
  'move',
  'copy',
  'save',
  'land',
  'arrive',
  'appear',
  'come',
  'sync',
]);
/** Places that hold files: a file turning up there is news from the service that holds them (Drive, Dropbox, S3). */
const FILE_PLACES = new Set(['folder', 'directory', 'bucket', 'drive']);
/** Places that hold files or rows. */
const PLACES = new Set([...FILE_PLACES, 'table', 'sheet', 'spreadsheet', 'list', 'database', 'tracker']);
/** Rows of a table: a new one is named by its table ("a row in our feedback sheet"). */
export const ROWS = new Set(['row', 'entry', 'record', 'line']);
/** Prepositions of where a file goes. */
const INTO = new Set(['into', 'in', 'to', 'onto', 'inside']);
/** Who puts files there: people, never the tool ("it saves them to a folder"). */
const PEOPLE = new Set(['i', 'we', 'they', 'you', 'someone', 'anyone', 'people', 'everyone', 'somebody', 'anybody']);
/** File formats: "a contract PDF" is a contract. */
export const FORMATS: ReadonlySet<string> = new Set(['pdf', 'pdfs', 'file', 'doc', 'docx', 'scan', 'csv', 'image', 'photo']);

/** Verbs of putting that only people do with files, so that said as an order they tell the tool's users what to do. */
const DROPPING = new Set(['drop', 'dump']);
/** Words before whatever files people have: "drop any receipt", "dump your invoices". */
const ANY_OF_THEIRS = new Set(['any', 'each', 'every', 'your', 'all']);
/** Pronouns after "of" that make a subject of people: "each of us drops them in …". */
const OF_PEOPLE = new Set(['us', 'them', 'you']);

/**
 * The verb of putting at `k`, also where the tagger read it as a noun: "Site crews drop photos into …" (a plural
 * subject, then the verb's object) and "Drop any receipt into my folder and it should …" (an order that opens its sentence).
 */
function putVerbAt(tokens: readonly Token[], k: number): boolean {
  if (saysVerbAt(tokens, k, PUTTING)) return true;
  const t = tokens[k]!;
  const before = tokens[k - 1];
  // "Every PDF that lands in …": after a relative pronoun the word is its verb, whatever the tagger says.
  if (stemOfArrival(t) && RELATIVES.has(before?.lower ?? '')) return true;
  const object = tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'DET';
  const afterPlural = before?.pos === 'NOUN' && before.lower !== before.lemma && before.lower.endsWith('s');
  return DROPPING.has(t.lower) && object && (afterPlural || k === 0);
}

/** Verbs of turning up, whose subject is the thing: "a file lands in the folder". */
const TURNING_UP = new Set(['land', 'arrive', 'appear', 'come']);
const stemOfArrival = (t: Token) => TURNING_UP.has(t.lemma) || TURNING_UP.has(t.lower.replace(/s$/, ''));
/** Words opening a relative clause about the noun before them. */
const RELATIVES = new Set(['that', 'which']);
const NAMED = new Set(['NOUN', 'PROPN']);

/** Said by someone, or passive ("is dropped", "gets uploaded"): not an order to the tool ("save it to …"). */
function putBySomeone(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j] && tokens[j]!.pos === 'ADV') j--;
  const before = tokens[j];
  // "Drop any receipt into my folder": the people using the tool are told where to put any file of theirs
  // ("drop the summary into …" orders the tool to put its result).
  if (!before) return (DROPPING.has(tokens[k]!.lemma) || DROPPING.has(tokens[k]!.lower)) && ANY_OF_THEIRS.has(tokens[k + 1]?.lower ?? '');
  if (before.lemma === 'be' || before.lemma === 'get') return true;
  // "Every PDF that lands in that folder": what turns up is the noun the relative clause is about.
  if (stemOfArrival(tokens[k]!) && RELATIVES.has(before.lower) && NAMED.has(tokens[j - 1]?.pos ?? '')) return true;
  if (OF_PEOPLE.has(before.lower) && tokens[j - 1]?.lower === 'of') return true;
  const subject = before.pos === 'AUX' ? tokens[j - 1] : before;
  // "every day save the weather to a sheet": a time said before the verb is when, not who.
  if (!subject || isTool(subject) || TIME_NOUNS.has(subject.lemma)) return false;
  return PEOPLE.has(subject.lower) || ((subject.pos === 'NOUN' || subject.pos === 'PROPN') && before.pos !== 'AUX');
}

/** What is put: the nouns before a passive verb or after an active one; the kind of document over its format. */
function thingPut(tokens: readonly Token[], k: number, passive: boolean): string {
  const run: Token[] = [];
  if (passive) {
    const aux = tokens[k - 1]?.lemma === 'be' || tokens[k - 1]?.lemma === 'get';
    for (let j = aux ? k - 2 : k - 1; j >= 0 && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN'); j--) run.unshift(tokens[j]!);
  } else {
    for (let j = k + 1; j < tokens.length && run.length < 4; j++) {
      const t = tokens[j]!;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') run.push(t);
      else if (run.length > 0 || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON')) break;
    }
  }
  const kinds = run.filter((t) => !FORMATS.has(t.lower));
  return (kinds.pop() ?? run.pop())?.lemma ?? 'file';
}

/** Verbs of keeping: "every applicant is saved in a sheet" says where the run keeps things, unless said as the event. */
const KEEPING = new Set(['save', 'add', 'store', 'log', 'record']);

/**
 * A thing put into a folder or table at the verb `k`: what the thing is called there and whether the place holds files, or null.
 * `asEvent`: the words are the event of a "when" clause ("when a row is added to the sheet").
 */
function dropAt(tokens: readonly Token[], k: number, asEvent: boolean): { noun: string; files: boolean } | null {
  const t = tokens[k]!;
  if (!putVerbAt(tokens, k) || !putBySomeone(tokens, k)) return null;
  const aux = tokens[k - 1]?.lemma;
  if (!asEvent && KEEPING.has(t.lemma) && (aux === 'be' || aux === 'get')) return null;
  const rest = tokens.slice(k + 1);
  // The clause ends at a stop or where a second verb joins on ("quotes I upload and show the prices in a table").
  let depth = 0;
  const end = rest.findIndex((x, j) => {
    depth += x.text === '(' ? 1 : x.text === ')' ? -1 : 0;
    if (x.pos === 'PUNCT') return x.text !== '(' && x.text !== ')';
    return depth === 0 && x.pos === 'CCONJ' && rest[j + 1]?.pos === 'VERB';
  });
  const clause = end < 0 ? rest : rest.slice(0, end);
  // "I drop in a spreadsheet": "in" right after a verb of putting is its particle, and what follows is the thing handed over
  // ("requests land in a table" says where they turn up).
  const particle = !stemOfArrival(t);
  const into = clause.findIndex((x, j) => INTO.has(x.lower) && (j > 0 || x.lower !== 'in' || !particle));
  const place = into < 0 ? -1 : clause.slice(into + 1, into + 6).findIndex((x) => PLACES.has(x.lemma));
  if (place < 0) return null;
  const files = FILE_PLACES.has(clause[into + 1 + place]!.lemma);
  const before = tokens[k - 1];
  // "is dropped", "gets added", and "new tasks added to …" (a participle right after what is put).
  const passive = before?.lemma === 'be' || before?.lemma === 'get' || (t.lower.endsWith('ed') && before?.pos === 'NOUN');
  // "a new supplier lands in the table": what turns up is said before the verb, as in the passive.
  const turnsUp = stemOfArrival(t);
  const thing = thingPut(tokens, k, passive || turnsUp);
  if (!ROWS.has(thing)) return { noun: thing, files };
  // "a row … into our feedback sheet": the word before the place names the rows.
  const named = clause[into + place];
  return { noun: named?.pos === 'NOUN' ? named.lemma : 'record', files };
}

/**
 * The start a thing put somewhere makes: a file put in a folder is a call from the service holding
 * the folder (webhook); a row put in a table is a new record of it.
 */
export function droppedTrigger(tokens: readonly Token[], k: number, asEvent = false): EventTrigger | null {
  const drop = dropAt(tokens, k, asEvent);
  if (!drop) return null;
  return drop.files ? WEBHOOK : { kind: 'record-created', noun: drop.noun };
}
