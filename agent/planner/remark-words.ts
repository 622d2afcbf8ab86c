/**
 * Nouns for what a person writes to explain a decision ("approve with a note", "reject with
 * reasons"): what such a decision is made with is a value kept on the row.
 */
export const REMARKS = new Set(['note', 'comment', 'reason', 'remark', 'feedback', 'explanation', 'justification']);
