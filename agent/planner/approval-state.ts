/**
 * Rows a person approves or turns down: "a manager approves or rejects each requisition", "new
 * listings stay pending until we approve them", "submit the week for their manager to approve".
 * The table then keeps where each row stands (pending, approved, rejected) as a column of its own,
 * set to pending when the row is saved; the person filling the form never picks it.
 */
import type { CollectionInput, StepInput } from '../tools/spec-inputs';
import { readTokens } from './language';

/** Verbs of a decision on a record. */
const DECIDING = new Set(['approve', 'reject', 'decline']);
const STATES = ['pending', 'approved', 'rejected'];

/** Someone decides on the rows `text` describes. */
export function rowsDecidedOn(text: string): boolean {
  return readTokens(text).some((t) => !t.negated && ((t.pos === 'VERB' && DECIDING.has(t.lemma)) || t.lower === 'pending'));
}

/** `table` with a status column and `save` setting it to pending, unless the table already has a status. */
export function withApprovalState(table: CollectionInput, save: StepInput): { table: CollectionInput; save: StepInput } {
  if (save.kind !== 'save-record' || table.fields.some((f) => f.name === 'status')) return { table, save };
  const status = { name: 'status', label: 'Status', type: 'select' as const, required: null, options: STATES, help: null };
  return {
    table: { ...table, fields: [...table.fields, status] },
    save: { ...save, values: [...save.values, { name: 'status', value: 'pending' }] },
  };
}
