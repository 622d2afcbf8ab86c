/**
 * Field extraction: the fields a person names for a form or a table.
 * "with fields name, email and company", "keep the ticket, the customer email and the
 * priority", "priority (low, medium, high)". Only listed words become fields; a list ends
 * where the sentence moves on to something else.
 */
import type { FieldInput } from '../tools/spec-inputs';
import { inferFieldType } from './field-types';
import { alternatives, anyOf } from './regex-parts';

/** Fields read out of a text ("pulls amount, vendor and due date out of…") are outputs, not form inputs. */
const EXTRACTION_OPENER = /\b(?:pulls?|pulling|extracts?|extracting|parses?|parsing|grabs?|grabbing)\s+(?:out\s+)?/g;

const KEEPING_VERB =
  /keeps?|keeping|stores?|storing|saves?|saving|tracks?|tracking|records?|recording|logs?|logging|collects?|collecting|captures?|capturing|remembers?/;
/** "keeps track of …", "stores …" — not after "app", "the", "online" …, where "store" or "records" is a noun. */
const KEEPS = new RegExp(
  `(?<!\\b(?:app|the|a|an|our|online|web|play) )\\b(?:${KEEPING_VERB.source})\\s+(?:track of\\s+|a record of\\s+|a list of\\s+)?`,
  'g',
);

/** Words that open a list of fields. */
const LIST_OPENERS: RegExp[] = [
  /\b(?:with|has|having|including|containing|plus)?\s*(?:the\s+|these\s+)?(?:fields?|columns?|inputs?|properties|attributes)\s*(?::|called|named|for|like|such as|-)?\s*/g,
  KEEPS,
  /\b(?:with|including|like)\s+/g,
  /\b(?:asks? for|asking for|takes?|taking|enters?|entering|fills? in|filling in|leaves?|leaving|form (?:with|for|asking for|that asks for)|submits?|sends us|provides?)\s+/g,
  EXTRACTION_OPENER,
];

/** Where a list of fields ends: the sentence turns to what the tool does next. */
const SENTENCE_END = /[.;!?\n]/;
/** Words that move on to when or how the tool acts: "… that", "… every day", "… using", "… before". */
const WHEN_WORD = /that|which|who|then|so|so that|to|every|each day|each week|daily|weekly|hourly|monthly|whenever|when|once/;
const HOW_WORD = /using|use|via|from|into|in a|in the|for each|for every|on|at|plus|as well|where|while|after|before|if|by|out/;
const TURN_WORD = new RegExp(`\\s(?:${alternatives([WHEN_WORD, HOW_WORD])})\\s`);
const DASH = /\s[—–-]\s/;
const LIST_END = anyOf([SENTENCE_END, TURN_WORD, DASH]);

const LEADING = /^(?:the|a|an|their|his|her|its|our|my|your|each|every|any|some|optional|required)\s+/;
const NOT_FIELD_WORDS = new Set([
  'them',
  'me',
  'us',
  'it',
  'you',
  'him',
  'her',
  'this',
  'that',
  'these',
  'those',
  'everything',
  'anything',
  'something',
  'send',
  'generate',
  'draft',
  'write',
  'create',
  'post',
  'notify',
  'summarise',
  'summarize',
  'make',
  'classify',
  'reply',
  'translate',
  'turn',
  'run',
  'schedule',
  'put',
  'give',
  'tell',
  'let',
  'produce',
  'suggest',
  'enrich',
  'score',
  'track',
  'keep',
  'save',
  'store',
  'add',
  'time',
  'things',
  'stuff',
  'results',
  'result',
  'output',
  'outputs',
  'all',
  'what',
  'how',
  'why',
  'list',
  'matching',
  'image',
  'images',
  'picture',
  'text',
  'model',
  'app',
  'tool',
  'record',
  'records',
  'of',
  'in',
  'for',
  'and',
  'or',
  'with',
  'new',
  'field',
  'fields',
  'column',
  'columns',
  'input',
  'inputs',
]);

export type NamedField = FieldInput;

/** camelCase identifier from words: "customer email" → customerEmail. */
export function toIdentifier(words: string): string {
  const parts = words
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /^[a-z0-9]+$/.test(w));
  const id = parts.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  const safe = /^[a-z]/.test(id) ? id : `field${id}`;
  return safe.slice(0, 63);
}

export function toLabel(words: string): string {
  const w = words.trim().replace(/\s+/g, ' ');
  return (w[0]!.toUpperCase() + w.slice(1)).slice(0, 120);
}

/** One list item → a field, or null when it does not look like a field name. */
function itemToField(raw: string): NamedField | null {
  let item = raw
    .trim()
    .replace(/['’]s\b/g, '')
    .replace(/["“”‘’]/g, '');
  const hintMatch = /\(([^)]*)\)/.exec(item);
  const hint = hintMatch ? hintMatch[1]!.trim() : null;
  item = item.replace(/\([^)]*\)/g, ' ').trim();
  // "a date field called due" / "due as a date": the type said in words.
  let typeWord: string | null = null;
  const asType = /^(.*?)\s+as (?:an? )?(number|date|email|url|link|checkbox|boolean|dropdown|long text)$/.exec(item);
  if (asType) {
    item = asType[1]!;
    typeWord = asType[2]!;
  }
  while (LEADING.test(item)) item = item.replace(LEADING, '');
  item = item.replace(/\s+(?:fields?|columns?|inputs?|values?)$/, '').trim();
  const words = item.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return null;
  if (words.some((w) => !/^[a-z][a-z0-9-]*$/i.test(w) || /^(?:with|for|from|to|into)$/.test(w))) return null;
  if (NOT_FIELD_WORDS.has(words[0]!.toLowerCase()) || NOT_FIELD_WORDS.has(words[words.length - 1]!.toLowerCase())) return null;
  const { type, options } = inferFieldType(item, typeWord ?? hint);
  return { name: toIdentifier(item), label: toLabel(item), type, required: null, options, help: null };
}

/** Items of a list like "name, email and company" (brackets protected), in order. */
function splitItems(list: string): string[] {
  const protectedList = list.replace(/\(([^)]*)\)/g, (m) =>
    m
      .replace(/,/g, '\uE001')
      .replace(/\band\b/g, '\uE002')
      .replace(/\bor\b/g, '\uE003'),
  );
  return protectedList
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+/)
    .map((s) =>
      s
        .replace(/\uE001/g, ',')
        .replace(/\uE002/g, 'and')
        .replace(/\uE003/g, 'or'),
    )
    .filter((s) => s.trim().length > 0);
}

/** Cut a list where the sentence moves on, keeping bracketed choices intact. */
function cutList(rest: string): string {
  const masked = rest.replace(/\([^)]*\)/g, (m) => 'x'.repeat(m.length));
  const end = LIST_END.exec(masked);
  return end ? rest.slice(0, end.index) : rest;
}

interface FieldList {
  /** Where the list (opener included) starts and ends in the text. */
  start: number;
  end: number;
  fields: NamedField[];
  /** Opened by an extraction verb: the fields are read out of a text. */
  extracted: boolean;
}

function fieldLists(text: string): FieldList[] {
  const lower = text.toLowerCase();
  const lists: FieldList[] = [];
  for (const opener of LIST_OPENERS) {
    for (const m of lower.matchAll(opener)) {
      if (m[0].trim().length === 0) continue;
      let start = m.index + m[0].length;
      // "keep track of candidates: name, email…": the list starts after the colon.
      const label = /^[a-z ]{1,40}:\s*/.exec(lower.slice(start));
      if (label) start += label[0].length;
      const list = cutList(lower.slice(start));
      const fields: NamedField[] = [];
      for (const item of splitItems(list)) {
        const field = itemToField(item);
        if (!field) break;
        fields.push(field);
      }
      // A lone word after "keep"/"track" ("track progress") is too weak to call a field.
      const isFieldWord = /fields?|columns?|inputs?|properties|attributes/.test(m[0]);
      if (fields.length >= 2 || (fields.length === 1 && isFieldWord)) {
        lists.push({ start: m.index, end: start + list.length, fields, extracted: opener === EXTRACTION_OPENER });
      }
    }
  }
  return lists.sort((a, b) => a.start - b.start);
}

/** Fields named in `text`, in the order said; empty when none are named. */
export function extractFields(text: string): NamedField[] {
  const found = new Map<string, NamedField>();
  for (const list of fieldLists(text)) for (const f of list.fields) if (!found.has(f.name)) found.set(f.name, f);
  return [...found.values()];
}

/** Names of the fields said as things to read out of a text. */
export function extractedFieldNames(text: string): Set<string> {
  return new Set(fieldLists(text).flatMap((l) => (l.extracted ? l.fields.map((f) => f.name) : [])));
}

/** `text` without its field lists: what the tool is for, not what it stores. */
export function withoutFieldLists(text: string): string {
  const spans: Array<[number, number]> = [];
  for (const { start, end } of fieldLists(text)) {
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  let out = text;
  for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)} ${out.slice(end)}`;
  return out;
}

/** One field named on its own, as in "add a priority field" or "add a field for due date". */
export function extractSingleField(phrase: string): NamedField | null {
  const p = phrase.toLowerCase().trim();
  const typed = /^(?:an?\s+|the\s+)?(.+?)\s+(checkbox|yes\/no field|dropdown)$/.exec(p);
  if (typed) {
    const field = itemToField(typed[1]!);
    if (field) return typed[2] === 'dropdown' ? field : { ...field, type: 'boolean', options: null };
  }
  const patterns = [
    /\b(?:an?|the)?\s*(?:field|column|input)\s+(?:for|called|named)\s+(?:the\s+|a\s+|an\s+)?(.+)$/,
    /^(?:an?\s+|the\s+)?(.+?)\s+(?:field|column|input)(?:\s*\(([^)]*)\))?(?:\s+(?:to|on)\s+.*)?$/,
    /^(?:an?\s+|the\s+)?(.+)$/,
  ];
  for (const re of patterns) {
    const m = re.exec(p);
    if (!m) continue;
    const field = itemToField(m[2] ? `${m[1]} (${m[2]})` : m[1]!);
    if (field) return field;
  }
  return null;
}
