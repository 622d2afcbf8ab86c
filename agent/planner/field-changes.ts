/**
 * A field of the open app changed in place: made required or optional ("mark email as required",
 * "the notes field should be optional") or given another type ("make deal size a number", "stage
 * should be a dropdown: new, won, lost"); and the type a new field is said to have ("a date field
 * called follow up", "an email opt-in checkbox"). Fields are named by the app's own (known-fields.ts).
 */
import type { FieldType } from '../spec/app-spec';
import { FIELD_KIND } from './field-phrase';
import { parseOptions } from './field-types';
import { toIdentifier, toLabel, type NamedField } from './fields';
import { type KnownField, knownField } from './known-fields';

/** "make email required", "the notes field should be optional". */
export type RequireField = { op: 'require-field'; words: string; required: boolean };
/** "make deal size a number", "stage should be a dropdown: new, won, lost". */
export type RetypeField = { op: 'retype-field'; words: string; type: FieldType; options: string[] | null };

/** "add a placeholder like "Jane Doe" to the name field", "the email field needs a hint: work address only". */
export type HelpField = { op: 'help-field'; words: string; help: string };

/** "make email required", "mark the notes field as optional", "phone should be mandatory". */
export const MADE_REQUIRED = new RegExp(
  String.raw`\b(?:make|mark|set)\s+(?:the\s+)?["']?([a-z][\w ]{0,30}?)["']?(?:\s+${FIELD_KIND})?\s+(?:as\s+|to\s+)?(required|mandatory|optional|not required)\b`,
  'g',
);
export const SHOULD_BE_REQUIRED = new RegExp(
  String.raw`(?:^|[,.;!?]\s*)(?:the\s+)?["']?([a-z][\w ]{0,30}?)["']?(?:\s+${FIELD_KIND})?\s+(?:should|must|has to|needs to) be\s+(required|mandatory|optional)\b`,
  'g',
);

/** Fields of the app made required or optional. */
export function requirements(lower: string, fields: readonly KnownField[]): RequireField[] {
  const edits: RequireField[] = [];
  for (const re of [MADE_REQUIRED, SHOULD_BE_REQUIRED])
    for (const m of lower.matchAll(re))
      if (knownField(fields, m[1]!) && !edits.some((e) => e.op === 'require-field' && e.words === m[1]))
        edits.push({ op: 'require-field', words: m[1]!, required: m[2] === 'required' || m[2] === 'mandatory' });
  return edits;
}

/** The kinds of field said in words, and the type each is. */
const TYPE_WORDS: Record<string, FieldType> = {
  number: 'number',
  date: 'date',
  dropdown: 'select',
  select: 'select',
  'drop-down': 'select',
  picklist: 'select',
  checkbox: 'boolean',
  'yes/no': 'boolean',
  url: 'url',
  link: 'url',
  email: 'email',
  'long text': 'longText',
  paragraph: 'longText',
  'text area': 'longText',
  'text field': 'text',
  upload: 'file',
  'file upload': 'file',
  'image upload': 'image',
};
const TYPE_WORD = Object.keys(TYPE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('/', '\\/'))
  .join('|');
/** "make deal size a number", "turn stage into a dropdown", "stage should be a dropdown: new, won, lost". */
export const RETYPED = new RegExp(
  String.raw`(?:\b(?:make|turn|change|switch|convert)\s+(?:the\s+)?["']?([a-z][\w ]{0,30}?)["']?(?:\s+(?:field|column|input))?\s+(?:in)?(?:to\s+|into\s+)?|(?:^|[,.;!?]\s*)(?:the\s+)?["']?([a-z][\w ]{0,30}?)["']?(?:\s+(?:field|column|input))?\s+should be\s+)(?:an?\s+)(${TYPE_WORD})\b(?:\s+(?:field|column|input))?(?:\s*(?::|with(?: the)? options|with)\s*([^.;!?]+))?`,
  'gi',
);

/** Fields of the app given another type, with the choices said for a dropdown. */
export function retypes(text: string, fields: readonly KnownField[]): RetypeField[] {
  const edits: RetypeField[] = [];
  for (const m of text.matchAll(RETYPED)) {
    const words = (m[1] ?? m[2])!.toLowerCase();
    const type = TYPE_WORDS[m[3]!.toLowerCase()]!;
    if (!knownField(fields, words)) continue;
    const options = type === 'select' && m[4] ? parseOptions(m[4]) : null;
    edits.push({ op: 'retype-field', words, type, options });
  }
  return edits;
}

/** Kind words that are a type by themselves: "an email opt-in checkbox", "a yes/no for refunds". */
const YES_NO_KIND = /\b(?:checkbox|check box|tick ?box|toggle|yes\/no)\b/;

/**
 * The fields read from `lower`, each with the type said for it: "a date field called follow up",
 * "a \"max items\" number input" (the type word is then no part of its name), "an email opt-in
 * checkbox". A type word inside a name ("a phone number field") stays the name's.
 */
export function withSaidTypes(fields: NamedField[], lower: string): NamedField[] {
  if (fields.length !== 1) return fields;
  const [field] = fields as [NamedField];
  const before = new RegExp(String.raw`\b(?:an?|the)\s+(${TYPE_WORD})\s+(?:field|input|column)\s+(?:called|named|for)\b`).exec(lower);
  const quoted = new RegExp(String.raw`["'“‘][^"'”’]+["'”’]\s+(${TYPE_WORD})\s+(?:field|input|column|box)\b`).exec(lower);
  const said = before ?? quoted;
  if (said) {
    const type = TYPE_WORDS[said[1]!]!;
    // '"max items" number input' read as "max items number": the type word was no part of the name.
    const words = field.label.toLowerCase().split(/\s+/);
    const trimmed = quoted && words.length > 1 && words[words.length - 1] === said[1] ? words.slice(0, -1).join(' ') : null;
    return [{ ...field, type, ...(trimmed ? { name: toIdentifier(trimmed), label: toLabel(trimmed) } : {}) }];
  }
  return YES_NO_KIND.test(lower) ? [{ ...field, type: 'boolean', options: null }] : fields;
}

/** What the words under a field are called. */
const HINT = '(?:placeholder|hint|help text|helper text|help|tooltip|description|instructions?|explanation)(?: text)?';
const FIELD_SAID = String.raw`(?:the\s+)?["']?([a-z][\w ]{0,30}?)["']?(?:\s+${FIELD_KIND})?`;
const TEXT_SAID = String.raw`\s*(?:like|saying|that says|reading|of|:|-|,)?\s*["“'‘]?([^"”’]+?)["”'’]?`;
/** "add a placeholder like "Jane Doe" to the name field", "put a hint saying 'work email' on email". */
const HINT_ADDED_TO = new RegExp(
  String.raw`\b(?:add|put|give|set|show)\s+(?:an?|the|some)\s+${HINT}${TEXT_SAID}\s+(?:to|on|for|in|under)\s+${FIELD_SAID}\s*(?=$|[.;!?])`,
  'i',
);
/** "the name field needs a hint: full name as on the ID", "give the email field a description: work address only". */
const FIELD_GETS_HINT = new RegExp(
  String.raw`(?:\b(?:give|add)\s+|(?:^|[,.;!?]\s*))${FIELD_SAID}\s+(?:needs|should have|could use|gets?|wants|)\s*(?:an?)\s+${HINT}\s*(?:like|saying|:|-|,)\s*["“'‘]?([^"”’]+?)["”'’]?\s*(?=$|[.;!?])`,
  'i',
);
/** "set the help text of stage to 'where the deal is'", "change the placeholder for email to you@work.com". */
const HINT_SET_TO = new RegExp(
  String.raw`\b(?:set|change|make)\s+the\s+${HINT}\s+(?:of|for|on|under)\s+${FIELD_SAID}\s+(?:to|say|read)\s+["“'‘]?([^"”’]+?)["”'’]?\s*(?=$|[.;!?])`,
  'i',
);

/** The help text said for a field of the app, and the words that said it (no new field is read from them). */
export function helpTexts(text: string, fields: readonly KnownField[]): { edit: HelpField; said: string; index: number } | null {
  const readings = [HINT_ADDED_TO, FIELD_GETS_HINT, HINT_SET_TO].flatMap((re) => {
    const m = re.exec(text);
    if (!m) return [];
    // The first pattern says the text before the field, the others the field first.
    const [field, help] = re === HINT_ADDED_TO ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    return knownField(fields, field.toLowerCase()) ? [{ m, words: field.toLowerCase(), help }] : [];
  });
  const reading = readings[0];
  if (!reading) return null;
  const { m, words } = reading;
  // "a placeholder like Jane Doe": the example the person gave, said as one.
  const example = /\blike\b/i.test(m[0]) && /\bplaceholder\b/i.test(m[0]);
  const help = `${example ? 'e.g. ' : ''}${reading.help.trim()}`.slice(0, 200);
  return { edit: { op: 'help-field', words, help }, said: m[0], index: m.index };
}
