/** Words that build a field's name or stop it: determiners before it, connectors inside it, nouns that name no field. */
import { WEEKDAY_WORDS } from './weekdays';

/** Leading words that belong to no field name. */
export const LEADING = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'each',
  'every',
  'any',
  'some',
  'optionally',
  // "and maybe a mood": a hedge before a name is no part of it.
  'maybe',
  'perhaps',
  'possibly',
  'also',
  'just',
  'one',
  'all',
  'column',
  'columns',
  'field',
  'fields',
  'input',
  'inputs',
  'header',
  'headers',
  'following',
]);

/** Pronouns and question words: they point at a value, never name one. */
const POINTING_WORDS = ['me', 'us', 'you', 'that', 'this', 'which', 'what', 'who'];

/** Nouns that name no field of their own (the tool, the output, time, amounts). */
export const NOT_FIELDS = new Set([
  'it',
  'them',
  'tool',
  'app',
  'thing',
  'something',
  'stuff',
  'everything',
  'anything',
  'time',
  'way',
  'lot',
  'bit',
  'day',
  'week',
  'month',
  'hour',
  'minute',
  'daily',
  'weekly',
  'monthly',
  // Days say when it runs ("every Tuesday and Thursday"), never a value.
  ...WEEKDAY_WORDS,
  'weekday',
  'ai',
  'model',
  'output',
  'result',
  'results',
  'list',
  'one',
  'ones',
  'table',
  'sheet',
  'spreadsheet',
  'database',
  'record',
  'records',
  'report',
  'back',
  ...POINTING_WORDS,
  'idea',
  'e',
  'form',
  // Formats of the whole result ("get JSON back with name, skills…"), not a value in it.
  'json',
  'markdown',
  'html',
  'csv',
]);
/**
 * Words of NOT_FIELDS that, after a noun describing them, name a value of a row: "lesson idea",
 * "inspection result", "phone model" (alone they are the tool's idea, output or AI model).
 */
export const NAMED_AFTER_NOUN = new Set(['idea', 'result', 'results', 'model']);

/** Words for time, which alone say when it runs, never a value. */
export const TIME_WORDS = new Set(['time', 'day', 'week', 'month', 'hour', 'minute']);

/** Words that start no field name, though a name may end on them ("information about the task"). */
export const NOT_FIRST = new Set([
  'it',
  'them',
  ...POINTING_WORDS,
  'thing',
  'something',
  'stuff',
  'everything',
  'anything',
  'back',
  'one',
  'ones',
]);

/** Connectors allowed inside one field name: "number of chapters", "maintenance interval in days". */
export const INNER = new Set(['of', 'for', 'in', 'about', 'per', '-', '/', '&']);

/** Particles a column's name may end on: "due on", "assigned to", "created at". */
export const PARTICLES = new Set(['on', 'at', 'to', 'by', 'for', 'in', 'out', 'off']);

export const PARTICIPLE = /(?:ed|en|ing)$/;
/** "the manager signs": a verb that agrees with a subject ends a clause, never a name. */
export const THIRD_PERSON = /[^s]s$/;
