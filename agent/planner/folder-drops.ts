/**
 * Files put into a watched folder: "when a contract PDF is dropped into our Contracts folder",
 * "we drop supplier invoices into a Drive folder", "someone uploads a file to the shared
 * folder". Each new file is a new record of the folder, so a run starts per file. Saving
 * results into a folder ("save each summary to our Reports folder") is the run's output.
 */
import type { Token } from './language';

/** Verbs that put a file somewhere, or say it turned up there. */
const PUTTING = new Set(['drop', 'upload', 'add', 'put', 'place', 'move', 'copy', 'save', 'land', 'arrive', 'appear', 'come', 'sync']);
/** Places that hold files. */
const FOLDERS = new Set(['folder', 'directory', 'bucket']);
/** Prepositions of where a file goes. */
const INTO = new Set(['into', 'in', 'to', 'onto', 'inside']);
/** Who puts files there: people, never the tool ("it saves them to a folder"). */
const PEOPLE = new Set(['i', 'we', 'they', 'you', 'someone', 'anyone', 'people', 'everyone', 'somebody', 'anybody']);
/** File formats: "a contract PDF" is a contract. */
const FORMATS = new Set(['pdf', 'pdfs', 'file', 'doc', 'docx', 'scan', 'csv', 'image', 'photo']);

/** Said by someone, or passive ("is dropped", "gets uploaded"): not an order to the tool ("save it to …"). */
function putBySomeone(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j] && tokens[j]!.pos === 'ADV') j--;
  const before = tokens[j];
  if (!before) return false;
  if (before.lemma === 'be' || before.lemma === 'get') return true;
  const subject = before.pos === 'AUX' ? tokens[j - 1] : before;
  return !!subject && (PEOPLE.has(subject.lower) || ((subject.pos === 'NOUN' || subject.pos === 'PROPN') && before.pos !== 'AUX'));
}

/** What is put: the nouns before a passive verb or after an active one; the kind of document over its format. */
function thingPut(tokens: readonly Token[], k: number, passive: boolean): string {
  const run: Token[] = [];
  if (passive) {
    for (let j = k - 2; j >= 0 && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN'); j--) run.unshift(tokens[j]!);
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

/** A file put into a folder at the verb `k`: what a file is called there, or null. */
export function folderDropAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k]!;
  if (t.negated || t.pos !== 'VERB' || !PUTTING.has(t.lemma) || !putBySomeone(tokens, k)) return null;
  const rest = tokens.slice(k + 1);
  const end = rest.findIndex((x) => x.pos === 'PUNCT' && x.text !== '(' && x.text !== ')');
  const clause = end < 0 ? rest : rest.slice(0, end);
  const into = clause.findIndex((x) => INTO.has(x.lower));
  if (into < 0 || !clause.slice(into + 1, into + 6).some((x) => FOLDERS.has(x.lemma))) return null;
  const before = tokens[k - 1];
  return thingPut(tokens, k, before?.lemma === 'be' || before?.lemma === 'get');
}
