/**
 * What the learned row-noun ranker reads about one candidate noun (row-candidates.ts): where the
 * rules' reading put it (their row noun, a table said, a table beside), the grammar around its
 * mentions (after "each"/"new"/"our", before a table word, the object of a verb, the subject of a
 * "when" clause, inside a list of fields), how often and where it is said, its head's lemma, and
 * the rules' app-level signals. The planner and the training script both call `rowNounFeatures`,
 * so what the model was fitted on and what it reads cannot drift apart.
 */
import { toIdentifier } from '../fields';
import { TIME_NOUNS } from '../time-nouns';
import { isVerbAt, type Token } from '../language';
import { KEEP_VERBS } from '../keep-sense';
import { CONTAINERS, LEDGER_WORDS, POSSESSIVES } from '../record-nouns';
import { TABLE_WORDS } from '../table-words';
import { TOOL_NOUNS } from '../tool-nouns';
import { FRESH } from '../when-clauses';
import { SERVICES } from '../event-words';
import type { Candidate, Mention } from './row-candidates';

/** The parts of the rules' Description the ranker reads (declared here: description.ts calls the ranker). */
export interface RowReading {
  outputKind: string;
  structured: boolean;
  keepsRecords: boolean;
  recordsApp: boolean;
  recordNoun: string | null;
  joined: readonly string[];
  tables: readonly { noun: string }[];
  labels: readonly string[] | null;
  fields: readonly { name: string }[];
  /** Named parts of a written result, kept as columns when rows are. */
  parts: readonly { name: string }[];
  event: { kind: string } | null;
}

/** Words that pick out every one of a kind: "each lead", "all orders". */
const EVERY = new Set(['each', 'every', 'all', 'any']);
/** Words opening a clause of when something happens: "when a new lead comes in". */
const WHEN = new Set(['when', 'whenever', 'once', 'after', 'if']);
/** Words after a noun that hold rows of it: "our leads list", "the expense log". */
const HOLDERS = new Set([...TABLE_WORDS, ...LEDGER_WORDS, ...CONTAINERS, 'board']);

/** Prepositions that say where a thing is kept or comes from. */
const PLACE_WORDS = new Set(['in', 'from', 'on', 'into', 'via']);

/** More mentions than this say nothing more. */
const MOST_MENTIONS = 3;

const same = (a: string | null | undefined, b: string) => !!a && a.toLowerCase().split(' ').at(-1) === b;

/** The describing words and determiners right before a mention, nearest first. */
function before(m: Mention): Token[] {
  const out: Token[] = [];
  for (let k = m.at - 1; k >= 0 && out.length < 3; k--) {
    const t = m.tokens[k]!;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON' && t.pos !== 'NUM') {
      out.push(t);
      break;
    }
    out.push(t);
  }
  return out;
}

/** Grammar features of one mention. */
function mentionFeatures(m: Mention): string[] {
  const out: string[] = [];
  const prior = before(m);
  const words = new Set(prior.map((t) => t.lower));
  const lead = prior.at(-1);
  if ([...words].some((w) => EVERY.has(w))) out.push('g:every');
  if ([...words].some((w) => FRESH.has(w))) out.push('g:new');
  if ([...words].some((w) => POSSESSIVES.has(w))) out.push('g:our');
  if (lead && WHEN.has(lead.lower)) out.push('g:when-subject');
  if (lead && lead.lower === 'of') out.push(HOLDERS.has(m.tokens[m.at - 2]?.lemma ?? '') ? 'g:of-holder' : 'g:of');
  if (lead && lead.pos === 'ADP' && lead.lower !== 'of') out.push('g:after-preposition');
  if (lead && isVerbAt(m.tokens, m.at - prior.length)) {
    out.push(KEEP_VERBS.has(lead.lemma) ? 'g:kept-object' : 'g:object');
    out.push(`v:${lead.lemma}`);
  }
  if (lead && (lead.text === ',' || lead.text === '(' || lead.text === ':')) out.push('g:listed');
  const next = m.tokens[m.end];
  if (next && HOLDERS.has(next.lemma)) out.push('g:before-holder');
  // "an expense app", "the returns desk helper": the tool is named for them.
  if (next && TOOL_NOUNS.has(next.lower)) out.push('g:before-tool');
  if (next && next.pos === 'VERB') out.push('g:subject');
  if (next && (next.text === ',' || next.text === ')')) out.push('g:list-item');
  // "tickets in our helpdesk", "orders from Shopify": rows that live in another product.
  const after = m.tokens.slice(m.end, m.end + 4);
  if (PLACE_WORDS.has(next?.lower ?? '') && after.some((t) => t.pos === 'PROPN' || SERVICES.has(t.lower))) out.push('g:elsewhere');
  const head = m.tokens[m.end - 1]!;
  if (head.lower !== head.lemma) out.push('g:plural');
  if (head.pos === 'PROPN') out.push('g:name');
  if (m.sentence === 0) out.push('g:first-sentence');
  return out;
}

/** Every kind of feature read, in the model file too: a kind added or dropped makes the shipped model stale. */
export const ROW_FEATURE_KINDS: readonly string[] = [
  'r:noun',
  'r:table',
  'r:joined',
  'r:none',
  'g:<grammar of a mention>',
  'v:<verb before a mention>',
  'c:mentions1…c:mentions3',
  'c:compound',
  'c:time',
  'c:field',
  'c:first',
  'h:<head lemma>',
  'a:<app signal>',
];

/** Whether the rules' reading keeps any table (their row noun, one said, one beside). */
export const rulesKeep = (d: RowReading): boolean =>
  d.keepsRecords || d.recordsApp || d.tables.length > 0 || d.joined.length > 0 || d.event?.kind === 'record-created';

export function rowNounFeatures(c: Candidate, d: RowReading, first: boolean): Set<string> {
  const out = new Set<string>();
  if (rulesKeep(d) && same(d.recordNoun, c.head)) out.add('r:noun');
  if (d.tables.some((t) => same(t.noun, c.head))) out.add('r:table');
  if (d.joined.some((j) => same(j, c.head))) out.add('r:joined');
  if (!rulesKeep(d)) out.add('r:none');
  for (const m of c.mentions) for (const f of mentionFeatures(m)) out.add(f);
  out.add(`c:mentions${Math.min(c.mentions.length, MOST_MENTIONS)}`);
  if (c.noun.includes(' ')) out.add('c:compound');
  if (TIME_NOUNS.has(c.head)) out.add('c:time');
  const asField = toIdentifier(c.noun);
  if (d.fields.some((f) => f.name === asField || f.name === c.head)) out.add('c:field');
  if (first) out.add('c:first');
  out.add(`h:${c.head}`);
  if (d.keepsRecords) out.add('a:keeps');
  if (d.recordsApp) out.add('a:records-app');
  if (d.structured) out.add('a:structured');
  if (d.labels) out.add('a:labels');
  out.add(`a:out-${d.outputKind}`);
  out.add(`a:event-${d.event?.kind ?? 'none'}`);
  return out;
}
