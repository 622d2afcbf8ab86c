/**
 * The inputs an email-started app has (agent/spec/email-input-names.ts): the mailbox watcher fills these names with
 * each new message's sender, subject and text, and its attachments when the app reads
 * documents. A person running the app by hand pastes a message into the same fields.
 */
import type { FieldInput } from '../tools/spec-inputs';

const field = (name: string, label: string, type: FieldInput['type'], required: boolean): FieldInput => ({
  name,
  label,
  type,
  required,
  options: null,
  help: null,
});

/** From, subject and text; `attachments` (a document) only when the app reads what is attached. */
export function emailInputs(readsAttachments: boolean): FieldInput[] {
  return [
    field('from', 'From', 'text', false),
    field('subject', 'Subject', 'text', false),
    field('text', 'Message', 'longText', true),
    ...(readsAttachments ? [field('attachments', 'Attachments', 'document', false)] : []),
  ];
}
