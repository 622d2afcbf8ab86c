/**
 * What went wrong with a mailbox, as a sentence for the app page: the IMAP client's errors carry
 * flags and codes (authenticationFailed, mailboxMissing, ECONNREFUSED…) that people should not
 * have to decode.
 */
import { ToolwrightError } from '../../../agent/errors/toolwright-error';
import type { MailboxView } from './mailbox-settings';

export class MailboxError extends ToolwrightError<'outbound'> {
  readonly family = 'outbound';
  readonly kind = 'mailbox';
}

interface ImapFailure {
  code?: string;
  authenticationFailed?: boolean;
  mailboxMissing?: boolean;
  tlsFailed?: boolean;
  responseText?: string;
  message?: string;
}

export function mailboxFailure(error: unknown, mailbox: MailboxView): string {
  if (ToolwrightError.isInstance(error)) return error.message;
  const e = (error ?? {}) as ImapFailure;
  const where = `${mailbox.host}:${mailbox.port}`;
  if (e.authenticationFailed) {
    return `The mail server ${mailbox.host} refused the user name or password for ${mailbox.user}. Check them under "Email in" on this app's page and save again.`;
  }
  if (e.mailboxMissing)
    return `There is no folder "${mailbox.folder}" in ${mailbox.user}'s mailbox on ${mailbox.host}. Check the folder name (usually INBOX).`;
  if (e.tlsFailed || e.code?.startsWith('ERR_SSL') || e.code === 'EPROTO') {
    return `TLS failed with ${where}. If this port does not speak TLS from the start, untick "TLS" (port 143 upgrades with STARTTLS).`;
  }
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Nothing answers on ${where}. Check the host and port (IMAP is usually 993 with TLS, 143 without).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The mail server ${mailbox.host} could not be found. Check the host name.`;
    case 'CONNECT_TIMEOUT':
    case 'GREETING_TIMEOUT':
    case 'ETIMEDOUT':
      return `${where} did not answer in time. Check the host, port and that the server accepts connections from here.`;
  }
  const detail = e.responseText ?? e.message ?? String(error);
  return `Could not read the mailbox ${mailbox.user} on ${where}: ${detail.slice(0, 200)}.`;
}
