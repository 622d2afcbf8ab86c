/**
 * The values a run was given in the message: "try it on this ticket: "my order arrived broken"",
 * "record this lead: Ann Lee, Acme, ann@acme.com, 5000, new", "add a lead: name Bob Stone,
 * company Initech". They go to the app's fields by name when said, else by kind and order; a
 * single value goes to the field a person pastes into. No values said: null, and the run takes
 * example values (execute_app).
 */
import type { Field } from '../spec/app-spec';
import { fieldValueSchema } from '../spec/field-value-schema';

/** "… this ticket: …", "… a lead: …", "run it with: …": a thing named, then what it is. */
const THING_THEN_VALUES = /\b(?:this|these|that|a|an|one|another|new|the following|with|on)\b[\w ]{0,30}:\s+(\S.*)$/is;
/** The first quoted span of some length: "try it on "the box came crushed"". */
const QUOTED = /["“]([^"”]{3,})["”]|(?<![a-z])'([^']{3,})'(?![a-z])/i;

/** Fields a value can be typed into (uploads are not). */
const TYPED = new Set<Field['type']>(['text', 'longText', 'number', 'email', 'url', 'date', 'select', 'boolean']);

/** The value is one the field accepts, as a form sends it (the runtime's own check). */
const accepts = (field: Field, value: string) => fieldValueSchema(field, true).safeParse(value).success;
const EMAIL_FIELD = { name: 'email', label: 'Email', type: 'email' } as Field;
const URL_FIELD = { name: 'url', label: 'URL', type: 'url' } as Field;

/** The value fits the field's kind well enough to be meant for it. */
function fits(field: Field, value: string): boolean {
  // A text field takes anything but what plainly belongs to a typed one.
  if (field.type === 'text' || field.type === 'longText') return !accepts(EMAIL_FIELD, value) && !accepts(URL_FIELD, value);
  return accepts(field, value);
}

const unquoted = (text: string) =>
  text
    .trim()
    .replace(/^["“'‘]|["”'’.]$/g, '')
    .trim();

/** "name Bob Stone", "company: Initech", "deal size = 5000": a field of the app by its name or label, then its value. */
function namedValue(part: string, fields: readonly Field[]): { field: Field; value: string } | null {
  const words = part.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const said = words.slice(0, n).join(' ').replace(/[:=]$/, '').toLowerCase();
    const field = fields.find((f) => f.label.toLowerCase() === said || f.name.toLowerCase() === said.replace(/\s+/g, ''));
    const value = unquoted(
      words
        .slice(n)
        .join(' ')
        .replace(/^(?:[:=]|is)\s*/i, ''),
    );
    if (field && value) return { field, value };
  }
  return null;
}

/** The values given for `fields` in `message`, by field name; null when it gives none. */
export function givenValues(message: string, fields: readonly Field[]): Array<{ name: string; value: string }> | null {
  const typed = fields.filter((f) => TYPED.has(f.type));
  const listed = THING_THEN_VALUES.exec(message)?.[1];
  const quoted = QUOTED.exec(message);
  const said = listed ?? (quoted ? (quoted[1] ?? quoted[2])! : null);
  if (!said || typed.length === 0) return null;
  const split = said
    .split(/\s*[,;]\s*|\s+and\s+(?=\S+$)/)
    .map(unquoted)
    .filter((p) => p.length > 0);
  // Values listed are short; a sentence with commas in it ("my order arrived broken, and …") is one value.
  const parts = listed && !/^["“'‘].*["”'’]$/.test(said.trim()) && split.every((p) => p.split(/\s+/).length <= 5) ? split : [said];
  const named = parts.map((p) => namedValue(p, typed));
  if (parts.length > 1 && named.every((n) => n !== null)) return named.map((n) => ({ name: n!.field.name, value: n!.value }));
  if (parts.length > 1 && parts.length <= typed.length) {
    // By kind, then in order: each value to the first field left that it fits.
    const left = [...typed];
    const values: Array<{ name: string; value: string }> = [];
    for (const value of parts) {
      const at = left.findIndex((f) => fits(f, value));
      if (at < 0) return null;
      values.push({ name: left[at]!.name, value });
      left.splice(at, 1);
    }
    return values;
  }
  // One value: the field a person pastes into.
  const main = typed.find((f) => f.type === 'longText') ?? typed.find((f) => f.type === 'text');
  return main ? [{ name: main.name, value: unquoted(said) }] : null;
}
