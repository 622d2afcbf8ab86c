/**
 * A bracket after a singular name most often holds its choices ("stage (lead, qualified, won)"),
 * but it lists the thing's fields when what it holds names kinds of value rather than values:
 * "an emergency alert (emergency type, instructions)", "the typeform (goal, gender, age, email)".
 * A choice is never a date, a quantity or a kind ("type", "status"), so one such item decides.
 */
import { inferFieldType } from './field-types';
import { CHOICE_FIELDS } from './field-nouns';

/** Kinds of value no choice is: a choice reads as text, never as a date or a number. */
const FIELD_KINDS = new Set(['date', 'number']);

/** An item names a kind of value (a date, a number, a status), which no choice does. */
export function namesKindOfValue(item: { words: string }): boolean {
  const words = item.words.toLowerCase().split(/\s+/);
  return CHOICE_FIELDS.has(words[words.length - 1]!) || FIELD_KINDS.has(inferFieldType(item.words, null).type);
}

/** The items in a bracket after a singular name are fields, not its choices. */
export function bracketListsFields(items: readonly { words: string }[]): boolean {
  return items.length >= 2 && items.some(namesKindOfValue);
}
