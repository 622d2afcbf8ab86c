/**
 * The inputs an email trigger fills: the mailbox watcher (server/automation/email/) puts each
 * new message's sender, subject, text and attachments into the app's inputs of these names, and
 * the planner names an email-started app's inputs so.
 */
export const EMAIL_INPUT_NAMES = ['from', 'subject', 'text', 'attachments'] as const;
