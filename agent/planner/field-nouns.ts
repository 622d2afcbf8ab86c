/** Nouns about fields themselves: fields that hold a choice, and the things that hold fields. */

/** Fields that hold one of a few choices: a list after them is their options, not fields. */
export const CHOICE_FIELDS = new Set(['status', 'stage', 'priority', 'category', 'type', 'level', 'tier']);

/** Things that carry fields: a bracket after them lists those fields ("a webhook (name, text)"). */
export const FIELD_HOLDERS = new Set(['webhook', 'form', 'sheet', 'table', 'row', 'record', 'payload', 'entry', 'submission', 'request']);

/** What holds fields rather than being one: "a calendar table" amid a list is no column. */
export const CONTAINERS = new Set([
  ...FIELD_HOLDERS,
  'database',
  'spreadsheet',
  'list',
  'report',
  'tool',
  'app',
  'model',
  'ai',
  'output',
  'result',
]);
