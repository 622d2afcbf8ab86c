/**
 * Tables named side by side: plural things joined as equals ("job posts + candidates",
 * "add credits and invoices", "submit risks, incidents or improvements", "see rooms, expected
 * arrivals and guest requests") are each kept in a table of their own — when they are the
 * object of a verb of keeping or entering, or what a records app is said to hold. Read from
 * coordination in the language model's tags, not from wording: two or more plural noun
 * phrases joined by a comma, "and", "or", "+" or "&". Things made or read out ("pull out
 * parties, dates and penalties") and examples are content, not tables.
 */
import type { CollectionInput } from '../tools/spec-inputs';
import { exampleMask } from './example-mask';
import { toIdentifier } from './fields';
import { tableFor } from './keep-records';
import { KEEP_VERBS, keepStores } from './keep-sense';
import { isVerbAt, readSentences, type Token } from './language';
import { nounLemma, POSSESSIVES, RECORDS_APP_NOUNS } from './record-nouns';

/** Joins between equals. */
const JOINS = new Set([',', 'and', 'or', '+', '&', '/']);
/** Words before a noun that belong to its phrase. */
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);
/** Verbs by which people put rows in or look through them, beside the keeping verbs: not the ones that make or read out. */
const ENTRY_VERBS = new Set([...KEEP_VERBS, 'add', 'submit', 'enter', 'record', 'manage', 'see', 'view', 'browse', 'handle']);

/** What opens the things a records app holds: "Simple ATS: …", "a CRM with …", "one database for …". */
const APP_OPENERS = new Set([':', 'with', 'for']);
/** Determiners that take a thing's every instance: "keep every award and redemption" keeps them all. */
const DISTRIBUTIVES = new Set(['every', 'each', 'all']);
/** Objects that stand for a list spelled out after a colon: "see everything: …". */
const WHOLE = new Set(['everything', 'all']);
/** Auxiliaries of a passive after the list: "claims and chargebacks are tracked". */
const PASSIVE_AUX = new Set(['be', 'get']);

/**
 * The list at `i` is what rows are: the object of a verb of keeping or entering ("add credits
 * and invoices"), or what a records app holds ("simple ATS: job posts + candidates", "a CRM with …").
 */
function namesRows(tokens: readonly Token[], i: number, end: number): boolean {
  if (keptAfter(tokens, end)) return true;
  const lead = tokens[i - 1];
  if (!lead) return false;
  // A clause's first word before its object is an imperative, whatever the tagger says ("Track tenants, …").
  const imperative = i - 1 === 0 || tokens[i - 2]!.pos === 'PUNCT';
  // "keep the hashtags and emojis": left as they are, not stored.
  if (KEEP_VERBS.has(lead.lemma) && !keepStores(tokens, i - 1)) return false;
  if (ENTRY_VERBS.has(lead.lemma) && (isVerbAt(tokens, i - 1) || imperative)) return true;
  // "see everything: all customers, parts and work orders": the list spells out the verb's object.
  if (lead.text === ':' && WHOLE.has(tokens[i - 2]?.lower ?? '') && ENTRY_VERBS.has(tokens[i - 3]?.lemma ?? '')) return true;
  return APP_OPENERS.has(lead.lower) && RECORDS_APP_NOUNS.has(tokens[i - 2]?.lemma ?? '');
}

/** The list ending at `end` is the subject of a passive keeping verb: "claims and chargebacks are tracked", "… get logged". */
function keptAfter(tokens: readonly Token[], end: number): boolean {
  if (!PASSIVE_AUX.has(tokens[end]?.lemma ?? '')) return false;
  let k = end + 1;
  // "are all tracked", "are always logged".
  while (tokens[k]?.pos === 'ADV' || DISTRIBUTIVES.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  return !!verb && verb.pos === 'VERB' && verb.lower.endsWith('ed') && ENTRY_VERBS.has(verb.lemma);
}

interface Conjunct {
  /** Singular, lower-case: "guest request". */
  noun: string;
  /** Read as all of its kind: plural, or after "every"/"each"/"all". */
  plural: boolean;
  /** Opened by "every", "each" or "all", which reaches over the conjuncts after it. */
  every: boolean;
  end: number;
}

/** A noun phrase from `i`: modifiers, one to three nouns, and a bracket after it passed over. */
function conjunctAt(tokens: readonly Token[], i: number): Conjunct | null {
  let k = i;
  const modifier = (t: Token, next: Token | undefined) =>
    MODIFIERS.has(t.pos) ||
    POSSESSIVES.has(t.lower) ||
    // "expected arrivals": a participle before a noun describes it.
    (t.pos === 'VERB' && t.lower.endsWith('ed') && (next?.pos === 'NOUN' || next?.pos === 'PROPN'));
  let every = false;
  for (; tokens[k] && modifier(tokens[k]!, tokens[k + 1]); k++) if (DISTRIBUTIVES.has(tokens[k]!.lower)) every = true;
  const words: Token[] = [];
  while (tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') && tokens[k]!.kind === 'word' && words.length < 3) {
    words.push(tokens[k++]!);
  }
  const head = words[words.length - 1];
  if (!head) return null;
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, n) => n > k && t.text === ')');
    k = close < 0 ? tokens.length : close + 1;
  }
  const lemma = nounLemma(head);
  const noun = [...words.slice(0, -1).map((w) => w.lower), lemma].join(' ');
  return { noun, plural: head.lower !== lemma || every, every, end: k };
}

/** The plural things each joined as equals to another plural thing, in order of mention. */
export function coordinatedTables(text: string): string[] {
  const found: string[] = [];
  for (const { tokens } of readSentences(text)) {
    const mask = exampleMask(tokens);
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.text === '(') depth++;
      if (t.text === ')') depth = Math.max(0, depth - 1);
      const before = tokens[i - 1];
      // A coordination starts at a phrase not itself after a join (that one is read from its start).
      if (depth > 0 || mask[i] || (before && JOINS.has(before.lower))) continue;
      if (before && MODIFIERS.has(before.pos)) continue;
      const run: Conjunct[] = [];
      let at = i;
      for (;;) {
        const c = conjunctAt(tokens, at);
        if (!c) break;
        run.push(c);
        let next = c.end;
        // ", and" / ", or" join as one.
        while (tokens[next] && JOINS.has(tokens[next]!.lower)) next++;
        if (next === c.end || mask[next]) break;
        at = next;
      }
      // "every award and redemption": the opening quantifier reaches over the whole list.
      const plurals = run[0]?.every ? run : run.filter((c) => c.plural);
      // Mostly plurals: a list of columns ("name, email, phone numbers and notes") is mostly singular.
      const end = run[run.length - 1]?.end ?? i;
      if (plurals.length >= 2 && plurals.length * 2 > run.length && namesRows(tokens, i, end)) {
        for (const c of plurals) if (!found.includes(c.noun)) found.push(c.noun);
        i = end - 1;
      }
    }
  }
  return found;
}

/**
 * The tables `kept` lacks among the things `joined` as equals; each starts with a
 * column for what a row is, as a spreadsheet's first column names its row.
 */
export function sideTables(joined: readonly string[], kept: readonly CollectionInput[]): CollectionInput[] {
  const have = new Set(kept.map((c) => c.name));
  const added: CollectionInput[] = [];
  for (const noun of joined) {
    const table = tableFor(noun, [
      {
        name: toIdentifier(noun),
        label: noun.replace(/^./, (c) => c.toUpperCase()),
        type: 'text',
        required: null,
        options: null,
        help: null,
      },
    ]);
    if (have.has(table.name)) continue;
    have.add(table.name);
    added.push(table);
  }
  return added;
}
