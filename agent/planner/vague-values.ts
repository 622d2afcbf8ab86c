/**
 * Nouns that name no value in particular: "extract data from invoices", "pull structured
 * data" or "the details" says to read something out, not which values, so a template's own
 * fields stay. "datum" is how "data" comes out singular.
 */
export const VAGUE_VALUES = new Set([
  'data',
  'datum',
  'detail',
  'details',
  'info',
  'information',
  'field',
  'fields',
  'value',
  'values',
  'stuff',
]);
