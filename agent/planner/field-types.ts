/**
 * Field types inferred from a field's name and any hint said with it:
 * "priority (low, medium, high)" → select, "customer email" → email, "due date" → date.
 */
import type { FieldType } from '../spec/app-spec';
import { anyWhole } from './regex-parts';

export interface InferredType {
  type: FieldType;
  options: string[] | null;
}

const TYPE_WORDS: Record<string, FieldType> = {
  text: 'text',
  string: 'text',
  'long text': 'longText',
  paragraph: 'longText',
  number: 'number',
  numeric: 'number',
  integer: 'number',
  amount: 'number',
  date: 'date',
  boolean: 'boolean',
  checkbox: 'boolean',
  'yes/no': 'boolean',
  'true/false': 'boolean',
  email: 'email',
  url: 'url',
  link: 'url',
  image: 'image',
  photo: 'image',
  file: 'file',
  upload: 'file',
  dropdown: 'select',
};

/** File formats: a hint naming one ("CV (PDF)", "org chart (pdf or image)") says the field is a file. */
const FILE_FORMATS = new Set(['pdf', 'pdfs', 'docx', 'doc', 'txt', 'csv', 'xlsx', 'xls', 'odt', 'rtf']);

/** Names of text people write at length: what was said, and what was asked or filed. */
const SAID_TEXT = /notes?|description|message|body|feedback|comments?|content|details|summary|transcript|bio|review|reply|answer/;
const FILED_TEXT =
  /request|ticket|text|article|post|draft|letter|question|complaint|brief|instructions|agenda|minutes|document|steps|reproduce|reproduction/;
const LONG_TEXT_WORD = anyWhole([SAID_TEXT, FILED_TEXT]);

/** Names of quantities: money, counts, and measures read off something. */
const MONEY = /amount|price|cost|total|budget|revenue|salary|fee|fees|wage|wages|balance/;
const COUNTS = /quantity|qty|count|number|age|score|rating|hours|headcount|employees|seats|nps|percentage|percent|stars/;
const MEASURES = /mileage|odometer|weight|distance|temperature/;
const QUANTITY_WORD = anyWhole([MONEY, COUNTS, MEASURES]);

/** Name patterns, checked in order; the first that matches decides. */
const NAME_RULES: Array<[RegExp, FieldType]> = [
  [/\be-?mails?\b/, 'email'],
  [/\b(?:url|urls|website|web ?site|link|links|homepage|site|domain)\b/, 'url'],
  [/\b(?:photo|photos|image|images|picture|pictures|screenshot|logo|avatar|headshot)\b/, 'image'],
  [/\b(?:file|files|attachment|attachments|pdf|resume|cv|upload)\b/, 'file'],
  [/\b(?:date|dates|deadline|due|birthday|dob|day|expiry|expiration|expires)\b/, 'date'],
  // "duration in minutes" is a quantity, not meeting minutes.
  [/\b(?:duration|in (?:minutes|hours|days|seconds|weeks))\b/, 'number'],
  // "tracking number", "plate number", "room no" are identifiers people copy, not quantities; "total number",
  // "guest number" count, and "paid yes or no" is a yes/no.
  [/\b(?!(?:total|max|maximum|min|minimum|average|estimated|approximate|guest|attendee|yes|or)\b)[a-z]+ (?:number|no|nr)$/, 'text'],
  // The same identifiers with more words after them ("phone number of the caller").
  [/\b(?:phone|mobile|tracking|order|invoice|account|reference|serial|vat|tax|id|policy|ticket|case|po) (?:number|no|nr)\b/, 'text'],
  [QUANTITY_WORD, 'number'],
  // "how many guests", "how long I've worked with it": a quantity.
  [/\bhow (?:many|much|long|often)\b/, 'number'],
  // "approved by", "paid by": who did it, a person's name, not whether it was done.
  [/\b[a-z]+ by$/, 'text'],
  [
    /^(?:is|has|needs|was|whether)\b|\b(?:urgent|paid|approved|done|completed|subscribed|active|opted in|consent|flagged|resolved)\b/,
    'boolean',
  ],
  [LONG_TEXT_WORD, 'longText'],
];

/** Choices people expect without saying them. */
const DEFAULT_OPTIONS: Array<[RegExp, string[]]> = [
  [/\bpriority\b/, ['low', 'medium', 'high']],
  [/\bsentiment\b/, ['positive', 'neutral', 'negative']],
  [/\burgency\b/, ['low', 'medium', 'high']],
  [/\bseverity\b/, ['low', 'medium', 'high', 'critical']],
];

/** Splits "low, medium, high" / "low/medium/high" / "low or high" into choices. */
export function parseOptions(hint: string): string[] | null {
  const parts = hint
    .split(/\s*(?:,|\/|\||;|\bor\b|\band\b)\s*/)
    .map((s) => s.trim().replace(/^["'“‘]|["'”’]$/g, ''))
    .filter((s) => s.length > 0 && s.length <= 60);
  return parts.length >= 2 ? [...new Set(parts)] : null;
}

/** The type for a field called `name`, with `hint` the text said in brackets after it (if any). */
export function inferFieldType(name: string, hint: string | null): InferredType {
  const n = name.toLowerCase();
  if (hint) {
    const h = hint.toLowerCase().trim();
    const said = TYPE_WORDS[h] ?? TYPE_WORDS[h.replace(/^(?:a|an)\s+/, '').replace(/\s+field$/, '')];
    // "department (dropdown)" says no choices: the name's usual ones, else a text field (a dropdown of none is no field).
    if (said && said !== 'select') return { type: said, options: null };
    if (h.split(/[^a-z0-9]+/).some((w) => FILE_FORMATS.has(w))) return { type: 'file', options: null };
    const options = parseOptions(hint);
    if (options) return { type: 'select', options };
  }
  for (const [re, options] of DEFAULT_OPTIONS) if (re.test(n)) return { type: 'select', options };
  for (const [re, type] of NAME_RULES) if (re.test(n)) return { type, options: null };
  return { type: 'text', options: null };
}
